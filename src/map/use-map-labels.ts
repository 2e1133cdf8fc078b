// The map's reference labels (reference-places.ts): nearby cities and country names as
// markers with text, each from its own zoom; and the class that shows every site's name
// from a given zoom (see map.css).
import { type Map as MapLibreMap, Marker } from 'maplibre-gl';
import { useEffect } from 'react';
import type { Site } from '../data/types';
import { LABEL_ALL_ZOOM } from './map-frame';
import { referencePlacesFor } from './reference-places';

export function useMapLabels(map: MapLibreMap | null, sites: readonly Site[]): void {
  useEffect(() => {
    if (!map) return;
    const container = map.getContainer();
    const labels = referencePlacesFor(sites.map((site) => site.name)).map((place) => {
      const element = document.createElement('div');
      element.className = `reference-label is-${place.kind}`;
      element.setAttribute('aria-hidden', 'true');
      // MapLibre positions the element with an inline transform: shift the text inside it.
      const text = document.createElement('span');
      text.className = 'reference-label-text';
      text.textContent = place.name;
      element.append(text);
      const marker = new Marker({ element, anchor: 'center' })
        .setLngLat([place.longitude, place.latitude])
        .addTo(map);
      return { element, minZoom: place.minZoom, maxZoom: place.maxZoom, marker };
    });
    const updateZoom = () => {
      const zoom = map.getZoom();
      container.classList.toggle('labels-all', zoom >= LABEL_ALL_ZOOM);
      for (const label of labels) {
        label.element.hidden = zoom < label.minZoom || zoom >= label.maxZoom;
      }
    };
    map.on('zoomend', updateZoom);
    updateZoom();
    return () => {
      map.off('zoomend', updateZoom);
      for (const label of labels) label.marker.remove();
    };
  }, [map, sites]);
}
