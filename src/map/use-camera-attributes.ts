// Writes the map's settled centre and zoom on its container as data attributes, so the
// browser tests (and anyone inspecting the page) can check where the map looks.
import type { Map as MapLibreMap } from 'maplibre-gl';
import { useEffect } from 'react';

/** Decimal places kept: about 10 m of longitude or latitude. */
const DEGREE_DIGITS = 4;

export function useCameraAttributes(map: MapLibreMap | null): void {
  useEffect(() => {
    if (!map) return;
    const container = map.getContainer();
    const write = () => {
      const { lng, lat } = map.getCenter();
      container.dataset.centerLongitude = lng.toFixed(DEGREE_DIGITS);
      container.dataset.centerLatitude = lat.toFixed(DEGREE_DIGITS);
      container.dataset.zoom = map.getZoom().toFixed(2);
    };
    write();
    map.on('moveend', write);
    return () => {
      map.off('moveend', write);
    };
  }, [map]);
}
