// The map without WebGL: country outlines drawn as SVG and the same site buttons placed
// over them, so every site stays reachable and selectable. It spans Europe too, so it leaves
// out the context city names, which would sit on top of the sites at this scale.

import { useEffect, useMemo, useRef, useState } from 'react';
import type { Site } from '../data/types';
import { strings } from '../i18n/strings';
import { byPlacementPriority, declutter, MARKER_SPACING_PX } from './declutter';
import { isInside, LABEL_SIDE, STATIC_MAP_BOUNDS } from './map-frame';
import { type Frame, frameHeight, geometryPath, projectPoint } from './project';
import { SiteMarkerButton } from './SiteMarkerButton';
import { useCountries } from './use-countries';
import { useSiteMarkers } from './use-site-markers';

const FRAME: Frame = {
  west: STATIC_MAP_BOUNDS[0][0],
  south: STATIC_MAP_BOUNDS[0][1],
  east: STATIC_MAP_BOUNDS[1][0],
  north: STATIC_MAP_BOUNDS[1][1],
  width: 1000,
};
const HEIGHT = frameHeight(FRAME);

/** The drawn width of the frame in CSS pixels, to keep markers apart on screen. */
function useRenderedWidth() {
  const ref = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(FRAME.width);
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const observer = new ResizeObserver(([entry]) => {
      if (entry) setWidth(entry.contentRect.width);
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return { ref, width };
}

/** Whether a site's name, on its usual side, would run off the map (a rough width guess). */
function nameOverflows(site: Site, offsetX: number, width: number): boolean {
  const [x] = projectPoint(FRAME, site.longitude, site.latitude);
  const placedX = (x / FRAME.width) * width + offsetX;
  const nameWidth = 16 + site.name.length * 8 + 32;
  const room = LABEL_SIDE[site.id] === 'start' ? placedX : width - placedX;
  return nameWidth > room;
}

export function StaticOverviewMap() {
  const countries = useCountries();
  const markers = useSiteMarkers();
  const { ref, width } = useRenderedWidth();
  const paths = useMemo(
    () =>
      (countries?.features ?? []).map((country, index) => ({
        key: String(country.id ?? index),
        d: geometryPath(FRAME, country.geometry),
      })),
    [countries],
  );
  const inside = markers.filter((marker) =>
    isInside(STATIC_MAP_BOUNDS, marker.site.longitude, marker.site.latitude),
  );
  const outside = markers.filter((marker) => !inside.includes(marker));
  const offsets = useMemo(() => {
    const scale = width / FRAME.width;
    const points = byPlacementPriority(inside.map((marker) => marker.site)).map((site) => {
      const [x, y] = projectPoint(FRAME, site.longitude, site.latitude);
      return { id: site.id, x: x * scale, y: y * scale };
    });
    return declutter(points, MARKER_SPACING_PX, { width, height: (HEIGHT / FRAME.width) * width });
  }, [inside, width]);
  const place = (longitude: number, latitude: number) => {
    const [x, y] = projectPoint(FRAME, longitude, latitude);
    return {
      insetInlineStart: `${(x / FRAME.width) * 100}%`,
      insetBlockStart: `${(y / HEIGHT) * 100}%`,
    };
  };
  return (
    <div className="static-map" data-testid="static-map">
      <div
        className="static-map-frame"
        data-testid="static-map-frame"
        ref={ref}
        style={{ aspectRatio: `${FRAME.width} / ${HEIGHT.toFixed(0)}` }}
      >
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
        {inside.map((marker) => {
          const [dx, dy] = offsets.get(marker.site.id) ?? [0, 0];
          return (
            <div
              key={marker.site.id}
              className="site-marker-anchor static-placed"
              style={{
                ...place(marker.site.longitude, marker.site.latitude),
                transform: `translate(${dx}px, ${dy}px)`,
              }}
              data-label-below={nameOverflows(marker.site, dx, width) || undefined}
            >
              <SiteMarkerButton marker={marker} />
            </div>
          );
        })}
      </div>
      {outside.length > 0 && (
        <div className="static-map-outside">
          <h2 id="static-map-outside-heading">{strings.sitesOutsideStaticMap}</h2>
          <ul aria-labelledby="static-map-outside-heading">
            {outside.map((marker) => (
              <li key={marker.site.id}>
                <SiteMarkerButton marker={marker} />
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
