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
import { embedStrings } from '../i18n/embed-strings';
import { strings } from '../i18n/strings';
import { useDataset } from '../state/store-context';
import { basemapStyle } from './basemap';
import { byPlacementPriority, declutter, MARKER_SPACING_PX } from './declutter';
import { MapLegend } from './MapLegend';
import {
  CONTEXT_LABEL_ZOOM,
  contextLabelsFor,
  LABEL_ALL_ZOOM,
  LABEL_SIDE,
  OPENING_BOUNDS,
} from './map-frame';
import { SiteMarkerButton } from './SiteMarkerButton';
import { StaticOverviewMap } from './StaticOverviewMap';
import { sitesInStoryOrder } from './site-order';
import { loadCountries } from './use-countries';
import { prefersReducedMotion, useFlyToSelection } from './use-fly-to-selection';
import { useSiteMarkers } from './use-site-markers';
import { supportsWebGl2 } from './webgl-support';
import './map.css';

setWorkerUrl(workerUrl);

/** An online style chosen at build time; empty means the bundled offline basemap. */
const ONLINE_STYLE_URL: string = import.meta.env.ATLAS_MAP_STYLE_URL ?? '';

/** Space between a dot's centre and its name, in CSS pixels (see map.css). */
const LABEL_GAP_PX = 16;

/** How long the map pans to a marker that receives focus off screen, in milliseconds. */
const FOCUS_PAN_MS = 250;

/** Room kept around a focused marker so its name shows, in CSS pixels. */
const FOCUS_MARGIN_PX = 48;

interface MapViewProps {
  /**
   * Leave the plain wheel and one-finger drags to the page around the map (Ctrl/⌘ + wheel
   * or two fingers move it, with a short hint): for a map inside a frame or a long page.
   */
  readonly cooperative?: boolean;
}

export function MapView({ cooperative = false }: MapViewProps) {
  const [webGlFailed, setWebGlFailed] = useState(() => !supportsWebGl2());
  if (webGlFailed) {
    return (
      <section className="map-view" aria-label={strings.mapRegionLabel} data-testid="map-view">
        <p className="map-fallback-notice" role="status" data-testid="map-fallback-notice">
          {strings.mapUnavailable}
        </p>
        <StaticOverviewMap />
        <MapLegend />
      </section>
    );
  }
  return <WebGlMap cooperative={cooperative} onFailure={() => setWebGlFailed(true)} />;
}

