// The offline basemap: Natural Earth country shapes (world-atlas) turned into GeoJSON and a
// MapLibre style with no glyphs, sprites or tiles, so nothing is fetched from elsewhere.
import type { FeatureCollection, Geometry } from 'geojson';
import type { StyleSpecification } from 'maplibre-gl';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { strings } from '../i18n/strings';

export type CountryShapes = FeatureCollection<Geometry, { name?: string }>;

/** Converts the world-atlas TopoJSON to GeoJSON country shapes. */
export function countriesFromTopology(topology: Topology): CountryShapes {
  const countries = topology.objects.countries as GeometryCollection<{ name?: string }>;
  return feature(topology, countries) as CountryShapes;
}

/** The sea is not drawn: it is the map container's background (`--map-sea`, see map.css). */
const BASEMAP_COLOURS = {
  land: '#f7f5f0',
  border: '#9a9a9a',
} as const;

/**
 * A style whose only source is the bundled country shapes, drawn as land and borders over the
 * container's water colour. No background layer and no anti-aliased fill edge (the borders
 * draw the edges): each kind of layer costs the map one more shader program to compile, and
 * with software WebGL each compile holds the page for several milliseconds.
 */
export function basemapStyle(countries: CountryShapes | null): StyleSpecification {
  return {
    version: 8,
    sources: {
      countries: {
        type: 'geojson',
        data: countries ?? { type: 'FeatureCollection', features: [] },
        attribution: strings.basemapAttribution,
      },
    },
    layers: [
      {
        id: 'land',
        type: 'fill',
        source: 'countries',
        paint: { 'fill-color': BASEMAP_COLOURS.land, 'fill-antialias': false },
      },
      {
        id: 'borders',
        type: 'line',
        source: 'countries',
        paint: { 'line-color': BASEMAP_COLOURS.border, 'line-width': 0.8 },
      },
    ],
  };
}
