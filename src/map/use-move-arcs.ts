// The moves as arcs: ONE GeoJSON source (`moves`) drawn by a few line and symbol layers,
// never a layer per arc. The time window filters the layers; the highlight of the chosen
// move (or of the chosen event's moves) is feature-state. Clicking an arc chooses the move.
// Far places get a label on the frame's edge (see edge-arrow.ts) instead of a zoom-out.
import type { MapLayerMouseEvent, Map as MapLibreMap } from 'maplibre-gl';
import { useEffect, useState } from 'react';
import { movementStrings } from '../i18n/movement-strings';
import { arcFeatures } from '../movement/arc-features';
import {
  edgeAnchor,
  mergeCrowdedEdges,
  mergeOverlapping,
  type Obstacle,
  type SizedAnchor,
  spreadAlongEdges,
} from '../movement/edge-arrow';
import { useHighlightedMoveIds, useVisibleMoves } from '../movement/move-selectors';
import { useAtlasState, useDataset, useDispatch } from '../state/store-context';
import { prefersReducedMotion } from './use-fly-to-selection';

const SOURCE = 'moves';
const LINE_LAYERS = ['moves-casing', 'moves-solid', 'moves-dashed', 'moves-hit'] as const;
const ARROW_LAYER = 'moves-arrows';
const ARROW_IMAGE = 'move-arrowhead';
/** Okabe–Ito blue for arcs, vermillion for the highlighted one (also wider, dark-edged). */
const ARC_COLOUR = '#0072B2';
const HIGHLIGHT_COLOUR = '#D55E00';
/** Room kept between an edge label and the frame, in CSS pixels. */
const EDGE_MARGIN_PX = 28;

export interface EdgeLabel extends SizedAnchor {
  /** The site's id, or the ids of a merged label, joined with spaces. */
  readonly siteId: string;
  readonly name: string;
  /**
   * Several crowded labels made one, as small as one name ("9 places"; `name` joins these
   * names): a box of every name would cover the sites near that edge on a phone.
   */
  readonly mergedNames?: readonly string[];
}

/** Estimated width of a label of `text` (0.75rem bold) with its arrow and padding. */
function labelWidth(text: string, em: number): number {
  return (text.length * 7.5 + 28) * em;
}

/** One label for a crowded edge, pointing the average way; it names the places it stands for. */
function mergedLabel(group: readonly EdgeLabel[], em: number): EdgeLabel {
  const sum = (pick: (label: EdgeLabel) => number) =>
    group.reduce((total, label) => total + pick(label), 0);
  const east = sum((label) => Math.sin((label.angle * Math.PI) / 180));
  const north = sum((label) => Math.cos((label.angle * Math.PI) / 180));
  const names = group.flatMap((label) => label.mergedNames ?? [label.name]);
  return {
    x: sum((label) => label.x) / group.length,
    y: sum((label) => label.y) / group.length,
    angle: ((Math.atan2(east, north) * 180) / Math.PI + 360) % 360,
    width: labelWidth(movementStrings.edgeMerged(names.length), em),
    height: 22 * em,
    siteId: group.map((label) => label.siteId).join(' '),
    name: names.join(' · '),
    mergedNames: names,
  };
}

const highlighted = ['boolean', ['feature-state', 'highlight'], false];

