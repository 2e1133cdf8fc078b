// Where the map opens and which sites always show their name. Shared by the WebGL map and
// the static overview map. The reference places (cities, country names) are in
// reference-places.json.

type Bounds = [[number, number], [number, number]];

/** Iraq to Albania, where the story happens; the European and American sites are a zoom away. */
export const OPENING_BOUNDS: Bounds = [
  [15, 28],
  [52, 45],
];

/**
 * The static overview cannot zoom or pan, so it spans Spain and Finland to Iran: every site
 * but the two in the United States, which it lists below the map instead.
 */
export const STATIC_MAP_BOUNDS: Bounds = [
  [-11, 27],
  [55, 66],
];

export function isInside(bounds: Bounds, longitude: number, latitude: number): boolean {
  return (
    longitude >= bounds[0][0] &&
    longitude <= bounds[1][0] &&
    latitude >= bounds[0][1] &&
    latitude <= bounds[1][1]
  );
}

/** Sites whose name is always drawn; the others show it on hover, focus, selection or zoom. */
export const ALWAYS_LABELLED_SITES = new Set(['camp-ashraf', 'camp-liberty', 'tirana', 'baghdad']);

/** Which side of its dot a site's name goes, where the default (inline-end) would collide. */
export const LABEL_SIDE: Readonly<Record<string, 'start' | 'end' | 'above' | 'below'>> = {
  'camp-ashraf': 'start',
  'camp-liberty': 'start',
};

/** Zoom from which every site shows its name. */
export const LABEL_ALL_ZOOM = 5.5;
