// The order in which site markers are placed in the page, and so reached with Tab: in story
// order (the site's first event), then west to east, so the keyboard follows the narrative.
import type { AtlasEvent, Site } from '../data/types';

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
