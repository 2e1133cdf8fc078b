// The bundled basemap: the coarse country shapes at once, the detailed ones once the map is
// zoomed in far enough to show the difference, or once the page is idle. Reports when the first shapes are drawn (the
// map is "ready" for tests and users).
import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import { useEffect, useState } from 'react';
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
 * `loaded` is the map's 'load' (see use-map-instance); `online` is true when a hosted style
 * brings its own shapes: then only wait for it to draw.
 */
export function useBasemap(map: MapLibreMap | null, loaded: boolean, online: boolean): boolean {
  const [ready, setReady] = useState(false);
  useEffect(() => {
    if (!map || !loaded) return;
    let removed = false;
    let detailRequested = false;
    let idleTimer: number | undefined;
    const markReady = () => !removed && setReady(true);
    const source = () =>
      removed ? undefined : (map.getSource('countries') as GeoJSONSource | undefined);
    const loadDetail = () => {
      if (removed || detailRequested) return;
      detailRequested = true;
      map.off('zoom', loadDetailWhenZoomedIn);
      loadCountries('detailed').then((detailed) => detailed && source()?.setData(detailed));
    };
    function loadDetailWhenZoomedIn() {
      if (map && map.getZoom() >= DETAILED_FROM_ZOOM) loadDetail();
    }
    if (online) {
      map.once('idle', markReady);
    } else {
      loadCountries('coarse').then((coarse) => {
        if (!coarse || removed) return;
        source()?.setData(coarse);
        map.once('idle', () => {
          // New source data unfolds the compact attribution again.
          if (removed) return;
          foldAttribution(map);
          markReady();
          // Only now the detailed shapes (cut up at the same time, they would keep the map
          // busy and the coarse ones undrawn on a slow machine): at once when zoomed in, else
          // on the first zoom in or when the page has been idle a while, whichever comes
          // first, so that their cost rarely lands on a visitor's first click.
          if (map.getZoom() >= DETAILED_FROM_ZOOM) loadDetail();
          else {
            map.on('zoom', loadDetailWhenZoomedIn);
            idleTimer = window.setTimeout(() => whenIdle(loadDetail), DETAILED_IDLE_AFTER_MS);
          }
        });
      });
    }
    return () => {
      removed = true;
      map.off('idle', markReady);
      map.off('zoom', loadDetailWhenZoomedIn);
      window.clearTimeout(idleTimer);
      setReady(false);
    };
  }, [map, loaded, online]);
  return ready;
}
