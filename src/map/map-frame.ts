// Where the map opens, which sites always show their name, and the small city labels that
// help a reader find their way. Shared by the WebGL map and the static overview map.

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

/** Zoom from which the context cities show: below it Baqubah and Durrës sit on the camps. */
export const CONTEXT_LABEL_ZOOM = 6.5;

interface ContextLabel {
  readonly name: string;
  readonly longitude: number;
  readonly latitude: number;
}

/**
 * Rounded city-centre coordinates from the cities' Wikipedia infoboxes; context only, not
 * sites, so no accuracy is claimed. A label is skipped when a site has the same name.
 */
const CONTEXT_LABELS: readonly ContextLabel[] = [
  { name: 'Baghdad', longitude: 44.366, latitude: 33.315 },
  { name: 'Baqubah', longitude: 44.655, latitude: 33.75 },
  { name: 'Tirana', longitude: 19.819, latitude: 41.328 },
  { name: 'Durrës', longitude: 19.445, latitude: 41.324 },
  { name: 'Tehran', longitude: 51.389, latitude: 35.689 },
];

export function contextLabelsFor(siteNames: readonly string[]): ContextLabel[] {
  const taken = new Set(siteNames.map((name) => name.toLocaleLowerCase()));
  return CONTEXT_LABELS.filter((label) => !taken.has(label.name.toLocaleLowerCase()));
}
