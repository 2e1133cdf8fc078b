// The map instance: created once in an effect and removed in its cleanup (StrictMode's
// second mount gets a fresh one), with its controls. Other pieces add to it once it exists.
import {
  AttributionControl,
  Map as MapLibreMap,
  NavigationControl,
  prewarm,
  type StyleSpecification,
  setWorkerUrl,
} from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?worker&url';
import { type RefObject, useEffect, useRef, useState } from 'react';
import { embedStrings } from '../i18n/embed-strings';
import { OPENING_BOUNDS } from './map-frame';

setWorkerUrl(workerUrl);

/**
 * Starts the map's worker now instead of when the map is created: it loads and compiles its
 * script while the page fetches the basemap's shapes, which the map waits for (see MapView).
 */
export function startMapWorker(): void {
  prewarm();
}

/**
 * The compact attribution opens itself once the style names its sources, and whenever new
 * source data arrives, and would cover the sites in Iraq: fold it (the ⓘ button unfolds it).
 */
export function foldAttribution(map: MapLibreMap): void {
  map
    .getContainer()
    .querySelector('.maplibregl-ctrl-attrib')
    ?.classList.remove('maplibregl-compact-show');
}

interface MapInstance {
  readonly map: MapLibreMap | null;
  /** True from the map's 'load' event: its style and sources exist and may be changed. */
  readonly loaded: boolean;
}

interface MapInstanceOptions {
  /** Read once: the map is never re-created for a new style. */
  readonly style: string | StyleSpecification;
  /**
   * Leave the plain wheel and one-finger drags to the page around the map (Ctrl/⌘ + wheel
   * or two fingers move it, with a short hint). Changing it re-creates the map.
   */
  readonly cooperative: boolean;
  /** Called when WebGL fails, at creation or before the first 'load'. */
  readonly onFailure: () => void;
}

export function useMapInstance(
  containerRef: RefObject<HTMLDivElement | null>,
  { style, cooperative, onFailure }: MapInstanceOptions,
): MapInstance {
  const [map, setMap] = useState<MapLibreMap | null>(null);
  // Remembered here, once: map.isStyleLoaded() turns false again whenever tiles reload, so
  // a piece that attaches after 'load' could not tell it had already happened.
  const [loaded, setLoaded] = useState(false);
  const onFailureRef = useRef(onFailure);
  onFailureRef.current = onFailure;
  const styleRef = useRef(style);

  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    let instance: MapLibreMap;
    try {
      instance = new MapLibreMap({
        container,
        style: styleRef.current,
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
    instance.on('load', () => {
      foldAttribution(instance);
      setLoaded(true);
    });
    instance.on('error', (event) => {
      if (!instance.loaded() && /webgl/i.test(String(event.error?.message))) onFailureRef.current();
    });
    // Focusing a marker outside the view makes the browser scroll the clipped map box, which
    // would shift the canvas away from the markers: undo that scroll (markers pan instead).
    const keepUnscrolled = () => {
      container.scrollTop = 0;
      container.scrollLeft = 0;
    };
    container.addEventListener('scroll', keepUnscrolled);
    setMap(instance);
    return () => {
      container.removeEventListener('scroll', keepUnscrolled);
      instance.remove();
      setMap(null);
      setLoaded(false);
    };
  }, [containerRef, cooperative]);

  return { map, loaded };
}
