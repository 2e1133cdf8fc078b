// The map: the one module that drives MapLibre. It creates the map once, adds the bundled
// basemap, puts one React-rendered button per site into MapLibre markers, and flies to the
// selected event's site. Without WebGL it shows the static overview map instead.
import 'maplibre-gl/dist/maplibre-gl.css';
import {
  AttributionControl,
  type GeoJSONSource,
  Map as MapLibreMap,
  Marker,
  NavigationControl,
  setWorkerUrl,
} from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?worker&url';
import { useEffect, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import type { Site } from '../data/types';
import { strings } from '../i18n/strings';
import { findEvent, findSite } from '../state/selectors';
import { useAtlasState, useDataset } from '../state/store-context';
import { basemapStyle } from './basemap';
import { declutter } from './declutter';
import { contextLabelsFor, LABEL_ALL_ZOOM, OPENING_BOUNDS } from './map-frame';
import { SiteMarkerButton } from './SiteMarkerButton';
import { StaticOverviewMap } from './StaticOverviewMap';
import { loadCountries } from './use-countries';
import { useSiteMarkers } from './use-site-markers';
import { supportsWebGl2 } from './webgl-support';
import './map.css';

setWorkerUrl(workerUrl);

/** An online style chosen at build time; empty means the bundled offline basemap. */
const ONLINE_STYLE_URL: string = import.meta.env.ATLAS_MAP_STYLE_URL ?? '';

/** Closest two site markers may stand on screen, in CSS pixels. */
const MARKER_SPACING_PX = 26;

/** Camps first, then cities, then the rest: earlier sites keep their exact place. */
function prioritisedSites(sites: readonly Site[]): Site[] {
  const rank = { camp: 0, city: 1, other: 2, country: 3 } as const;
  return [...sites].sort((a, b) => rank[a.kind] - rank[b.kind]);
}

/** Zoom used when flying to a site, by kind. */
const FLY_ZOOM = { camp: 7, city: 6.5, country: 4.5, other: 6 } as const;

export function MapView() {
  const [webGlFailed, setWebGlFailed] = useState(() => !supportsWebGl2());
  if (webGlFailed) {
    return (
      <section className="map-view" aria-label={strings.mapRegionLabel} data-testid="map-view">
        <p className="map-fallback-notice" role="status" data-testid="map-fallback-notice">
          {strings.mapUnavailable}
        </p>
        <StaticOverviewMap />
      </section>
    );
  }
  return <WebGlMap onFailure={() => setWebGlFailed(true)} />;
}

function WebGlMap({ onFailure }: { onFailure: () => void }) {
  const dataset = useDataset();
  const containerRef = useRef<HTMLDivElement>(null);
  const [map, setMap] = useState<MapLibreMap | null>(null);
  const [markerElements, setMarkerElements] = useState<ReadonlyMap<string, HTMLElement>>(new Map());
  const [ready, setReady] = useState(false);
  const onFailureRef = useRef(onFailure);
  onFailureRef.current = onFailure;
  const markers = useSiteMarkers();

  // Create the map and its markers once; StrictMode's second mount gets fresh ones.
  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    let instance: MapLibreMap;
    try {
      instance = new MapLibreMap({
        container,
        style: ONLINE_STYLE_URL || basemapStyle(null),
        bounds: OPENING_BOUNDS,
        fitBoundsOptions: { padding: 16 },
        attributionControl: false,
        dragRotate: false,
        pitchWithRotate: false,
        renderWorldCopies: false,
      });
    } catch {
      onFailureRef.current();
      return;
    }
    instance.touchZoomRotate.disableRotation();
    instance.addControl(new NavigationControl({ showCompass: false }), 'top-right');
    instance.addControl(new AttributionControl({ compact: true }), 'bottom-right');
    // The compact attribution starts unfolded and would cover the sites in Iraq on a phone.
    instance
      .getContainer()
      .querySelector('.maplibregl-ctrl-attrib')
      ?.classList.remove('maplibregl-compact-show');
    instance.on('error', (event) => {
      if (!instance.loaded() && /webgl/i.test(String(event.error?.message))) onFailureRef.current();
    });
    instance.on('load', () => {
      if (ONLINE_STYLE_URL) {
        instance.once('idle', () => setReady(true));
        return;
      }
      loadCountries().then((countries) => {
        if (!countries) return;
        (instance.getSource('countries') as GeoJSONSource | undefined)?.setData(countries);
        instance.once('idle', () => setReady(true));
      });
    });
    const updateZoomClass = () =>
      container.classList.toggle('labels-all', instance.getZoom() >= LABEL_ALL_ZOOM);
    instance.on('zoomend', updateZoomClass);
    updateZoomClass();

    const elements = new Map<string, HTMLElement>();
    const created: Marker[] = [];
    const siteMarkers = new Map<string, Marker>();
    for (const site of dataset.sites) {
      const element = document.createElement('div');
      element.className = 'site-marker-anchor';
      elements.set(site.id, element);
      const marker = new Marker({ element, anchor: 'center' })
        .setLngLat([site.longitude, site.latitude])
        .addTo(instance);
      siteMarkers.set(site.id, marker);
      created.push(marker);
    }
    // Sites a few kilometres apart (Camp Liberty and Baghdad) share a pixel when zoomed out:
    // nudge the later ones aside so each stays visible and clickable.
    const spreadMarkers = () => {
      const points = prioritisedSites(dataset.sites).map((site) => {
        const { x, y } = instance.project([site.longitude, site.latitude]);
        return { id: site.id, x, y };
      });
      const offsets = declutter(points, MARKER_SPACING_PX);
      for (const [id, marker] of siteMarkers) marker.setOffset(offsets.get(id) ?? [0, 0]);
    };
    instance.on('zoomend', spreadMarkers);
    instance.on('resize', spreadMarkers);
    spreadMarkers();
    for (const label of contextLabelsFor(dataset.sites.map((site) => site.name))) {
      const element = document.createElement('div');
      element.className = 'context-label';
      element.setAttribute('aria-hidden', 'true');
      element.textContent = label.name;
      created.push(
        new Marker({ element, anchor: 'center' })
          .setLngLat([label.longitude, label.latitude])
          .addTo(instance),
      );
    }
    setMarkerElements(elements);
    setMap(instance);
    return () => {
      for (const marker of created) marker.remove();
      instance.remove();
      setMap(null);
      setReady(false);
    };
  }, [dataset.sites]);

  useFlyToSelection(map);

  return (
    <section className="map-view" aria-label={strings.mapRegionLabel} data-testid="map-view">
      <div
        ref={containerRef}
        className="map-canvas-container"
        data-testid="map-canvas-container"
        data-map-ready={ready}
      />
      {markers.map((marker) => {
        const element = markerElements.get(marker.site.id);
        return element
          ? createPortal(<SiteMarkerButton marker={marker} />, element, marker.site.id)
          : null;
      })}
    </section>
  );
}

/** Flies to the selected event's site, or to the selected site, whoever chose it. */
function useFlyToSelection(map: MapLibreMap | null) {
  const dataset = useDataset();
  const selectedEventId = useAtlasState((state) => state.selectedEventId);
  const selectedSiteId = useAtlasState((state) => state.selectedSiteId);
  useEffect(() => {
    if (!map) return;
    const siteId = findEvent(dataset, selectedEventId)?.siteId ?? selectedSiteId;
    const site = findSite(dataset, siteId);
    if (!site) return;
    const camera = {
      center: [site.longitude, site.latitude] as [number, number],
      zoom: FLY_ZOOM[site.kind],
    };
    if (window.matchMedia('(prefers-reduced-motion: reduce)').matches) map.jumpTo(camera);
    else map.flyTo({ ...camera, duration: 1200 });
  }, [map, dataset, selectedEventId, selectedSiteId]);
}
