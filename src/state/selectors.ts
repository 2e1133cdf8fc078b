// Derived data: pure functions of the dataset and the state, memoised on their inputs.
import { edtfEndMs, edtfStartMs } from '../data/edtf';
import type { AtlasEvent, Claim, Dataset, Site } from '../data/types';
import type { AtlasFilters, TimeWindow } from './atlas-state';

export { findEvent, findSite } from './dataset-index';

/** Remembers the last result for the same arguments (compared by identity). */
export function memoiseLast<Args extends unknown[], Result>(compute: (...args: Args) => Result) {
  let lastArgs: Args | null = null;
  let lastResult: Result;
  return (...args: Args): Result => {
    if (
      lastArgs &&
      args.length === lastArgs.length &&
      args.every((arg, index) => arg === lastArgs?.[index])
    ) {
      return lastResult;
    }
    lastArgs = args;
    lastResult = compute(...args);
    return lastResult;
  };
}

interface FigureDisagreement {
  readonly measure: 'killed' | 'injured';
  readonly claims: readonly Claim[];
}

interface EventDisagreements {
  readonly figures: readonly FigureDisagreement[];
  /** When two claims' dates cannot both be right: every claim of the event, to compare. */
  readonly dateClaims: readonly Claim[];
}

/** What the sources disagree on for one event: figures that differ, dates that differ. */
export function disagreementsOf(event: AtlasEvent): EventDisagreements {
  const figures: FigureDisagreement[] = [];
  for (const measure of ['killed', 'injured'] as const) {
    const claims = event.claims.filter((claim) => claim[measure] !== undefined);
    const distinct = new Set(claims.map((claim) => `${claim[measure]}|${claim.qualifier ?? ''}`));
    if (distinct.size > 1) figures.push({ measure, claims });
  }
  const dateClaims = datesConflict(event) ? event.claims : [];
  return { figures, dateClaims };
}

/** The time a claim's date may cover: its own date, or else the event's whole span. */
function claimPeriod(event: AtlasEvent, claim: Claim): readonly [number, number] {
  return claim.date
    ? [edtfStartMs(claim.date), edtfEndMs(claim.date)]
    : [event.startMs, event.endMs];
}

/**
 * True when two claims give dates that cannot both be right. A coarser date that contains a
 * finer one ("in 2004" and "21 July 2004") is less precise, not a disagreement.
 */
function datesConflict(event: AtlasEvent): boolean {
  const periods = event.claims.map((claim) => claimPeriod(event, claim));
  return periods.some(([startA, endA], index) =>
    periods.slice(index + 1).some(([startB, endB]) => endA <= startB || endB <= startA),
  );
}

export function isDisputed(event: AtlasEvent): boolean {
  const disagreements = disagreementsOf(event);
  return disagreements.figures.length > 0 || disagreements.dateClaims.length > 0;
}

export const selectDisputedEvents = memoiseLast((dataset: Dataset): readonly AtlasEvent[] =>
  dataset.events.filter(isDisputed),
);

function matchesText(event: AtlasEvent, needle: string): boolean {
  if (needle === '') return true;
  const haystacks = [
    event.title,
    event.summary,
    ...event.claims.flatMap((claim) => [claim.quote, claim.speaker]),
  ];
  return haystacks.some((text) => text.toLocaleLowerCase().includes(needle));
}

/** Events that pass the category, site, text and disputed filters (any time). */
export const selectFilteredEvents = memoiseLast(
  (dataset: Dataset, filters: AtlasFilters): readonly AtlasEvent[] => {
    const needle = filters.text.trim().toLocaleLowerCase();
    const disputed = filters.disputedOnly ? new Set(selectDisputedEvents(dataset)) : null;
    return dataset.events.filter(
      (event) =>
        (filters.categories.length === 0 || filters.categories.includes(event.category)) &&
        (filters.siteIds.length === 0 || filters.siteIds.includes(event.siteId)) &&
        (disputed === null || disputed.has(event)) &&
        matchesText(event, needle),
    );
  },
);

function overlapsWindow(startMs: number, endMs: number, window: TimeWindow): boolean {
  return startMs < window.endMs && endMs > window.startMs;
}

/** Filtered events that overlap the visible time window, in time order. */
export const selectVisibleEvents = memoiseLast(
  (events: readonly AtlasEvent[], window: TimeWindow): readonly AtlasEvent[] =>
    events.filter((event) => overlapsWindow(event.startMs, event.endMs, window)),
);

/**
 * What every view shows: the events that pass the filters and overlap the window, in
 * dataset (time) order.
 */
export function selectShownEvents(
  dataset: Dataset,
  filters: AtlasFilters,
  window: TimeWindow,
): readonly AtlasEvent[] {
  return selectVisibleEvents(selectFilteredEvents(dataset, filters), window);
}

/** How many visible events each site has. */
export const selectCountsBySite = memoiseLast(
  (visible: readonly AtlasEvent[]): ReadonlyMap<string, number> => {
    const counts = new Map<string, number>();
    for (const event of visible) counts.set(event.siteId, (counts.get(event.siteId) ?? 0) + 1);
    return counts;
  },
);

/** True when the site's period overlaps the window (sites outside it are dimmed). */
export function isSiteActive(site: Site, window: TimeWindow): boolean {
  return overlapsWindow(edtfStartMs(site.period.start), edtfEndMs(site.period.end), window);
}

/** The previous or next event among `events` relative to the selected one. */
export function neighbourEvent(
  events: readonly AtlasEvent[],
  selectedId: string | null,
  direction: -1 | 1,
): AtlasEvent | undefined {
  if (events.length === 0) return undefined;
  const index = events.findIndex((event) => event.id === selectedId);
  if (index < 0) return direction === 1 ? events[0] : events[events.length - 1];
  return events[Math.min(events.length - 1, Math.max(0, index + direction))];
}
