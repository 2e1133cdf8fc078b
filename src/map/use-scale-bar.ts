// The scale bar (MapLibre's ScaleControl, in kilometres): after a flight to a site the reader
// can tell a few kilometres from a few hundred.
import { type Map as MapLibreMap, ScaleControl } from 'maplibre-gl';
import { useEffect } from 'react';

/** Longest the bar may grow, in CSS pixels. */
const SCALE_MAX_WIDTH_PX = 120;

export function useScaleBar(map: MapLibreMap | null): void {
  useEffect(() => {
    if (!map) return;
    const scale = new ScaleControl({ maxWidth: SCALE_MAX_WIDTH_PX, unit: 'metric' });
    // Bottom right, above the attribution: the residents chart takes the bottom left.
    map.addControl(scale, 'bottom-right');
    return () => {
      // On unmount the map may already be removed, and with it its controls.
      if (map.hasControl(scale)) map.removeControl(scale);
    };
  }, [map]);
}
