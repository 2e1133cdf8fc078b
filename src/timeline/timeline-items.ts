// Pure: turns sites and filtered events into the timeline's lanes (groups) and items.
import type { AtlasEvent, Site } from '../data/types';
import { formatEdtfRange } from '../i18n/format-date';
import { strings } from '../i18n/strings';
import { isDisputed } from '../state/selectors';
import { categoryIconMarkup } from '../theme/categories';

/** A lane as vis-timeline reads it (structurally a vis `DataGroup`). */
export interface TimelineGroupData {
  readonly id: string;
  readonly content: string;
  readonly className: string;
  readonly title: string;
  readonly order: number;
}

/** An item as vis-timeline reads it (structurally a vis `DataItem`). */
export interface TimelineItemData {
  readonly id: string;
  readonly group: string;
  readonly type: 'point' | 'range';
  readonly start: number;
  readonly end?: number;
  readonly className: string;
  /** Escaped markup; TimelineView's template turns it into an element. */
  readonly content: string;
}

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escapes text for use in markup, inside elements and inside quoted attributes. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => HTML_ESCAPES[character] ?? character);
}

/** Events in time order: by start, longer periods first, then by id (stable). */
export function sortByTime(events: readonly AtlasEvent[]): AtlasEvent[] {
  return [...events].sort(
    (a, b) => a.startMs - b.startMs || b.endMs - a.endMs || a.id.localeCompare(b.id),
  );
}

/** A dated day with no end is a point; a month, a year or a period is a span. */
export function isPointEvent(event: AtlasEvent): boolean {
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

function itemContent(event: AtlasEvent, disputed: boolean): string {
  const description = escapeHtml(itemDescription(event, disputed));
  const mark = disputed ? '<span class="timeline-disputed-mark" aria-hidden="true">≠</span>' : '';
  return (
    `<span class="timeline-item-content" data-event-id="${escapeHtml(event.id)}" title="${description}">` +
    categoryIconMarkup(event.category) +
    `<span class="timeline-item-title" aria-hidden="true">${escapeHtml(event.title)}</span>${mark}` +
    `<span class="visually-hidden">${description}</span></span>`
  );
}

export function buildTimelineItem(event: AtlasEvent): TimelineItemData {
  const disputed = isDisputed(event);
  const base = {
    id: event.id,
    group: event.siteId,
    start: event.startMs,
    className: itemClassName(event, disputed),
    content: itemContent(event, disputed),
  };
  return isPointEvent(event)
    ? { ...base, type: 'point' }
    : { ...base, type: 'range', end: event.endMs };
}

export function buildTimelineItems(events: readonly AtlasEvent[]): TimelineItemData[] {
  return events.map(buildTimelineItem);
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
        (rank.get(idA) ?? 2) - (rank.get(idB) ?? 2) || startA - startB || idA.localeCompare(idB),
    )
    .map(([id], order) => {
      const name = names.get(id) ?? id;
      const selected = id === selectedSiteId ? ' is-selected-site' : '';
      return {
        id,
        content: escapeHtml(name),
        className: `site-${id}${selected}`,
        title: name,
        order,
      };
    });
}
