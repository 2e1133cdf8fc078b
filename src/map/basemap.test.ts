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
