// Pure: the timeline's lanes. The camps and the cities where the residents lived (in Iraq
// and Albania) keep a lane each; every other place shares one "Other places" lane, so that
// all the lanes fit on a laptop screen without scrolling inside the timeline.

import { compareIds } from '../data/compare-ids';
import type { AtlasEvent, Site } from '../data/types';
import { strings } from '../i18n/strings';
import type { TimelineGroupData } from './timeline-items';

export const OTHER_PLACES_LANE = 'other-places';

/** Countries where the residents lived; their camps and cities keep a lane of their own. */
const HOME_COUNTRIES = new Set(['IQ', 'AL']);

/** Rows of whole titles a lane may use before further items become compact marks. */
const CAMP_ROWS = 2;
const OTHER_ROWS = 1;
/** Most rows a camp's lane gets when the timeline is tall (1920×1080 and up). */
const MOST_CAMP_ROWS = 4;
/** Height of the lanes a laptop (1366×768) has, and what one more row for each camp costs. */
const LAPTOP_LANES_PX = 330;
const EXTRA_CAMP_ROWS_PX = 50;

/**
 * Height the lanes need with two rows of titles in each camp's lane (about 290 px: the
 * camps' lanes 73 px each, the others 48); below it (1280×720, or 1024×768 beside the side
 * column) each camp keeps one row, so that every lane stays in view.
 */
const TWO_CAMP_ROWS_PX = 295;

/**
 * Rows of titles for a camp's lane, given the height of the timeline's lanes in pixels (0
 * before the timeline is drawn: two).
 */
export function campRowsFor(lanesHeightPx: number): number {
  if (lanesHeightPx > 0 && lanesHeightPx < TWO_CAMP_ROWS_PX) return 1;
  const extra = Math.floor((lanesHeightPx - LAPTOP_LANES_PX) / EXTRA_CAMP_ROWS_PX);
  return Math.min(MOST_CAMP_ROWS, CAMP_ROWS + Math.max(0, extra));
}

/** A lane as vis-timeline reads it, its rows ordered by the items' `row` (label-placement.ts). */
export interface LaneData extends TimelineGroupData {
  readonly subgroupOrder: 'row';
}

export function hasOwnLane(site: Site): boolean {
  return (site.kind === 'camp' || site.kind === 'city') && HOME_COUNTRIES.has(site.country);
}

/** The lane a site's events go in. */
export function laneOfSite(site: Site | undefined): string {
  return site && hasOwnLane(site) ? site.id : OTHER_PLACES_LANE;
}

/**
 * Rows of titles for a lane: a camp's lane (or another lane given as crowded) gets
 * `campRows`, two unless the timeline is tall; every other lane one.
 */
export function rowsOfLane(
  laneId: string,
  sites: ReadonlyMap<string, Site>,
  crowdedLanes: ReadonlySet<string> = new Set(),
  campRows = CAMP_ROWS,
): number {
  return sites.get(laneId)?.kind === 'camp' || crowdedLanes.has(laneId) ? campRows : OTHER_ROWS;
}

/**
 * One lane per camp or home city that has events (camps first, then by first event), then
 * "Other places" for the rest, named after the places it holds in its tooltip, with the
 * selected site's lane marked.
 */
export function buildLanes(
  sites: readonly Site[],
  events: readonly AtlasEvent[],
  selectedSiteId: string | null,
): LaneData[] {
  return withSelectedLane(orderLanes(sites, events), sites, selectedSiteId);
}

/**
 * The lanes of `buildLanes` with none marked as selected. It reads every event, so a view
 * keeps it between selections and marks the selected lane with `withSelectedLane`.
 */
export function orderLanes(sites: readonly Site[], events: readonly AtlasEvent[]): LaneData[] {
  const byId = new Map(sites.map((site) => [site.id, site]));
  const firstStart = new Map<string, number>();
  const otherNames = new Set<string>();
  for (const event of events) {
    const site = byId.get(event.siteId);
    const lane = laneOfSite(site);
    if (lane === OTHER_PLACES_LANE) otherNames.add(site?.name ?? event.siteId);
    const known = firstStart.get(lane);
    if (known === undefined || event.startMs < known) firstStart.set(lane, event.startMs);
  }
  const rank = (lane: string) =>
    lane === OTHER_PLACES_LANE ? 2 : byId.get(lane)?.kind === 'camp' ? 0 : 1;
  return [...firstStart.entries()]
    .sort(
      ([laneA, startA], [laneB, startB]) =>
        rank(laneA) - rank(laneB) || startA - startB || compareIds(laneA, laneB),
    )
    .map(([lane], order) => {
      const other = lane === OTHER_PLACES_LANE;
      const name = other ? strings.otherPlacesLane : (byId.get(lane)?.name ?? lane);
      return {
        id: lane,
        content: name,
        className: `site-${lane}`,
        title: other ? strings.otherPlacesTitle([...otherNames].sort()) : name,
        order,
        subgroupOrder: 'row',
      };
    });
}

/** `lanes` with the lane holding the selected site marked (`is-selected-site`). */
export function withSelectedLane(
  lanes: readonly LaneData[],
  sites: readonly Site[],
  selectedSiteId: string | null,
): LaneData[] {
  const selectedLane =
    selectedSiteId === null ? null : laneOfSite(sites.find((site) => site.id === selectedSiteId));
  return lanes.map((lane) =>
    lane.id === selectedLane ? { ...lane, className: `${lane.className} is-selected-site` } : lane,
  );
}