/** A 24 px triangle pointing up (north), white-edged, for the arrowheads. */
function arrowheadImage(): { width: number; height: number; data: Uint8Array } {
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

/** The sites' markers and their names (placed beside them) and the map's controls, relative to the frame. */
function markerAndControlBoxes(container: HTMLElement): Obstacle[] {
  const frame = container.getBoundingClientRect();
  return [...container.querySelectorAll('.site-marker, .site-marker-name, .maplibregl-ctrl')].map(
    (element) => {
      const box = element.getBoundingClientRect();
      return {
        left: box.left - frame.left,
        top: box.top - frame.top,
        right: box.right - frame.left,
        bottom: box.bottom - frame.top,
      };
    },
  );
}

export function useMoveArcs(map: MapLibreMap | null, loaded: boolean): readonly EdgeLabel[] {
  const dataset = useDataset();
  const dispatch = useDispatch();
  const visible = useVisibleMoves();
  const highlight = useHighlightedMoveIds();
  const selectedMoveId = useAtlasState((state) => state.selectedMoveId);
  const selectionOrigin = useAtlasState((state) => state.selectionOrigin);
  const [edgeLabels, setEdgeLabels] = useState<readonly EdgeLabel[]>([]);

  // The source and its layers, once per map and dataset.
  useEffect(() => {
    if (!map || !loaded) return;
    map.addSource(SOURCE, {
      type: 'geojson',
      data: arcFeatures(dataset.moves, dataset.sites),
      promoteId: 'moveId',
    });
    if (!map.hasImage(ARROW_IMAGE)) map.addImage(ARROW_IMAGE, arrowheadImage(), { pixelRatio: 2 });
    const line = ['==', ['get', 'part'], 'line'];
    const width = ['get', 'width'];
    map.addLayer({
      id: 'moves-casing',
      type: 'line',
      source: SOURCE,
      filter: line as never,
      layout: { 'line-cap': 'round' },
      paint: {
        'line-color': ['case', highlighted, '#1a1a1a', '#ffffff'] as never,
        'line-width': ['case', highlighted, ['+', width, 5], ['+', width, 2.5]] as never,
        'line-opacity': 0.9,
      },
    });
    for (const [id, dashed] of [
      ['moves-solid', false],
      ['moves-dashed', true],
    ] as const) {
      map.addLayer({
        id,
        type: 'line',
        source: SOURCE,
        filter: ['all', line, ['==', ['get', 'unnumbered'], dashed]] as never,
        layout: { 'line-cap': dashed ? 'butt' : 'round' },
        paint: {
          'line-color': ['case', highlighted, HIGHLIGHT_COLOUR, ARC_COLOUR] as never,
          'line-width': ['case', highlighted, ['+', width, 2], width] as never,
          ...(dashed ? { 'line-dasharray': [2, 1.5] } : {}),
        },
      });
    }
    map.addLayer({
      id: ARROW_LAYER,
      type: 'symbol',
      source: SOURCE,
      filter: ['==', ['get', 'part'], 'arrow'] as never,
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
    });
    // A wide invisible line over each arc, so a finger or a shaky hand can choose it.
    map.addLayer({
      id: 'moves-hit',
      type: 'line',
      source: SOURCE,
      filter: line as never,
      paint: { 'line-color': '#000000', 'line-opacity': 0, 'line-width': 16 },
    });
    const choose = (event: MapLayerMouseEvent) => {
      // A click on a site's marker reaches the map too, and arcs end under the markers: the
      // marker's own choice (the site) wins.
      const target = event.originalEvent.target;
      if (target instanceof Element && target.closest('.maplibregl-marker')) return;
      const moveId = event.features?.[0]?.properties?.moveId;
      if (typeof moveId === 'string') dispatch({ type: 'select-move', moveId, origin: 'map' });
    };
    const pointer = () => {
      map.getCanvas().style.cursor = 'pointer';
    };
    const plain = () => {
      map.getCanvas().style.cursor = '';
    };
    map.on('click', 'moves-hit', choose);
    map.on('mouseenter', 'moves-hit', pointer);
    map.on('mouseleave', 'moves-hit', plain);
    return () => {
      map.off('click', 'moves-hit', choose);
      map.off('mouseenter', 'moves-hit', pointer);
      map.off('mouseleave', 'moves-hit', plain);
      // The map may already be gone (unmount removes it first).
      if (!map.getStyle()) return;
      for (const id of [ARROW_LAYER, ...LINE_LAYERS]) if (map.getLayer(id)) map.removeLayer(id);
      if (map.getSource(SOURCE)) map.removeSource(SOURCE);
    };
  }, [map, loaded, dataset.moves, dataset.sites, dispatch]);

  // Only the moves of the time window: one filter change, whatever the number of arcs.
  useEffect(() => {
    if (!map || !loaded || !map.getLayer('moves-hit')) return;
    const ids = visible.map((move) => move.id);
    const inWindow = ['in', ['get', 'moveId'], ['literal', ids]];
    for (const id of [...LINE_LAYERS, ARROW_LAYER]) {
      const part = id === ARROW_LAYER ? 'arrow' : 'line';
      const base: unknown[] = ['all', ['==', ['get', 'part'], part], inWindow];
      if (id === 'moves-solid') base.push(['==', ['get', 'unnumbered'], false]);
      if (id === 'moves-dashed') base.push(['==', ['get', 'unnumbered'], true]);
      map.setFilter(id, base as never);
    }
    map.getContainer().dataset.visibleMoves = ids.join(' ');
  }, [map, loaded, visible]);

  // The highlight, as feature-state on the one source.
  useEffect(() => {
    if (!map || !loaded || !map.getSource(SOURCE)) return;
    const ids = highlight === '' ? [] : highlight.split(' ');
    for (const id of ids) map.setFeatureState({ source: SOURCE, id }, { highlight: true });
    map.getContainer().dataset.highlightedMoves = highlight;
    return () => {
      if (!map.getStyle() || !map.getSource(SOURCE)) return;
      for (const id of ids) map.setFeatureState({ source: SOURCE, id }, { highlight: false });
    };
  }, [map, loaded, highlight]);

  // A move chosen elsewhere (its table, a link) is brought into view, both ends.
  useEffect(() => {
    if (!map || !selectedMoveId || selectionOrigin === 'map') return;
    const move = dataset.moves.find((candidate) => candidate.id === selectedMoveId);
    const ends = [move?.originId, move?.destinationId].map((id) =>
      dataset.sites.find((site) => site.id === id),
    );
    const [from, to] = ends;
    if (!from || !to) return;
    const bounds: [[number, number], [number, number]] = [
      [Math.min(from.longitude, to.longitude), Math.min(from.latitude, to.latitude)],
      [Math.max(from.longitude, to.longitude), Math.max(from.latitude, to.latitude)],
    ];
    map.fitBounds(bounds, {
      padding: 48,
      maxZoom: 7,
      duration: prefersReducedMotion() ? 0 : 1000,
    });
  }, [map, dataset, selectedMoveId, selectionOrigin]);

  // Labels on the frame's edge for far places of the visible moves, placed when the map
  // settles (hidden while it moves, see map.css).
  useEffect(() => {
    if (!map) return;
    const place = () => {
      const { clientWidth, clientHeight } = map.getContainer();
      // Label sizes follow the root font size (larger in presentation mode).
      const em = parseFloat(getComputedStyle(document.documentElement).fontSize) / 16 || 1;
      const labels = new Map<string, EdgeLabel>();
      for (const move of visible) {
        const from = dataset.sites.find((site) => site.id === move.originId);
        const to = dataset.sites.find((site) => site.id === move.destinationId);
        if (!from || !to) continue;
        // A far destination, or a far origin (France in 1986), each labelled once.
        for (const [near, far] of [
          [from, to],
          [to, from],
        ] as const) {
          if (labels.has(far.id)) continue;
          const anchor = edgeAnchor(
            map.project([near.longitude, near.latitude]),
            map.project([far.longitude, far.latitude]),
            clientWidth,
            clientHeight,
            EDGE_MARGIN_PX,
          );
          if (anchor)
            labels.set(far.id, {
              ...anchor,
              siteId: far.id,
              name: far.name,
              width: labelWidth(far.name, em),
              height: 22 * em,
            });
        }
      }
      const merge = (group: readonly EdgeLabel[]) => mergedLabel(group, em);
      const crowded = mergeCrowdedEdges([...labels.values()], clientWidth, clientHeight, merge);
      const obstacles = markerAndControlBoxes(map.getContainer());
      setEdgeLabels(
        mergeOverlapping(crowded, merge, (placed) =>
          spreadAlongEdges(placed, clientWidth, clientHeight, 4, obstacles),
        ),
      );
    };
    const container = map.getContainer();
    const moving = () => container.classList.add('is-moving');
    const settled = () => {
      container.classList.remove('is-moving');
      place();
    };
    place();
    map.on('movestart', moving);
    map.on('moveend', settled);
    map.on('resize', place);
    return () => {
      map.off('movestart', moving);
      map.off('moveend', settled);
      map.off('resize', place);
    };
  }, [map, visible, dataset.sites]);

  return edgeLabels;
}
