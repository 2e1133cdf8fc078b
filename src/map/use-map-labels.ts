// The map's labels: the small context cities (as markers with text), and the classes that
// show every site's name or the context labels from a given zoom (see map.css).
import { type Map as MapLibreMap, Marker } from 'maplibre-gl';
import { useEffect } from 'react';
import type { Site } from '../data/types';
import { CONTEXT_LABEL_ZOOM, contextLabelsFor, LABEL_ALL_ZOOM } from './map-frame';

export function useMapLabels(map: MapLibreMap | null, sites: readonly Site[]): void {
  useEffect(() => {
    if (!map) return;
    const container = map.getContainer();
    const updateZoomClasses = () => {
      container.classList.toggle('labels-all', map.getZoom() >= LABEL_ALL_ZOOM);
      container.classList.toggle('context-labels-shown', map.getZoom() >= CONTEXT_LABEL_ZOOM);
    };
    map.on('zoomend', updateZoomClasses);
    updateZoomClasses();
    const labels = contextLabelsFor(sites.map((site) => site.name)).map((label) => {
      const element = document.createElement('div');
      element.className = 'context-label';
      element.setAttribute('aria-hidden', 'true');
      // MapLibre positions the element with an inline transform: shift the text inside it.
      const text = document.createElement('span');
      text.className = 'context-label-text';
      text.textContent = label.name;
      element.append(text);
      return new Marker({ element, anchor: 'center' })
        .setLngLat([label.longitude, label.latitude])
        .addTo(map);
    });
    return () => {
      map.off('zoomend', updateZoomClasses);
      for (const label of labels) label.remove();
    };
  }, [map, sites]);
}
