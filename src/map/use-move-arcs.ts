// The moves as arcs (their one source and few layers: move-arc-style.ts). The time window
// filters the layers; the highlight of the chosen move (or of the chosen event's moves) is
// feature-state. Clicking an arc chooses the move.
// Far places get a label on the frame's edge (see edge-arrow.ts) instead of a zoom-out.
import type { MapLayerMouseEvent, Map as MapLibreMap } from 'maplibre-gl';
import { useEffect, useState } from 'react';
import { movementStrings } from '../i18n/movement-strings';
import {
  aimedAt,
  edgeAnchor,
  mergeCrowdedEdges,
  mergeEdgesOverObstacles,
  mergeOverlapping,
  type Obstacle,
  type ScreenPoint,
  type SizedAnchor,
  spreadAlongEdges,
} from '../movement/edge-arrow';
import { useHighlightedMoveIds, useVisibleMoves } from '../movement/move-selectors';
import { useAtlasState, useDataset, useDispatch } from '../state/store-context';
import { prefersReducedMotion } from '../theme/motion';
import { pixelsOrZero, textTypeOf, textWidthMeasure } from '../theme/text-width';
import { afterNextPaint } from './after-next-paint';
import { boxesInFrame } from './boxes-in-frame';
import {
  ARROW_IMAGE,
  arrowheadImage,
  MOVE_ARROW_LAYER,
  MOVE_HIT_LAYER,
  MOVE_LINE_LAYERS,
  MOVE_SOURCE,
  moveArcLayers,
  moveArcSource,
  moveLayerFilter,
} from './move-arc-style';
import { MARKERS_PLACED_EVENT } from './use-marker-anchors';

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
  /** Where the places of a merged label lie. */
  readonly places?: readonly ScreenPoint[];
}

/** How big an edge label is drawn: the width of one for a text, and the height of any. */
interface EdgeLabelSize {
  readonly widthOf: (text: string) => number;
  readonly heightPx: number;
}

/**
 * The size of edge labels, in CSS pixels, as the page draws them (movement.css), with any
 * spacing or text size the reader set: the text and its arrow measured in the labels' own
 * type, with the label's gap, padding and border, and 1 px to spare. A count of letters came
 * out up to 6 px short for some names, and neighbours on an edge then overlapped.
 */
function edgeLabelSize(mapContainer: HTMLElement): EdgeLabelSize {
  // The labels sit beside the map's container (whose font MapLibre sets).
  const stage = mapContainer.parentElement ?? document.body;
  // Measured again only when the type around the labels changes (a reader's spacing or text
  // size set after the page opened, presenting): measuring adds a hidden label to the page
  // and reads its padding, which lays the page out, and placing follows every move of the map.
  const around = getComputedStyle(stage);
  const key = [
    around.font,
    around.letterSpacing,
    around.wordSpacing,
    getComputedStyle(document.documentElement).fontSize,
  ].join('|');
  if (lastLabelSize?.key !== key) lastLabelSize = { key, size: measureEdgeLabel(stage) };
  return lastLabelSize.size;
}

/** The size last measured, and the type around the labels it was measured in. */
let lastLabelSize: { readonly key: string; readonly size: EdgeLabelSize } | null = null;

/** Measures a hidden label added to `stage`, then takes it away. */
function measureEdgeLabel(stage: HTMLElement): EdgeLabelSize {
  const probe = document.createElement('span');
  probe.className = 'move-edge-label';
  probe.style.visibility = 'hidden';
  probe.textContent = '↑';
  stage.append(probe);
  const style = getComputedStyle(probe);
  const type = textTypeOf(style);
  const frame =
    pixelsOrZero(style.paddingInlineStart) +
    pixelsOrZero(style.paddingInlineEnd) +
    pixelsOrZero(style.borderInlineStartWidth) +
    pixelsOrZero(style.borderInlineEndWidth) +
    pixelsOrZero(style.columnGap);
  const heightPx = probe.getBoundingClientRect().height || 22;
  probe.remove();
  const measure = textWidthMeasure(type);
  const arrow = measure('↑');
  return { widthOf: (text) => Math.ceil(measure(text) + arrow + frame + 1), heightPx };
}

/** Where the places a label names lie: its own, or those of the labels it stands for. */
function placesOf(label: EdgeLabel): readonly ScreenPoint[] {
  return label.places ?? (label.place ? [label.place] : []);
}

/** One label for a crowded edge, pointing the average way; it names the places it stands for. */
function mergedLabel(group: readonly EdgeLabel[], size: EdgeLabelSize): EdgeLabel {
  const sum = (pick: (label: EdgeLabel) => number) =>
    group.reduce((total, label) => total + pick(label), 0);
  const east = sum((label) => Math.sin((label.angle * Math.PI) / 180));
  const north = sum((label) => Math.cos((label.angle * Math.PI) / 180));
  const names = group.flatMap((label) => label.mergedNames ?? [label.name]);
  return {
    x: sum((label) => label.x) / group.length,
    y: sum((label) => label.y) / group.length,
    angle: ((Math.atan2(east, north) * 180) / Math.PI + 360) % 360,
    width: size.widthOf(movementStrings.edgeMerged(names.length)),
    height: size.heightPx,
    siteId: group.map((label) => label.siteId).join(' '),
    name: names.join(' · '),
    mergedNames: names,
    places: group.flatMap(placesOf),
  };
}

/**
 * The sites' markers and their names (placed beside them) and the map's controls, relative
 * to the frame; not the markers hidden because their site is off the frame (marked by
 * use-marker-anchors.ts, which places the markers before these labels).
 */