function WebGlMap({ cooperative, onFailure }: { cooperative: boolean; onFailure: () => void }) {
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
        cooperativeGestures: cooperative,
        locale: {
          'CooperativeGesturesHandler.WindowsHelpText': embedStrings.mapHintWindows,
          'CooperativeGesturesHandler.MacHelpText': embedStrings.mapHintMac,
          'CooperativeGesturesHandler.MobileHelpText': embedStrings.mapHintTouch,
        },
      });
    } catch {
      onFailureRef.current();
      return;
    }
    instance.touchZoomRotate.disableRotation();
    instance.addControl(new NavigationControl({ showCompass: false }), 'top-right');
    instance.addControl(new AttributionControl({ compact: true }), 'bottom-right');
    // The compact attribution opens itself once the style names its sources, and would cover
    // the sites in Iraq: fold it (the ⓘ button unfolds it).
    const foldAttribution = () =>
      instance
        .getContainer()
        .querySelector('.maplibregl-ctrl-attrib')
        ?.classList.remove('maplibregl-compact-show');
    instance.on('error', (event) => {
      if (!instance.loaded() && /webgl/i.test(String(event.error?.message))) onFailureRef.current();
    });
    let removed = false;
    instance.on('load', () => {
      foldAttribution();
      if (ONLINE_STYLE_URL) {
        instance.once('idle', () => setReady(true));
        return;
      }
      // Draw the coarse shapes at once, then swap in the detailed ones when they arrive.
      const source = () =>
        removed ? undefined : (instance.getSource('countries') as GeoJSONSource | undefined);
      loadCountries('coarse').then((coarse) => {
        if (!coarse) return;
        source()?.setData(coarse);
        instance.once('idle', () => {
          // New source data unfolds the compact attribution again.
          foldAttribution();
          setReady(true);
        });
        loadCountries('detailed').then((detailed) => detailed && source()?.setData(detailed));
      });
    });
    const updateZoomClass = () => {
      container.classList.toggle('labels-all', instance.getZoom() >= LABEL_ALL_ZOOM);
      container.classList.toggle('context-labels-shown', instance.getZoom() >= CONTEXT_LABEL_ZOOM);
    };
    instance.on('zoomend', updateZoomClass);
    updateZoomClass();
    // Focusing a marker outside the view makes the browser scroll the clipped map box, which
    // would shift the canvas away from the markers: undo that scroll and pan instead.
    const keepUnscrolled = () => {
      container.scrollTop = 0;
      container.scrollLeft = 0;
    };
    container.addEventListener('scroll', keepUnscrolled);

    const elements = new Map<string, HTMLElement>();
    const created: Marker[] = [];
    const siteMarkers = new Map<string, Marker>();
    // Markers are added in story order, which is the order Tab reaches them.
    for (const site of sitesInStoryOrder(dataset.sites, dataset.events)) {
      const element = document.createElement('div');
      element.className = 'site-marker-anchor';
      element.addEventListener('focusin', () => {
        keepUnscrolled();
        const { x, y } = instance.project([site.longitude, site.latitude]);
        const { clientWidth, clientHeight } = container;
        const margin = Math.min(FOCUS_MARGIN_PX, clientWidth / 4, clientHeight / 4);
        const outside =
          x < margin || y < margin || x > clientWidth - margin || y > clientHeight - margin;
        // A short pan, not a flight: a keyboard user tabbing along the markers should not wait.
        if (outside) {
          instance.easeTo({
            center: [site.longitude, site.latitude],
            duration: prefersReducedMotion() ? 0 : FOCUS_PAN_MS,
          });
        }
      });
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
      const points = byPlacementPriority(dataset.sites).map((site) => {
        const { x, y } = instance.project([site.longitude, site.latitude]);
        return { id: site.id, x, y };
      });
      const offsets = declutter(points, MARKER_SPACING_PX);
      for (const point of points) {
        const offset = offsets.get(point.id) ?? [0, 0];
        siteMarkers.get(point.id)?.setOffset(offset);
        // A name that would run off the map's edge is moved below its dot (Baghdad on a phone).
        const element = elements.get(point.id);
        const name = element?.querySelector<HTMLElement>('.site-marker-name');
        if (!element || !name) continue;
        const x = point.x + offset[0];
        const room = LABEL_SIDE[point.id] === 'start' ? x : container.clientWidth - x;
        element.toggleAttribute('data-label-below', name.offsetWidth + LABEL_GAP_PX > room);
      }
    };
    instance.once('idle', spreadMarkers);
    instance.on('zoomend', spreadMarkers);
    instance.on('resize', spreadMarkers);
    spreadMarkers();
    for (const label of contextLabelsFor(dataset.sites.map((site) => site.name))) {
      const element = document.createElement('div');
      element.className = 'context-label';
      element.setAttribute('aria-hidden', 'true');
      // MapLibre positions the element with an inline transform: shift the text inside it.
      const text = document.createElement('span');
      text.className = 'context-label-text';
      text.textContent = label.name;
      element.append(text);
      created.push(
        new Marker({ element, anchor: 'center' })
          .setLngLat([label.longitude, label.latitude])
          .addTo(instance),
      );
    }
    setMarkerElements(elements);
    setMap(instance);
    return () => {
      container.removeEventListener('scroll', keepUnscrolled);
      for (const marker of created) marker.remove();
      removed = true;
      instance.remove();
      setMap(null);
      setReady(false);
    };
  }, [dataset.sites, dataset.events, cooperative]);

  useFlyToSelection(map);

  return (
    <section className="map-view" aria-label={strings.mapRegionLabel} data-testid="map-view">
      <div
        ref={containerRef}
        className="map-canvas-container"
        data-testid="map-canvas-container"
        data-map-ready={ready}
      />
      <MapLegend />
      {markers.map((marker) => {
        const element = markerElements.get(marker.site.id);
        return element
          ? createPortal(<SiteMarkerButton marker={marker} />, element, marker.site.id)
          : null;
      })}
    </section>
  );
}
