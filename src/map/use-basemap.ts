// The bundled basemap: the coarse country shapes in the map's first style, the detailed ones
// once the map is zoomed in far enough to show the difference, or once the page is idle.
// Reports when the first shapes are drawn (the map is "ready" for tests and users).
import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import { useEffect, useState } from 'react';
import type { CountryShapes } from './basemap';
import { loadCountries } from './use-countries';
import { foldAttribution } from './use-map-instance';

/**
 * From this zoom on, the detailed (1:50m) shapes replace the coarse (1:110m) ones. The
 * opening view (zoom about 2.7 to 3.8 from a phone to a 1920-pixel screen) keeps the coarse
 * ones: cutting up 750 KB of shapes there kept a slow machine busy for a second after the
 * map was drawn, for a difference of a pixel or two at that scale.
 */
export const DETAILED_FROM_ZOOM = 4;

/** Otherwise they load in the first idle moment this long after the map is drawn (ms). */
const DETAILED_IDLE_AFTER_MS = 3000;

/** Runs `task` when the browser is idle (within 10 s), or on a timer where it cannot tell. */
function whenIdle(task: () => void): void {
  if (typeof window.requestIdleCallback === 'function') {
    window.requestIdleCallback(task, { timeout: 10_000 });
  } else setTimeout(task, 0);
}

/**
 * Where the basemap's shapes come from: a hosted style that brings its own, the bundled
 * coarse shapes already in the map's first style (see MapView), the bundled shapes still on
 * their way when the map could wait no longer ('late': added when they come), or none (they
 * could not be loaded: the map shows the sea and the sites, and is never reported drawn).
 */
export type BasemapShapes = 'hosted' | 'bundled' | 'late' | 'missing';

/** True once the map has drawn its first style with its shapes. */
export function useBasemap(map: MapLibreMap | null, shapes: BasemapShapes): boolean {
  const [ready, setReady] = useState(false);
  useEffect(() => {
    if (!map || shapes === 'missing') return;
    let removed = false;
    let detailRequested = false;
    let idleTimer: number | undefined;
    const loadDetail = () => {
      if (removed || detailRequested) return;
      detailRequested = true;
      map.off('zoom', loadDetailWhenZoomedIn);
      loadCountries('detailed').then((detailed) => {
        if (detailed && !removed)
          (map.getSource('countries') as GeoJSONSource | undefined)?.setData(detailed);
      });
    };
    function loadDetailWhenZoomedIn() {
      if (map && map.getZoom() >= DETAILED_FROM_ZOOM) loadDetail();
    }
    // Attached as the map is created, before its style loads: the first 'idle' comes once
    // the first style is drawn with every source's data.
    const drawn = () => {
      if (removed) return;
      // New source data unfolds the compact attribution again.
      foldAttribution(map);
      setReady(true);
      if (shapes === 'hosted') return;
      // Only now the detailed shapes (cut up at the same time, they would keep the map busy
      // and the coarse ones undrawn on a slow machine): at once when zoomed in, else on the
      // first zoom in or when the page has been idle a while, whichever comes first, so that
      // their cost rarely lands on a visitor's first click.
      if (map.getZoom() >= DETAILED_FROM_ZOOM) loadDetail();
      else {
        map.on('zoom', loadDetailWhenZoomedIn);
        idleTimer = window.setTimeout(() => whenIdle(loadDetail), DETAILED_IDLE_AFTER_MS);
      }
    };
    if (shapes === 'late') {
      // Drawn once the shapes have come and been drawn; the style must exist to take them.
      const addShapes = (coarse: CountryShapes | null) => {
        if (removed || !coarse) return;
        const add = () => {
          if (removed) return;
          (map.getSource('countries') as GeoJSONSource | undefined)?.setData(coarse);
          map.once('idle', drawn);
        };
        if (map.getSource('countries')) add();
        else map.once('load', add);
      };
      loadCountries('coarse').then(addShapes);
    } else map.once('idle', drawn);
    return () => {
      removed = true;
      map.off('idle', drawn);
      map.off('zoom', loadDetailWhenZoomedIn);
      window.clearTimeout(idleTimer);
      setReady(false);
    };
  }, [map, shapes]);
  return ready;
}
