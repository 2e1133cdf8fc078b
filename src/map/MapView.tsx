// The map: the one component that drives MapLibre, through small pieces in this folder that
// each own one thing, as react-map-gl does: the instance and its controls (use-map-instance),
// the basemap (use-basemap), the site markers (use-marker-anchors, filled with React buttons
// through portals), the labels (use-map-labels), the scale bar (use-scale-bar), the flight to the selection
// (use-fly-to-selection) and the camera written on the container (use-camera-attributes).
// Without WebGL it shows the static overview map instead, with the same chart and list of moves.
//
// A new layer or control is one more hook of the same shape: `useSomething(map)` (plus
// `loaded` if it adds sources or layers) that adds its part in an effect and removes it in
// the effect's cleanup; it must not touch what another piece owns.
import 'maplibre-gl/dist/maplibre-gl.css';
import { lazy, use, useEffect, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { reportFirstViewShown } from '../app/first-view';
import { strings } from '../i18n/strings';
import { MoveArcList } from '../movement/MoveArcList';
import { useVisibleMoves } from '../movement/move-selectors';
import { useDataset } from '../state/store-context';
import { basemapStyle, type CountryShapes } from './basemap';
import { MapLegend } from './MapLegend';
import { MoveEdgeLabels } from './MoveEdgeLabels';
import { moveArcSource, withMoveArcs } from './move-arc-style';
import { SiteMarkerButton } from './SiteMarkerButton';
import { StaticOverviewMap } from './StaticOverviewMap';
import { type BasemapShapes, useBasemap } from './use-basemap';
import { useCameraAttributes } from './use-camera-attributes';
import { loadCountries } from './use-countries';
import { useFlyToSelection } from './use-fly-to-selection';
import { startMapWorker, useMapInstance } from './use-map-instance';
import { useMapLabels } from './use-map-labels';
import { useMarkerAnchors } from './use-marker-anchors';
import { useMoveArcs } from './use-move-arcs';
import { useScaleBar } from './use-scale-bar';
import { useSiteMarkers } from './use-site-markers';
import { supportsWebGl2 } from './webgl-support';
import './map.css';
import { PartBoundary } from '../app/PartBoundary';

// The residents chart comes after the map has what it needs to draw.
const ResidentsChart = lazy(() =>
  import('../movement/ResidentsChart').then((module) => ({ default: module.ResidentsChart })),
);

/** An online style chosen at build time; empty means the bundled offline basemap. */
const ONLINE_STYLE_URL: string = import.meta.env.ATLAS_MAP_STYLE_URL ?? '';

/**
 * How long the map waits for the bundled shapes before it is drawn without them (they are
 * added when they come): a stalled request must not keep the sites and the moves off screen.
 */
const SHAPES_WAIT_MS = 2500;

/**
 * The bundled shapes, fetched as soon as the map's code is here. The map waits for them, so
 * that its first style has the countries and the arcs: each source and layer added after the
 * first drawing costs more frames, and with software WebGL each frame can hold the page for
 * tens of milliseconds. 'late' when they have not come within SHAPES_WAIT_MS.
 */
const bundledShapes: Promise<CountryShapes | null | 'late'> | null = ONLINE_STYLE_URL
  ? null
  : Promise.race([
      loadCountries('coarse'),
      new Promise<'late'>((resolve) => setTimeout(() => resolve('late'), SHAPES_WAIT_MS)),
    ]);

/** Asked once, when the map's code loads; without WebGL the static map stands in. */
const webGlAvailable = supportsWebGl2();
if (webGlAvailable) startMapWorker();

interface MapViewProps {
  /**
   * Leave the plain wheel and one-finger drags to the page around the map (Ctrl/⌘ + wheel
   * or two fingers move it, with a short hint): for a map inside a frame or a long page.
   */
  readonly cooperative?: boolean;
}

export function MapView({ cooperative = false }: MapViewProps) {
  const [webGlFailed, setWebGlFailed] = useState(!webGlAvailable);
  useEffect(() => {
    if (webGlFailed) reportFirstViewShown();
  }, [webGlFailed]);
  if (webGlFailed) {
    return (
      <section
        className="map-view is-static"
        aria-label={strings.mapRegionLabel}
        data-testid="map-view"
      >
        <StaticOverviewMap
          notice={
            <p className="map-fallback-notice" role="status" data-testid="map-fallback-notice">
              {strings.mapUnavailable}
            </p>
          }
        />
        {/* The chart and the list of moves need no WebGL: a machine without it keeps them.
            The chart goes under the overview, not over it, which has no room to spare. */}
        <PartBoundary part={strings.parts.residentsChart}>
          <ResidentsChart />
        </PartBoundary>
        <MapLegend />
        <MoveArcList />
      </section>
    );
  }
  return <WebGlMap cooperative={cooperative} onFailure={() => setWebGlFailed(true)} />;
}

function WebGlMap({ cooperative, onFailure }: { cooperative: boolean; onFailure: () => void }) {
  const dataset = useDataset();
  const containerRef = useRef<HTMLDivElement>(null);
  const waited = bundledShapes ? use(bundledShapes) : null;
  const countries = waited === 'late' ? null : waited;
  const shapes: BasemapShapes = ONLINE_STYLE_URL
    ? 'hosted'
    : waited === 'late'
      ? 'late'
      : countries
        ? 'bundled'
        : 'missing';
  const visibleMoves = useVisibleMoves();
  // Read once, when the map is created; the moves of a later window are set by use-move-arcs.
  const [firstStyle] = useState(
    () =>
      ONLINE_STYLE_URL ||
      withMoveArcs(
        basemapStyle(countries),
        moveArcSource(dataset.moves, dataset.sites),
        visibleMoves.map((move) => move.id),
      ),
  );
  const { map, loaded } = useMapInstance(containerRef, {
    style: firstStyle,
    cooperative,
    onFailure,
  });
  const ready = useBasemap(map, shapes);
  const anchors = useMarkerAnchors(map, dataset.sites, dataset.events);
  useMapLabels(map, dataset.sites);
  useScaleBar(map);
  useCameraAttributes(map);
  useFlyToSelection(map);
  const edgeLabels = useMoveArcs(map, loaded);
  const markers = useSiteMarkers();
  useEffect(() => {
    if (ready) reportFirstViewShown();
  }, [ready]);

  return (
    <section className="map-view" aria-label={strings.mapRegionLabel} data-testid="map-view">
      <div className="map-stage">
        <div
          ref={containerRef}
          className="map-canvas-container"
          data-testid="map-canvas-container"
          // The map pans with the arrow keys: the page's own keys leave them to it here.
          data-own-keys=""
          data-map-ready={ready}
        />
        <MoveEdgeLabels labels={edgeLabels} />
        {/* Until the chart's code is here, its folded line's room is kept (residents-chart.css),
            so that the map does not shrink under a flight already begun. */}
        <PartBoundary
          part={strings.parts.residentsChart}
          loading={<div className="residents-chart-slot" aria-hidden="true" />}
        >
          <ResidentsChart />
        </PartBoundary>
      </div>
      <MapLegend />
      <MoveArcList />
      {markers.map((marker) => {
        const element = anchors.get(marker.site.id);
        return element
          ? createPortal(<SiteMarkerButton marker={marker} />, element, marker.site.id)
          : null;
      })}
    </section>
  );
}
