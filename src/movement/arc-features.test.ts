import { describe, expect, it } from 'vitest';
import { arcFeatures } from './arc-features';
import { DATASET_MOVES, DATASET_SITES } from './moves-fixture.test-helpers';

const SITES = DATASET_SITES;

describe('arcFeatures', () => {
  it('makes one line and one arrowhead per move, all in one collection', () => {
    const collection = arcFeatures(DATASET_MOVES, SITES);
    expect(collection.features).toHaveLength(DATASET_MOVES.length * 2);
    expect(collection.features.map((feature) => feature.properties.part)).toEqual([
      'line',
      'arrow',
      'line',
      'arrow',
      'line',
      'arrow',
    ]);
  });

  it('draws a move without a number dashed and thin, and one with a number wider', () => {
    const lines = arcFeatures(DATASET_MOVES, SITES).features.filter(
      (feature) => feature.properties.part === 'line',
    );
    expect(lines.map((line) => [line.properties.moveId, line.properties.unnumbered])).toEqual([
      ['a-to-b', false],
      ['a-to-b-later', true],
      ['b-to-c', true],
    ]);
    expect(lines[0]?.properties.width).toBeGreaterThan(lines[1]?.properties.width ?? 0);
  });

  it('ends each arrowhead exactly on the destination', () => {
    const arrows = arcFeatures(DATASET_MOVES, SITES).features.filter(
      (feature) => feature.properties.part === 'arrow',
    );
    expect(arrows[2]?.geometry.coordinates).toEqual([19.82, 41.33]);
  });

  it('leaves out a move whose place is unknown', () => {
    expect(arcFeatures(DATASET_MOVES, SITES.slice(0, 2)).features).toHaveLength(4);
  });
});
