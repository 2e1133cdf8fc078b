import { featureFilter, validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import { DATASET_MOVES, DATASET_SITES } from '../movement/moves-fixture.test-helpers';
import { basemapStyle } from './basemap';
import {
  MOVE_ARROW_LAYER,
  MOVE_HIT_LAYER,
  MOVE_SOURCE,
  moveArcLayers,
  moveArcSource,
  moveLayerFilter,
  withMoveArcs,
} from './move-arc-style';

const SITES = DATASET_SITES;
const SOURCE = moveArcSource(DATASET_MOVES, SITES);
const FEATURES =
  typeof SOURCE.data === 'object' && 'features' in SOURCE.data ? SOURCE.data.features : [];

/** The moves (ids) whose features a layer draws, as the map evaluates its filter. */
function drawnBy(layerId: string, layers = moveArcLayers(['a-to-b', 'b-to-c'])): string[] {
  const layer = layers.find((candidate) => candidate.id === layerId);
  if (!layer || !('filter' in layer)) throw new Error(`no filter on ${layerId}`);
  const { filter } = featureFilter(layer.filter, `layers.${layerId}.filter`);
  return FEATURES.filter((feature) =>
    filter({ zoom: 4 }, {
      type: feature.geometry.type === 'Point' ? 1 : 2,
      properties: feature.properties ?? {},
    } as never),
  ).map((feature) => String(feature.properties?.moveId));
}

describe('the moves in the map style', () => {
  it('is a valid style with the basemap under the arcs, nothing fetched', () => {
    const style = withMoveArcs(basemapStyle(null), SOURCE, ['a-to-b']);
    expect(validateStyleMin(style)).toEqual([]);
    expect(style.layers.map((layer) => layer.id)).toEqual([
      'land',
      'borders',
      'moves-casing',
      'moves-solid',
      'moves-dashed',
      MOVE_ARROW_LAYER,
      MOVE_HIT_LAYER,
    ]);
    expect(style.sources[MOVE_SOURCE]).toBe(SOURCE);
    expect(JSON.stringify(style)).not.toMatch(/https?:/);
  });

  it('leaves the basemap style it is given unchanged', () => {
    const basemap = basemapStyle(null);
    const before = JSON.stringify(basemap);
    withMoveArcs(basemap, SOURCE, ['a-to-b']);
    expect(JSON.stringify(basemap)).toBe(before);
  });

  it('draws only the moves of the time window, numbered ones solid and the others dashed', () => {
    expect(drawnBy('moves-casing')).toEqual(['a-to-b', 'b-to-c']);
    expect(drawnBy('moves-solid')).toEqual(['a-to-b']);
    expect(drawnBy('moves-dashed')).toEqual(['b-to-c']);
    expect(drawnBy(MOVE_ARROW_LAYER)).toEqual(['a-to-b', 'b-to-c']);
    expect(drawnBy(MOVE_HIT_LAYER)).toEqual(['a-to-b', 'b-to-c']);
  });

  it('draws no move at all for an empty window', () => {
    for (const id of ['moves-casing', 'moves-solid', 'moves-dashed', MOVE_ARROW_LAYER]) {
      expect(drawnBy(id, moveArcLayers([]))).toEqual([]);
    }
  });

  it('gives each layer, on its own, the same filter as in the full list of layers', () => {
    for (const layer of moveArcLayers(['a-to-b-later'])) {
      if (!('filter' in layer)) continue;
      expect(layer.filter).toEqual(moveLayerFilter(layer.id as never, ['a-to-b-later']));
    }
  });

  it('gives each move its own id for highlighting', () => {
    expect(SOURCE.promoteId).toBe('moveId');
  });
});
