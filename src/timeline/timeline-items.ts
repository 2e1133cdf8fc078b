// Pure: turns sites and filtered events into the timeline's lanes (groups) and items.

import { compareIds } from '../data/compare-ids';
import type { AtlasEvent, Category, Dataset, Site } from '../data/types';
import { formatEdtfRange } from '../i18n/format-date';
import { strings } from '../i18n/strings';
import type { AtlasFilters } from '../state/atlas-state';
import { isDisputed, memoiseLast, selectFilteredEvents } from '../state/selectors';

/** A lane as vis-timeline reads it (structurally a vis `DataGroup`). */
export interface TimelineGroupData {
  readonly id: string;
  /** The lane's name as plain text; timeline-dom.ts puts it in as text, never as markup. */
  readonly content: string;
  readonly className: string;
  readonly title: string;
  readonly order: number;
}

/**
 * What an item shows, as data; timeline-dom.ts builds its DOM nodes, with text put in as
 * text, so nothing here is markup and nothing needs escaping. `description` is the tooltip
 * and the screen-reader text.
 */
export type TimelineItemLabel =
  | {
      readonly kind: 'event';
      readonly eventId: string;
      readonly category: Category;
      readonly title: string;
      readonly description: string;
      readonly disputed: boolean;
      /** On the top of a stack of spans of the very same period: how many (span-stacks.ts). */
      readonly stackCount?: number;
    }
  | { readonly kind: 'period'; readonly count: string; readonly description: string }
  | {
      readonly kind: 'context';
      readonly contextId: string;
      readonly tag: string;
      readonly title: string;
      readonly description: string;
    };

/** An item as vis-timeline reads it (structurally a vis `DataItem`). */
export interface TimelineItemData {
  readonly id: string;
  readonly group: string;
  readonly type: 'point' | 'range';
  readonly start: number;
  readonly end?: number;
  readonly className: string;
  /**
   * Plain text vis-timeline requires: the label's description, so that a change in what an
   * item says also changes this (sync-items.ts compares it). The template draws `label`.
   */
  readonly content: string;
  readonly label: TimelineItemLabel;
}

/** Events in time order: by start, longer periods first, then by id (stable). */
export function sortByTime(events: readonly AtlasEvent[]): AtlasEvent[] {
  return [...events].sort(
    (a, b) => a.startMs - b.startMs || b.endMs - a.endMs || compareIds(a.id, b.id),
  );
}

const sortedFilteredEvents = memoiseLast(sortByTime);

/**
 * The events that pass the filters, in time order: the sequence that Previous, Next and the
 * arrow keys step through. Kept until the filtered events change, so a click or a key press
 * does not sort them again (10,000 events take about 10 ms to sort on a slow machine).
 */
export function filteredEventsInTimeOrder(
  dataset: Dataset,
  filters: AtlasFilters,
): readonly AtlasEvent[] {
  return sortedFilteredEvents(selectFilteredEvents(dataset, filters));
}

/** A dated day with no end is a point; a month, a year or a period is a span. */
function isPointEvent(event: AtlasEvent): boolean {
  return event.date.precision === 'day' && event.end === undefined;
}

/** The tooltip and screen-reader text: the date in words, the title, and any dispute. */
export function itemDescription(event: AtlasEvent, disputed = isDisputed(event)): string {
  const text = `${formatEdtfRange(event.date, event.end)}: ${event.title}`;
  return disputed ? `${text} (${strings.sourcesDisagree})` : text;
}

function itemClassName(event: AtlasEvent, disputed: boolean): string {
  const dates = event.end ? [event.date, event.end] : [event.date];
  const names = [`category-${event.category}`, `precision-${event.date.precision}`];
  if (dates.some((date) => date.approximate)) names.push('is-approximate');
  if (dates.some((date) => date.uncertain)) names.push('is-uncertain');
  if (disputed) names.push('is-disputed');
  return names.join(' ');
}

export function buildTimelineItem(event: AtlasEvent): TimelineItemData {
  const disputed = isDisputed(event);
  const description = itemDescription(event, disputed);
  const base = {
    id: event.id,
    group: event.siteId,
    start: event.startMs,
    className: itemClassName(event, disputed),
    content: description,
    label: {
      kind: 'event' as const,
      eventId: event.id,
      category: event.category,
      title: event.title,
      description,
      disputed,
    },
  };
  return isPointEvent(event)
    ? { ...base, type: 'point' }
    : { ...base, type: 'range', end: event.endMs };
}

/** Lanes of the camps come first, then cities, other places and countries. */
const LANE_RANK: Readonly<Record<Site['kind'], number>> = {
  camp: 0,
  city: 1,
  other: 2,
  country: 3,
};

/**
 * One lane per site that has events: the camps first, then the cities, other places and
 * countries, each kind ordered by the date of the site's first event.
 */
export function buildTimelineGroups(
  sites: readonly Site[],
  events: readonly AtlasEvent[],
  selectedSiteId: string | null,
): TimelineGroupData[] {
  const firstStart = new Map<string, number>();
  for (const event of events) {
    const known = firstStart.get(event.siteId);
    if (known === undefined || event.startMs < known) firstStart.set(event.siteId, event.startMs);
  }
  const names = new Map(sites.map((site) => [site.id, site.name]));
  const rank = new Map(sites.map((site) => [site.id, LANE_RANK[site.kind]]));
  return [...firstStart.entries()]
    .sort(
      ([idA, startA], [idB, startB]) =>
        (rank.get(idA) ?? 2) - (rank.get(idB) ?? 2) || startA - startB || compareIds(idA, idB),
    )
    .map(([id], order) => {
      const name = names.get(id) ?? id;
      const selected = id === selectedSiteId ? ' is-selected-site' : '';
      return {
        id,
        content: name,
        className: `site-${id}${selected}`,
        title: name,
        order,
      };
    });
}
