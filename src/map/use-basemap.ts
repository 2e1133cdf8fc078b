// The bundled basemap: the coarse country shapes at once, the detailed ones when they
// arrive. Reports when the first shapes are drawn (the map is "ready" for tests and users).
import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import { useEffect, useState } from 'react';
import { loadCountries } from './use-countries';
import { foldAttribution } from './use-map-instance';

/**
 * `loaded` is the map's 'load' (see use-map-instance); `online` is true when a hosted style
 * brings its own shapes: then only wait for it to draw.
 */
export function useBasemap(map: MapLibreMap | null, loaded: boolean, online: boolean): boolean {
  const [ready, setReady] = useState(false);
  useEffect(() => {
    if (!map || !loaded) return;
    let removed = false;
    const markReady = () => !removed && setReady(true);
    const source = () =>
      removed ? undefined : (map.getSource('countries') as GeoJSONSource | undefined);
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
          // Only now the detailed shapes: cut up at the same time, they would keep the map
          // busy (and the coarse ones undrawn) for seconds on a slow machine.
          loadCountries('detailed').then((detailed) => detailed && source()?.setData(detailed));
        });
      });
    }
    return () => {
      removed = true;
      map.off('idle', markReady);
      setReady(false);
    };
  }, [map, loaded, online]);
  return ready;
}
