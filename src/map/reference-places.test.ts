import { describe, expect, it } from 'vitest';
import { REFERENCE_PLACES, referencePlacesFor } from './reference-places';

describe('reference places', () => {
  it('cite a source for every city and lie where their region is', () => {
    for (const place of REFERENCE_PLACES) {
      expect(place.source.length, place.name).toBeGreaterThan(0);
      if (place.kind === 'city') expect(place.source, place.name).toMatch(/https?:\/\//);
      // Every place is between Egypt and Iran, Arabia and the Balkans.
      expect(place.longitude, place.name).toBeGreaterThan(15);
      expect(place.longitude, place.name).toBeLessThan(60);
      expect(place.latitude, place.name).toBeGreaterThan(25);
      expect(place.latitude, place.name).toBeLessThan(45);
    }
  });

  it('include the towns nearest the camps and in Albania, and country names', () => {
    const names = REFERENCE_PLACES.map((place) => place.name);
    expect(names).toEqual(expect.arrayContaining(['Baqubah', 'Al Khalis', 'Durrës', 'Iraq']));
  });

  it('skip a place that a site of the same name already marks', () => {
    const names = referencePlacesFor(['Baghdad', 'Tirana']).map((place) => place.name);
    expect(names).not.toContain('Baghdad');
    expect(names).not.toContain('Tirana');
    expect(names).toContain('Baqubah');
  });
});
