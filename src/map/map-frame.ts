// Where the map opens, which sites always show their name, and the small city labels that
// help a reader find their way. Shared by the WebGL map and the static overview map.

/** From Spain and Norway to Iran: every site but the two in the United States. */
export const OPENING_BOUNDS: [[number, number], [number, number]] = [
  [-10, 24],
  [54, 62],
];

/** Sites whose name is always drawn; the others show it on hover, focus, selection or zoom. */
export const ALWAYS_LABELLED_SITES = new Set(['camp-ashraf', 'camp-liberty', 'tirana', 'baghdad']);

/** Which side of its dot a site's name goes, where the default (inline-end) would collide. */
export const LABEL_SIDE: Readonly<Record<string, 'start' | 'end' | 'above' | 'below'>> = {
  'camp-liberty': 'start',
  'camp-ashraf': 'above',
  baghdad: 'below',
};

/** Zoom from which every site shows its name. */
export const LABEL_ALL_ZOOM = 5.5;

export interface ContextLabel {
  readonly name: string;
  readonly longitude: number;
  readonly latitude: number;
}

/**
 * City centres rounded to 0.01° from their Wikipedia infoboxes; context only, not sites.
 * A label is skipped when the dataset has a site of the same name.
 */
export const CONTEXT_LABELS: readonly ContextLabel[] = [
  { name: 'Baghdad', longitude: 44.37, latitude: 33.32 },
  { name: 'Baqubah', longitude: 44.66, latitude: 33.75 },
  { name: 'Tirana', longitude: 19.82, latitude: 41.33 },
  { name: 'Durrës', longitude: 19.45, latitude: 41.32 },
  { name: 'Tehran', longitude: 51.39, latitude: 35.69 },
];

export function contextLabelsFor(siteNames: readonly string[]): ContextLabel[] {
  const taken = new Set(siteNames.map((name) => name.toLocaleLowerCase()));
  return CONTEXT_LABELS.filter((label) => !taken.has(label.name.toLocaleLowerCase()));
}
