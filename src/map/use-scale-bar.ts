// The scale bar (MapLibre's ScaleControl, in kilometres): after a flight to a site the reader
// can tell a few kilometres from a few hundred. It is left out of the overview: on a Mercator
// map of Europe and the Middle East one kilometre is drawn 1.7 times longer at Oslo (60° N)
// than at Baghdad (33° N), so no one bar is right across it, and on a phone it would cover
// the camps' markers in the map's lower corner.
import { type Map as MapLibreMap, ScaleControl } from 'maplibre-gl';
import { useEffect } from 'react';

/** Longest the bar may grow, in CSS pixels. */
const SCALE_MAX_WIDTH_PX = 120;

/**
 * The bar shows from this zoom on: a view a few hundred kilometres across, where the scale
 * changes little from its top to its bottom. The opening overview is at about 2.7–3.8; a
 * flight to a country stops at 5, to a camp or a city at 7.
 */
export const SCALE_FROM_ZOOM = 4.5;

export function useScaleBar(map: MapLibreMap | null): void {
  useEffect(() => {
    if (!map) return;
    const scale = new ScaleControl({ maxWidth: SCALE_MAX_WIDTH_PX, unit: 'metric' });
    // Bottom right, above the attribution: the residents chart takes the bottom left.
    map.addControl(scale, 'bottom-right');
    const showOrHide = () => {
      const bar = map.getContainer().querySelector<HTMLElement>('.maplibregl-ctrl-scale');
      if (bar) bar.style.display = map.getZoom() >= SCALE_FROM_ZOOM ? '' : 'none';
    };
    showOrHide();
    map.on('zoomend', showOrHide);
    return () => {
      map.off('zoomend', showOrHide);
      // On unmount the map may already be removed, and with it its controls.
      if (map.hasControl(scale)) map.removeControl(scale);
    };
  }, [map]);
}
