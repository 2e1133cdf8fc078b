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

/** One lane's period with the events in it, and the item drawn for them when none is selected. */
interface PeriodEntry {
  readonly period: TimelinePeriod;
  readonly events: AtlasEvent[];
  item?: TimelineItemData;
}

/**
 * What the timeline draws for a window, before the selection: every event within reach, or
 * counts per lane and period. It depends on the events and the window only, so a click, which
 * changes the selection alone, reuses it instead of going through every event again.
 */
export type DrawingPlan =
  | {
      readonly kind: 'each';
      readonly all: readonly AtlasEvent[];
      readonly drawn: readonly AtlasEvent[];
    }
  | {
      readonly kind: 'periods';
      readonly all: readonly AtlasEvent[];
      readonly periodLength: number;
      readonly entries: ReadonlyMap<string, PeriodEntry>;
      /** Lane names for the counts' titles. */
      readonly siteNames: ReadonlyMap<string, string>;
    };

const periodKey = (siteId: string, startMs: number) => `${siteId}|${startMs}`;

/**
 * Plans the drawing of `events` (in time order) in `window`: every event when there are few;
 * otherwise the events within reach (the window and half a window either side), with the
 * events sharing a lane and a period drawn as one count.
 */
export function planDrawing(
  events: readonly AtlasEvent[],
  window: TimeWindow,
  siteNames: ReadonlyMap<string, string>,
  most = MOST_ITEMS_DRAWN,
): DrawingPlan {
  if (events.length <= most) return { kind: 'each', all: events, drawn: events };
  const width = window.endMs - window.startMs;
  const reachStart = window.startMs - width / 2;
  const reachEnd = window.endMs + width / 2;
  const inReach = events.filter((event) => event.startMs < reachEnd && event.endMs > reachStart);
  if (inReach.length <= most) return { kind: 'each', all: events, drawn: inReach };
  const periodLength = periodLengthFor(window);
  const entries = new Map<string, PeriodEntry>();
  for (const event of inReach) {
    const { startMs, endMs } = periodAround(event.startMs, periodLength);
    const key = periodKey(event.siteId, startMs);
    let entry = entries.get(key);
    if (!entry) {
      entry = { period: { siteId: event.siteId, startMs, endMs }, events: [] };
      entries.set(key, entry);
    }
    entry.events.push(event);
  }
  return { kind: 'periods', all: events, periodLength, entries, siteNames };
}

/** The item for some of a period's events: the event itself when it is alone, else a count. */
function itemForMembers(
  period: TimelinePeriod,
  members: readonly AtlasEvent[],
  siteNames: ReadonlyMap<string, string>,
): TimelineItemData {
  const [only] = members;
  return members.length === 1 && only
    ? itemOf(only)
    : periodItem(period, members.length, siteNames.get(period.siteId) ?? period.siteId);
}

/**
 * The items to draw for a plan, with the selected event always drawn on its own (taken out of
 * its period's count).
 */
export function itemsToDraw(plan: DrawingPlan, selectedEventId: string | null): TimelineItemData[] {
  const selected =
    selectedEventId === null ? undefined : plan.all.find((event) => event.id === selectedEventId);
  if (plan.kind === 'each') {
    const items = plan.drawn.map(itemOf);
    return selected && !plan.drawn.includes(selected) ? [...items, itemOf(selected)] : items;
  }
  const selectedEntry = selected
    ? plan.entries.get(
        periodKey(selected.siteId, periodAround(selected.startMs, plan.periodLength).startMs),
      )
    : undefined;
  const items: TimelineItemData[] = [];
  for (const entry of plan.entries.values()) {
    if (selected && entry === selectedEntry && entry.events.includes(selected)) {
      const others = entry.events.filter((event) => event !== selected);
      if (others.length > 0) items.push(itemForMembers(entry.period, others, plan.siteNames));
      continue;
    }
    // Built once per plan: a click that changes the selection alone reuses them.
    entry.item ??= itemForMembers(entry.period, entry.events, plan.siteNames);
    items.push(entry.item);
  }
  if (selected) items.push(itemOf(selected));
  return items;
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
  return itemsToDraw(planDrawing(events, window, siteNames, most), selectedEventId);
}
