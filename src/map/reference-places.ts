// The reference places drawn on the map (reference-places.json): nearby cities and country
// names that say where a site is once the map has flown to it. Bundled, cited, not sites.
import places from './reference-places.json';

export interface ReferencePlace {
  readonly name: string;
  readonly kind: 'city' | 'country';
  readonly longitude: number;
  readonly latitude: number;
  /** The map zoom from which the name is drawn (below it, it would sit on the sites). */
  readonly minZoom: number;
  /** The zoom from which it is no longer drawn (another label point takes over), if any. */
  readonly maxZoom: number;
  /** Where the coordinates come from, or "placed by hand" for a country's label point. */
  readonly source: string;
}

export const REFERENCE_PLACES: readonly ReferencePlace[] = places.features.map((feature) => ({
  name: feature.properties.name,
  kind: feature.properties.kind === 'country' ? 'country' : 'city',
  longitude: feature.geometry.coordinates[0] ?? 0,
  latitude: feature.geometry.coordinates[1] ?? 0,
  minZoom: feature.properties.minZoom,
  maxZoom: (feature.properties as { maxZoom?: number }).maxZoom ?? Number.POSITIVE_INFINITY,
  source: feature.properties.source,
}));

/** The places to draw: all but those named like a site, whose marker already names them. */
export function referencePlacesFor(
  siteNames: readonly string[],
  all: readonly ReferencePlace[] = REFERENCE_PLACES,
): ReferencePlace[] {
  const taken = new Set(siteNames.map((name) => name.toLocaleLowerCase()));
  return all.filter((place) => !taken.has(place.name.toLocaleLowerCase()));
}
