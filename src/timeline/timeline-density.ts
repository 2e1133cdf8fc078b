// Pure: which items the timeline draws. Up to MOST_ITEMS_DRAWN events it draws each one, as
// always; with more events within reach of the window it draws one item per lane and period
// ("37 events") and each event alone in its period, so a dataset of 100,000 events draws a few
// hundred items. vis-timeline lays out every drawn item, so the number drawn is the cost.
import type { AtlasEvent } from '../data/types';
import { formatDay } from '../i18n/format-date';
import { strings } from '../i18n/strings';
import type { TimeWindow } from '../state/atlas-state';
import { buildTimelineItem, type TimelineItemData } from './timeline-items';

/** Beyond this many events in reach, periods are drawn as counts (about 0.4 s of layout here). */
const MOST_ITEMS_DRAWN = 300;

/** About this many periods across the window, from the ladder below. */
const PERIODS_PER_WINDOW = 12;
const DAY_MS = 24 * 60 * 60 * 1000;
const MONTH_MS = 30.4375 * DAY_MS;
const YEAR_MS = 365.25 * DAY_MS;
/** Period lengths (ms): a day, a week, a month, a quarter, a year, 2, 5 and 10 years. */
const PERIOD_LADDER = [
  DAY_MS,
  7 * DAY_MS,
  MONTH_MS,
  3 * MONTH_MS,
  YEAR_MS,
  2 * YEAR_MS,
  5 * YEAR_MS,
  10 * YEAR_MS,
];

const BUCKET_PREFIX = 'period|';

interface TimelinePeriod {
  readonly siteId: string;
  readonly startMs: number;
  readonly endMs: number;
}

// Items are built once per event (the dataset's events are never mutated), so an update
// hands vis-timeline the same objects and the adapter can skip unchanged ones cheaply.
const itemCache = new WeakMap<AtlasEvent, TimelineItemData>();
function itemOf(event: AtlasEvent): TimelineItemData {
  let item = itemCache.get(event);
  if (!item) {
    item = buildTimelineItem(event);
    itemCache.set(event, item);
  }
  return item;
}

/** The period length for a window: the shortest rung giving at most ~12 periods. */
export function periodLengthFor(window: TimeWindow): number {
  const wanted = (window.endMs - window.startMs) / PERIODS_PER_WINDOW;
  return PERIOD_LADDER.find((length) => length >= wanted) ?? (PERIOD_LADDER.at(-1) as number);
}

/** The period of `length` holding `ms`: calendar months and years, days and weeks as they fall. */
export function periodAround(ms: number, length: number): { startMs: number; endMs: number } {
  const date = new Date(ms);
  const year = date.getUTCFullYear();
  if (length >= YEAR_MS) {
    const years = Math.round(length / YEAR_MS);
    const first = Math.floor(year / years) * years;
    return { startMs: Date.UTC(first, 0, 1), endMs: Date.UTC(first + years, 0, 1) };
  }
  if (length >= MONTH_MS) {
    const months = Math.round(length / MONTH_MS);
    const first = Math.floor(date.getUTCMonth() / months) * months;
    return { startMs: Date.UTC(year, first, 1), endMs: Date.UTC(year, first + months, 1) };
  }
  const startMs = Math.floor(ms / length) * length;
  return { startMs, endMs: startMs + length };
}

function periodItemId(period: TimelinePeriod): string {
  return `${BUCKET_PREFIX}${period.siteId}|${period.startMs}|${period.endMs}`;
}

/** The period behind an item id, or null for an event's id. */
export function periodOfItemId(id: string): TimelinePeriod | null {
  if (!id.startsWith(BUCKET_PREFIX)) return null;
  const [siteId = '', start = '', end = ''] = id.slice(BUCKET_PREFIX.length).split('|');
  const startMs = Number(start);
  const endMs = Number(end);
  return Number.isFinite(startMs) && Number.isFinite(endMs) ? { siteId, startMs, endMs } : null;
}

function periodItem(period: TimelinePeriod, count: number, siteName: string): TimelineItemData {
  const description = strings.timelinePeriodTitle(
    count,
    siteName,
    formatDay(period.startMs),
    formatDay(period.endMs - 1),
  );
  return {
    id: periodItemId(period),
    group: period.siteId,
    type: 'range',
    start: period.startMs,
    // A small gap keeps neighbouring periods of one lane on one row.
    end: period.startMs + (period.endMs - period.startMs) * 0.94,
    className: 'timeline-period',
    content: description,
    label: { kind: 'period', count: strings.timelinePeriodCount(count), description },
  };
}

/**
 * The items to draw for `events` (in time order) in `window`: every event when there are
 * few; otherwise the events within reach (the window and half a window either side), with
 * the events sharing a lane and a period drawn as one count. The selected event is always
 * drawn on its own.
 */
export function timelineItemsFor(
  events: readonly AtlasEvent[],
  window: TimeWindow,
  selectedEventId: string | null,
  siteNames: ReadonlyMap<string, string>,
  most = MOST_ITEMS_DRAWN,
): TimelineItemData[] {
  if (events.length <= most) return events.map(itemOf);
  const width = window.endMs - window.startMs;
  const reachStart = window.startMs - width / 2;
  const reachEnd = window.endMs + width / 2;
  const inReach = events.filter((event) => event.startMs < reachEnd && event.endMs > reachStart);
  const selected = events.find((event) => event.id === selectedEventId);
  if (inReach.length <= most) {
    return selected && !inReach.includes(selected)
      ? [...inReach, selected].map(itemOf)
      : inReach.map(itemOf);
  }
  const length = periodLengthFor(window);
  const periods = new Map<string, { period: TimelinePeriod; events: AtlasEvent[] }>();
  for (const event of inReach) {
    if (event === selected) continue;
    const { startMs, endMs } = periodAround(event.startMs, length);
    const key = `${event.siteId}|${startMs}`;
    let entry = periods.get(key);
    if (!entry) {
      entry = { period: { siteId: event.siteId, startMs, endMs }, events: [] };
      periods.set(key, entry);
    }
    entry.events.push(event);
  }
  const items: TimelineItemData[] = [];
  for (const { period, events: members } of periods.values()) {
    const [only] = members;
    if (members.length === 1 && only) items.push(itemOf(only));
    else
      items.push(periodItem(period, members.length, siteNames.get(period.siteId) ?? period.siteId));
  }
  if (selected) items.push(itemOf(selected));
  return items;
}
