// The moves' part of the map's style: ONE GeoJSON source (`moves`) drawn by a few line
// layers and one symbol layer, never a layer per arc. Pure, so that the offline basemap can
// carry the arcs in the map's first style (one load, one round of shader compiling) and a
// hosted style can get the same source and layers after its own load (use-move-arcs).
import type {
  GeoJSONSourceSpecification,
  LayerSpecification,
  StyleSpecification,
} from 'maplibre-gl';
import type { Move, Site } from '../data/types';
import { arcFeatures } from '../movement/arc-features';

export const MOVE_SOURCE = 'moves';
export const MOVE_LINE_LAYERS = [
  'moves-casing',
  'moves-solid',
  'moves-dashed',
  'moves-hit',
] as const;
export const MOVE_ARROW_LAYER = 'moves-arrows' as const;
/** The wide invisible line over each arc that takes clicks and taps. */
export const MOVE_HIT_LAYER = 'moves-hit';
export const ARROW_IMAGE = 'move-arrowhead';
/** Okabe–Ito blue for arcs, vermillion for the highlighted one (also wider, dark-edged). */
const ARC_COLOUR = '#0072B2';
const HIGHLIGHT_COLOUR = '#D55E00';

export type MoveLayerId = (typeof MOVE_LINE_LAYERS)[number] | typeof MOVE_ARROW_LAYER;

const highlighted = ['boolean', ['feature-state', 'highlight'], false];

export function moveArcSource(
  moves: readonly Move[],
  sites: readonly Site[],
): GeoJSONSourceSpecification {
  return { type: 'geojson', data: arcFeatures(moves, sites), promoteId: 'moveId' };
}

/** What a layer draws of the moves `visibleIds` (those of the time window). */
export function moveLayerFilter(layerId: MoveLayerId, visibleIds: readonly string[]): unknown[] {
  const part = layerId === MOVE_ARROW_LAYER ? 'arrow' : 'line';
  const filter: unknown[] = [
    'all',
    ['==', ['get', 'part'], part],
    ['in', ['get', 'moveId'], ['literal', visibleIds]],
  ];
  if (layerId === 'moves-solid') filter.push(['==', ['get', 'unnumbered'], false]);
  if (layerId === 'moves-dashed') filter.push(['==', ['get', 'unnumbered'], true]);
  return filter;
}

/** The layers, bottom to top, showing the moves `visibleIds`. */
export function moveArcLayers(visibleIds: readonly string[]): LayerSpecification[] {
  const filter = (id: MoveLayerId) => moveLayerFilter(id, visibleIds) as never;
  const width = ['get', 'width'];
  const lines = (['moves-solid', 'moves-dashed'] as const).map(
    (id): LayerSpecification => ({
      id,
      type: 'line',
      source: MOVE_SOURCE,
      filter: filter(id),
      layout: { 'line-cap': id === 'moves-dashed' ? 'butt' : 'round' },
      paint: {
        'line-color': ['case', highlighted, HIGHLIGHT_COLOUR, ARC_COLOUR] as never,
        'line-width': ['case', highlighted, ['+', width, 2], width] as never,
        ...(id === 'moves-dashed' ? { 'line-dasharray': [2, 1.5] } : {}),
      },
    }),
  );
  return [
    {
      id: 'moves-casing',
      type: 'line',
      source: MOVE_SOURCE,
      filter: filter('moves-casing'),
      layout: { 'line-cap': 'round' },
      paint: {
        'line-color': ['case', highlighted, '#1a1a1a', '#ffffff'] as never,
        'line-width': ['case', highlighted, ['+', width, 5], ['+', width, 2.5]] as never,
        'line-opacity': 0.9,
      },
    },
    ...lines,
    {
      id: MOVE_ARROW_LAYER,
      type: 'symbol',
      source: MOVE_SOURCE,
      filter: filter(MOVE_ARROW_LAYER),
      layout: {
        'icon-image': ARROW_IMAGE,
        'icon-rotate': ['get', 'bearing'] as never,
        'icon-rotation-alignment': 'map',
        'icon-allow-overlap': true,
        'icon-ignore-placement': true,
        'icon-anchor': 'top',
        // Back the arrowhead off the place's centre, so its tip meets the marker's edge.
        'icon-offset': [0, 18],
      },
    },
    {
      id: MOVE_HIT_LAYER,
      type: 'line',
      source: MOVE_SOURCE,
      filter: filter(MOVE_HIT_LAYER),
      paint: { 'line-color': '#000000', 'line-opacity': 0, 'line-width': 16 },
    },
  ];
}

/** `style` with the moves drawn over it (a new style; `style` is not changed). */
export function withMoveArcs(
  style: StyleSpecification,
  source: GeoJSONSourceSpecification,
  visibleIds: readonly string[],
): StyleSpecification {
  return {
    ...style,
    sources: { ...style.sources, [MOVE_SOURCE]: source },
    layers: [...style.layers, ...moveArcLayers(visibleIds)],
  };
}

/** A 24 px triangle pointing up (north), white-edged, for the arrowheads. */
export function arrowheadImage(): { width: number; height: number; data: Uint8Array } {
  const size = 24;
  const data = new Uint8Array(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      // Inside the triangle (apex at the top centre) and how far from its sides.
      const half = ((y + 0.5) / size) * (size / 2);
      const distance = Math.min(half - Math.abs(x + 0.5 - size / 2), size - 1 - y);
      if (distance < 0) continue;
      const index = (y * size + x) * 4;
      const edge = distance < 2.5;
      data[index] = edge ? 255 : 0;
      data[index + 1] = edge ? 255 : 0x72;
      data[index + 2] = edge ? 255 : 0xb2;
      data[index + 3] = 255;
    }
  }
  return { width: size, height: size, data };
}
