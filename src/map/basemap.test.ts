import { readFileSync } from 'node:fs';
import type { Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { basemapStyle, countriesFromTopology } from './basemap';

describe('countriesFromTopology', () => {
  it('turns the bundled world-atlas file into country shapes including Iraq and Albania', () => {
    const topology = JSON.parse(
      readFileSync('node_modules/world-atlas/countries-50m.json', 'utf8'),
    ) as Topology;
    const countries = countriesFromTopology(topology);
    expect(countries.features.length).toBeGreaterThan(200);
    const ids = new Set(countries.features.map((country) => String(country.id)));
    expect(ids.has('368')).toBe(true);
    expect(ids.has('008')).toBe(true);
  });
});

describe('basemapStyle', () => {
  it('needs no glyphs, sprites or remote sources', () => {
    const style = basemapStyle(null);
    expect(style.glyphs).toBeUndefined();
    expect(style.sprite).toBeUndefined();
    expect(JSON.stringify(style)).not.toMatch(/https?:/);
  });
});

describe('basemapStyle draws the bundled countries', () => {
  const shapes = {
    type: 'FeatureCollection' as const,
    features: [
      {
        type: 'Feature' as const,
        id: '368',
        properties: { name: 'Iraq' },
        geometry: {
          type: 'Polygon' as const,
          coordinates: [
            [
              [39, 29],
              [48, 29],
              [48, 37],
              [39, 37],
              [39, 29],
            ],
          ],
        },
      },
    ],
  };

  it('from one GeoJSON source, credited to Natural Earth', () => {
    const style = basemapStyle(shapes);
    expect(style.version).toBe(8);
    expect(style.sources).toEqual({
      countries: {
        type: 'geojson',
        data: shapes,
        attribution: 'Country shapes: Natural Earth (public domain), via world-atlas',
      },
    });
    expect(basemapStyle(null).sources.countries).toMatchObject({
      type: 'geojson',
      data: { type: 'FeatureCollection', features: [] },
    });
  });

  it('as land, then borders on top, over the sea colour of the page, each in its own colour', () => {
    const { layers } = basemapStyle(shapes);
    expect(
      layers.map((layer) => [layer.id, layer.type, 'source' in layer ? layer.source : null]),
    ).toEqual([
      ['land', 'fill', 'countries'],
      ['borders', 'line', 'countries'],
    ]);
    // The water is the map container's background, set from the page's root colours.
    const sea = /--map-sea:\s*(#[0-9a-f]{6});/.exec(readFileSync('src/app/base.css', 'utf8'))?.[1];
    expect(readFileSync('src/map/map.css', 'utf8')).toMatch(
      /\.map-canvas-container \{[^}]*background: var\(--map-sea\);/,
    );
    const [land, borders] = layers.map((layer) => layer.paint as Record<string, unknown>);
    const colours = [sea, land?.['fill-color'], borders?.['line-color']];
    for (const colour of colours) expect(colour).toMatch(/^#[0-9a-f]{6}$/);
    expect(new Set(colours).size).toBe(3);
    expect(borders?.['line-width']).toBeGreaterThan(0);
  });
});