function markerAndControlBoxes(container: HTMLElement): Obstacle[] {
  const shown = (element: Element) => !element.closest('.site-marker-anchor[data-off-frame]');
  return boxesInFrame(
    container,
    [...container.querySelectorAll('.site-marker, .site-marker-name, .maplibregl-ctrl')].filter(
      shown,
    ),
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

  // The arrowhead's image, whenever a style asks for it (the offline style has the arcs
  // before its 'load', so this cannot wait for it). The map has one resolver: the arcs own it.
  useEffect(() => {
    if (!map) return;
    map.setMissingStyleImageResolver((id) => {
      if (id === ARROW_IMAGE && !map.hasImage(ARROW_IMAGE)) {
        map.addImage(ARROW_IMAGE, arrowheadImage(), { pixelRatio: 2 });
      }
    });
    return () => {
      if (map.getStyle()) map.setMissingStyleImageResolver(null);
    };
  }, [map]);

  // The source and its layers, once per map and dataset: in the first style of the offline
  // basemap (see MapView), or added here over a hosted style once it has loaded.
  useEffect(() => {
    if (!map || !loaded) return;
    const addedHere = !map.getSource(MOVE_SOURCE);
    if (addedHere) {
      map.addSource(MOVE_SOURCE, moveArcSource(dataset.moves, dataset.sites));
      // Showing no move until the window's filter below (the next effect) sets theirs.
      for (const layer of moveArcLayers([])) map.addLayer(layer);
    }
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
    map.on('click', MOVE_HIT_LAYER, choose);
    map.on('mouseenter', MOVE_HIT_LAYER, pointer);
    map.on('mouseleave', MOVE_HIT_LAYER, plain);
    return () => {
      map.off('click', MOVE_HIT_LAYER, choose);
      map.off('mouseenter', MOVE_HIT_LAYER, pointer);
      map.off('mouseleave', MOVE_HIT_LAYER, plain);
      // The map may already be gone (unmount removes it first).
      if (!addedHere || !map.getStyle()) return;
      for (const id of [MOVE_ARROW_LAYER, ...MOVE_LINE_LAYERS]) {
        if (map.getLayer(id)) map.removeLayer(id);
      }
      if (map.getSource(MOVE_SOURCE)) map.removeSource(MOVE_SOURCE);
    };
  }, [map, loaded, dataset.moves, dataset.sites, dispatch]);

  // Only the moves of the time window: one filter change, whatever the number of arcs, and
  // none when the layers already show them (a new filter makes the map cut up its source again).
  useEffect(() => {
    if (!map || !loaded || !map.getLayer(MOVE_HIT_LAYER)) return;
    const ids = visible.map((move) => move.id);
    for (const id of [...MOVE_LINE_LAYERS, MOVE_ARROW_LAYER]) {
      const filter = moveLayerFilter(id, ids);
      if (JSON.stringify(map.getFilter(id)) !== JSON.stringify(filter)) {
        map.setFilter(id, filter as never);
      }
    }
    map.getContainer().dataset.visibleMoves = ids.join(' ');
  }, [map, loaded, visible]);

  // The highlight, as feature-state on the one source, once the choice's own frame (the
  // details it opens) is on screen: the map draws again for it.
  useEffect(() => {
    if (!map || !loaded || !map.getSource(MOVE_SOURCE)) return;
    const ids = highlight === '' ? [] : highlight.split(' ');
    let shown = false;
    const cancel = afterNextPaint(() => {
      if (!map.getStyle() || !map.getSource(MOVE_SOURCE)) return;
      for (const id of ids) map.setFeatureState({ source: MOVE_SOURCE, id }, { highlight: true });
      map.getContainer().dataset.highlightedMoves = highlight;
      shown = true;
    });
    return () => {
      cancel();
      if (!shown || !map.getStyle() || !map.getSource(MOVE_SOURCE)) return;
      for (const id of ids) map.setFeatureState({ source: MOVE_SOURCE, id }, { highlight: false });
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
      // The boxes first, while the page's layout is clean: measuring the labels' size may add
      // a hidden label, after which reading boxes would lay the page out again.
      const obstacles = markerAndControlBoxes(map.getContainer());
      const size = edgeLabelSize(map.getContainer());
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
              width: size.widthOf(far.name),
              height: size.heightPx,
            });
        }
      }
      const merge = (group: readonly EdgeLabel[]) => mergedLabel(group, size);
      const crowded = mergeCrowdedEdges(
        [...labels.values()],
        clientWidth,
        clientHeight,
        merge,
        4,
        30,
        obstacles,
      );
      const spread = (placed: readonly EdgeLabel[]) =>
        spreadAlongEdges(placed, clientWidth, clientHeight, 4, obstacles);
      const unblocked = mergeEdgesOverObstacles(
        crowded,
        clientWidth,
        clientHeight,
        obstacles,
        merge,
        spread,
        placesOf,
      );
      // Each arrow points from where its label ended up.
      setEdgeLabels(
        mergeOverlapping(unblocked, merge, spread, placesOf).map((label) =>
          aimedAt(label, placesOf(label)),
        ),
      );
    };
    const container = map.getContainer();
    const moving = () => container.classList.add('is-moving');
    const settled = () => container.classList.remove('is-moving');
    place();
    map.on('movestart', moving);
    map.on('moveend', settled);
    // After each move or resize the markers are placed first: the labels keep clear of them.
    container.addEventListener(MARKERS_PLACED_EVENT, place);
    return () => {
      map.off('movestart', moving);
      map.off('moveend', settled);
      container.removeEventListener(MARKERS_PLACED_EVENT, place);
    };
  }, [map, visible, dataset.sites]);

  return edgeLabels;
}
