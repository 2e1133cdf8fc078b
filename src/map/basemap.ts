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

const BASEMAP_COLOURS = {
  sea: '#dbe7ef',
  land: '#f7f5f0',
  border: '#9a9a9a',
} as const;

/** A style whose only source is the bundled country shapes. */
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
      { id: 'sea', type: 'background', paint: { 'background-color': BASEMAP_COLOURS.sea } },
      {
        id: 'land',
        type: 'fill',
        source: 'countries',
        paint: { 'fill-color': BASEMAP_COLOURS.land },
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
