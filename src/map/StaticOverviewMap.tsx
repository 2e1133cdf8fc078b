// The map without WebGL: country outlines drawn as SVG and the same site buttons placed
// over them, so every site stays reachable and selectable.
import { useMemo } from 'react';
import { contextLabelsFor, OPENING_BOUNDS } from './map-frame';
import { type Frame, frameHeight, geometryPath, projectPoint } from './project';
import { SiteMarkerButton } from './SiteMarkerButton';
import { useCountries } from './use-countries';
import { useSiteMarkers } from './use-site-markers';

const FRAME: Frame = {
  west: OPENING_BOUNDS[0][0],
  south: OPENING_BOUNDS[0][1],
  east: OPENING_BOUNDS[1][0],
  north: OPENING_BOUNDS[1][1],
  width: 1000,
};
const HEIGHT = frameHeight(FRAME);

export function StaticOverviewMap() {
  const countries = useCountries();
  const markers = useSiteMarkers();
  const paths = useMemo(
    () =>
      (countries?.features ?? []).map((country, index) => ({
        key: String(country.id ?? index),
        d: geometryPath(FRAME, country.geometry),
      })),
    [countries],
  );
  const labels = contextLabelsFor(markers.map((marker) => marker.site.name));
  const place = (longitude: number, latitude: number) => {
    const [x, y] = projectPoint(FRAME, longitude, latitude);
    return {
      insetInlineStart: `${(x / FRAME.width) * 100}%`,
      insetBlockStart: `${(y / HEIGHT) * 100}%`,
    };
  };
  return (
    <div className="static-map" data-testid="static-map">
      <div className="static-map-frame">
        <svg
          viewBox={`0 0 ${FRAME.width} ${HEIGHT.toFixed(0)}`}
          aria-hidden="true"
          focusable="false"
          preserveAspectRatio="xMidYMid meet"
        >
          <rect width={FRAME.width} height={HEIGHT} className="static-map-sea" />
          <clipPath id="static-map-frame">
            <rect width={FRAME.width} height={HEIGHT} />
          </clipPath>
          <g clipPath="url(#static-map-frame)">
            {paths.map((path) => (
              <path key={path.key} d={path.d} className="static-map-land" />
            ))}
          </g>
        </svg>
        {labels.map((label) => (
          <span
            key={label.name}
            className="context-label static-placed"
            style={place(label.longitude, label.latitude)}
            aria-hidden="true"
          >
            {label.name}
          </span>
        ))}
        {markers
          .filter(
            (marker) => marker.site.longitude >= FRAME.west && marker.site.longitude <= FRAME.east,
          )
          .map((marker) => (
            <div
              key={marker.site.id}
              className="site-marker-anchor static-placed"
              style={place(marker.site.longitude, marker.site.latitude)}
            >
              <SiteMarkerButton marker={marker} />
            </div>
          ))}
      </div>
    </div>
  );
}
