// The order in which site markers are placed in the page, and so reached with Tab: region by
// region (the Middle East, the Americas, Europe), each region when its story starts and its
// sites in story order, so a keyboard user follows the narrative and the map pans to another
// continent only when the story moves there, not on every stop.
import type { AtlasEvent, Site } from '../data/types';

/** West of this longitude a site is in the Americas, east of MIDDLE_EAST_FROM in the Middle East. */
const AMERICAS_BEFORE = -30;
const MIDDLE_EAST_FROM = 35;

/** A coarse region by longitude: enough to keep neighbours together for the pans. */
export function regionOf(site: Site): 'americas' | 'europe' | 'middle-east' {
  if (site.longitude < AMERICAS_BEFORE) return 'americas';
  return site.longitude >= MIDDLE_EAST_FROM ? 'middle-east' : 'europe';
}

/** Sites sorted by their earliest event; sites without events come last, west to east. */
export function sitesInStoryOrder(
  sites: readonly Site[],
  events: readonly AtlasEvent[],
): readonly Site[] {
  const firstEventMs = new Map<string, number>();
  for (const event of events) {
    const known = firstEventMs.get(event.siteId);
    if (known === undefined || event.startMs < known) firstEventMs.set(event.siteId, event.startMs);
  }
  const keyOf = (site: Site) => firstEventMs.get(site.id) ?? Number.POSITIVE_INFINITY;
  return [...sites].sort((a, b) => keyOf(a) - keyOf(b) || a.longitude - b.longitude);
}

/**
 * The Tab order of the markers: sites in story order, kept together by region, the regions
 * in the order the story reaches them.
 */
export function sitesInTabOrder(
  sites: readonly Site[],
  events: readonly AtlasEvent[],
): readonly Site[] {
  const story = sitesInStoryOrder(sites, events);
  const regionRank = new Map<string, number>();
  for (const site of story) {
    const region = regionOf(site);
    if (!regionRank.has(region)) regionRank.set(region, regionRank.size);
  }
  const position = new Map(story.map((site, index) => [site.id, index]));
  return [...story].sort(
    (a, b) =>
      (regionRank.get(regionOf(a)) ?? 0) - (regionRank.get(regionOf(b)) ?? 0) ||
      (position.get(a.id) ?? 0) - (position.get(b.id) ?? 0),
  );
}
