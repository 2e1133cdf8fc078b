// One MapLibre marker per site, whose element React fills with the site's button (see
// MapView's portals). Owns the markers' placement: the pan to a focused marker off screen,
// the nudges that keep sites a few kilometres apart from sharing a pixel, and the side of
// each dot its name goes (marker-labels.ts), so every marker in view shows its name.
import { type Map as MapLibreMap, Marker } from 'maplibre-gl';
import { useEffect, useState } from 'react';
import type { AtlasEvent, Site } from '../data/types';
import { pointOnFrame } from '../movement/edge-arrow';
import { prefersReducedMotion } from '../theme/motion';
import { boxesInFrame } from './boxes-in-frame';
import { byPlacementPriority, declutter, MARKER_SPACING_PX } from './declutter';
import { LABEL_SIDE } from './map-frame';
import { type MarkerLabel, placeMarkerLabels } from './marker-labels';
import { sitesInTabOrder } from './site-order';

/** How long the map pans to a marker that receives focus off screen, in milliseconds. */
const FOCUS_PAN_MS = 250;

/** Room kept around a focused marker so its name shows, in CSS pixels. */
const FOCUS_MARGIN_PX = 48;

/**
 * Sent on the map's container each time the markers and their names have been placed, for
 * what is placed around them (the edge labels, use-move-arcs.ts).
 */
export const MARKERS_PLACED_EVENT = 'atlas-markers-placed';

const NO_ANCHORS: ReadonlyMap<string, HTMLElement> = new Map();

export function useMarkerAnchors(
  map: MapLibreMap | null,
  sites: readonly Site[],
  events: readonly AtlasEvent[],
): ReadonlyMap<string, HTMLElement> {
  const [anchors, setAnchors] = useState(NO_ANCHORS);
  useEffect(() => {
    if (!map) return;
    const container = map.getContainer();
    const elements = new Map<string, HTMLElement>();
    const markers = new Map<string, Marker>();
    // Markers are added in the order Tab reaches them: story order, region by region.
    for (const site of sitesInTabOrder(sites, events)) {
      const element = document.createElement('div');
      element.className = 'site-marker-anchor';
      element.dataset.siteId = site.id;
      element.addEventListener('focusin', () => {
        container.scrollTop = 0;
        container.scrollLeft = 0;
        const { x, y } = map.project([site.longitude, site.latitude]);
        const { clientWidth, clientHeight } = container;
        const margin = Math.min(FOCUS_MARGIN_PX, clientWidth / 4, clientHeight / 4);
        const outside =
          x < margin || y < margin || x > clientWidth - margin || y > clientHeight - margin;
        // A short pan, not a flight: a keyboard user tabbing along the markers should not wait.
        if (outside) {
          map.easeTo({
            center: [site.longitude, site.latitude],
            duration: prefersReducedMotion() ? 0 : FOCUS_PAN_MS,
          });
        }
      });
      elements.set(site.id, element);
      markers.set(
        site.id,
        new Marker({ element, anchor: 'center' })
          .setLngLat([site.longitude, site.latitude])
          .addTo(map),
      );
    }
    // Sites a few kilometres apart (Camp Liberty and Baghdad) share a pixel when zoomed out:
    // nudge the later ones aside so each stays visible and clickable.
    const spreadMarkers = () => {
      const points = byPlacementPriority(sites).map((site) => {
        const { x, y } = map.project([site.longitude, site.latitude]);
        return { id: site.id, x, y };
      });
      const { clientWidth, clientHeight } = container;
      // Read before the markers move, while the page's layout is clean.
      const controls = boxesInFrame(container, container.querySelectorAll('.maplibregl-ctrl'));
      const offsets = declutter(points, MARKER_SPACING_PX, {
        width: clientWidth,
        height: clientHeight,
      });
      const labels: MarkerLabel[] = [];
      for (const point of points) {
        const offset = offsets.get(point.id) ?? [0, 0];
        markers.get(point.id)?.setOffset(offset);
        const element = elements.get(point.id);
        // A site whose point is off the map is named by an edge label if a move goes there
        // (edgeAnchor in edge-arrow.ts, the same test): its marker, cut by the edge or
        // nudged into view, would show the place twice (see map.css).
        const offFrame = !pointOnFrame(point, clientWidth, clientHeight);
        if (element) element.toggleAttribute('data-off-frame', offFrame);
        const name = element?.querySelector<HTMLElement>('.site-marker-name');
        if (!name || offFrame) continue;
        labels.push({
          id: point.id,
          x: point.x + offset[0],
          y: point.y + offset[1],
          width: name.offsetWidth,
          height: name.offsetHeight,
          preferred: LABEL_SIDE[point.id],
          // The chosen site's name shows even with no free side (marker-labels.ts).
          chosen: element?.querySelector('.site-marker.is-selected') != null,
        });
      }
      // The chosen site's name is placed first, so that the others keep clear of it.
      labels.sort((a, b) => Number(b.chosen) - Number(a.chosen));
      const sides = placeMarkerLabels(
        labels,
        container.clientWidth,
        container.clientHeight,
        controls,
      );
      for (const [id, side] of sides) {
        const element = elements.get(id);
        if (!element) continue;
        if (side) element.dataset.labelSide = side;
        else delete element.dataset.labelSide;
      }
      container.dispatchEvent(new Event(MARKERS_PLACED_EVENT));
    };
    // A count that grows with the time window widens its name: place the names again (the
    // observer watches text and buttons, not the attributes set here, so it never loops).
    let frame = 0;
    const spreadSoon = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(spreadMarkers);
    };
    const namesChanged = new MutationObserver(spreadSoon);
    for (const element of elements.values()) {
      namesChanged.observe(element, { childList: true, subtree: true, characterData: true });
    }
    // Which sites are off the frame is known where a move ends, not while it runs: a flight
    // to a far event would bring its site into view still hidden, and show it only on
    // arrival. While the map moves every marker shows (those still off the frame are clipped
    // by it, and the edge labels are hidden meanwhile, use-move-arcs.ts); the move's end
    // hides again those then off it.
    const showAllWhileMoving = () => {
      for (const element of elements.values()) element.removeAttribute('data-off-frame');
    };
    map.once('idle', spreadMarkers);
    map.on('movestart', showAllWhileMoving);
    map.on('moveend', spreadMarkers);
    map.on('resize', spreadMarkers);
    spreadMarkers();
    setAnchors(elements);
    return () => {
      map.off('idle', spreadMarkers);
      map.off('movestart', showAllWhileMoving);
      map.off('moveend', spreadMarkers);
      map.off('resize', spreadMarkers);
      namesChanged.disconnect();
      cancelAnimationFrame(frame);
      for (const marker of markers.values()) marker.remove();
      setAnchors(NO_ANCHORS);
    };
  }, [map, sites, events]);
  return anchors;
}
