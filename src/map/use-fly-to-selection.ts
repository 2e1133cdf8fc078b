// Moves the map to the selected event's site, or to the selected site, when someone other
// than the map chose it: the map never re-applies a selection it made itself.
import type { Map as MapLibreMap } from 'maplibre-gl';
import { useEffect } from 'react';
import type { Site } from '../data/types';
import { findEvent, findSite } from '../state/selectors';
import { useAtlasState, useDataset } from '../state/store-context';
import { prefersReducedMotion } from '../theme/motion';
import { afterNextPaint } from './after-next-paint';
import { flightZoom, mercatorPixels } from './flight-zoom';

/** Zoom used when flying to a site, by kind: a camp or city up close, a country whole. */
const FLY_ZOOM = { camp: 7, city: 7, country: 5, other: 6 } as const;

/**
 * The zoom for a site in this map's box: its kind's, changed as little as needed so that no
 * other site's marker ends cut by the map's edge (flight-zoom.ts).
 */
function zoomFor(map: MapLibreMap, site: Site, sites: readonly Site[]): number {
  const zoom = FLY_ZOOM[site.kind];
  const [x, y] = mercatorPixels(site.longitude, site.latitude, zoom);
  const offsets = sites
    .filter((other) => other.id !== site.id)
    .map((other) => {
      const [otherX, otherY] = mercatorPixels(other.longitude, other.latitude, zoom);
      return [otherX - x, otherY - y] as const;
    });
  const { clientWidth: width, clientHeight: height } = map.getContainer();
  return flightZoom({ zoom, offsets, width, height });
}

/** Centres the map on a site, without animation for readers who asked for less motion. */
function moveToSite(map: MapLibreMap, site: Site, sites: readonly Site[]) {
  const camera = {
    center: [site.longitude, site.latitude] as [number, number],
    zoom: zoomFor(map, site, sites),
  };
  if (prefersReducedMotion()) map.jumpTo(camera);
  else map.flyTo({ ...camera, duration: 1200, essential: false });
}

export function useFlyToSelection(map: MapLibreMap | null) {
  const dataset = useDataset();
  const selectedEventId = useAtlasState((state) => state.selectedEventId);
  const selectedSiteId = useAtlasState((state) => state.selectedSiteId);
  const selectionOrigin = useAtlasState((state) => state.selectionOrigin);
  // A tour step may ask for its own view (all of Europe, say) instead of the site's.
  const camera = useAtlasState((state) => state.camera);
  useEffect(() => {
    if (!map || selectionOrigin === 'map') return;
    const move = () => {
      const site = camera
        ? undefined
        : findSite(dataset, findEvent(dataset, selectedEventId)?.siteId ?? selectedSiteId);
      // Nothing to move to (the opening view, a closed selection): the map keeps its view and
      // is not measured, since a resize clears its picture and has it drawn again.
      if (!camera && !site) return;
      // The same choice may have opened the details beside the map, so the map box is
      // narrower than MapLibre last measured (its resize observer reports later): measure it
      // now, or the flight would centre the site in the old, wider box.
      map.resize();
      if (camera) {
        const target = {
          center: [camera.center[0], camera.center[1]] as [number, number],
          zoom: camera.zoom,
        };
        if (prefersReducedMotion()) map.jumpTo(target);
        else map.flyTo({ ...target, duration: 1200, essential: false });
      } else if (site) moveToSite(map, site, dataset.sites);
    };
    return afterNextPaint(move);
  }, [map, dataset, selectedEventId, selectedSiteId, selectionOrigin, camera]);
}
