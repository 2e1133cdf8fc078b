// The map without WebGL: country outlines drawn as SVG and the same site buttons placed
// over them, so every site stays reachable and selectable. It spans Europe too, so it leaves
// out the context city names, which would sit on top of the sites at this scale.

import { type ReactNode, useEffect, useLayoutEffect, useMemo, useState } from 'react';
import { strings } from '../i18n/strings';
import { byPlacementPriority, declutter, MARKER_SPACING_PX } from './declutter';
import { isInside, LABEL_SIDE, STATIC_MAP_BOUNDS } from './map-frame';
import { type LabelSide, type MarkerLabel, placeMarkerLabels } from './marker-labels';
import { type Frame, frameHeight, geometryPath, projectPoint } from './project';
import { SiteMarkerButton } from './SiteMarkerButton';
import { useCountries } from './use-countries';
import { type SiteMarkerState, useSiteMarkers } from './use-site-markers';

const FRAME: Frame = {
  west: STATIC_MAP_BOUNDS[0][0],
  south: STATIC_MAP_BOUNDS[0][1],
  east: STATIC_MAP_BOUNDS[1][0],
  north: STATIC_MAP_BOUNDS[1][1],
  width: 1000,
};
const HEIGHT = frameHeight(FRAME);

/** The drawn width of the frame in CSS pixels, to keep markers apart on screen. */
function useRenderedWidth(frame: HTMLDivElement | null) {
  const [width, setWidth] = useState(FRAME.width);
  useEffect(() => {
    if (!frame) return;
    const observer = new ResizeObserver(([entry]) => {
      if (entry) setWidth(entry.contentRect.width);
    });
    observer.observe(frame);
    return () => observer.disconnect();
  }, [frame]);
  return width;
}

function sameSides(
  a: ReadonlyMap<string, LabelSide | null>,
  b: ReadonlyMap<string, LabelSide | null>,
): boolean {
  return a.size === b.size && [...a].every(([id, side]) => b.get(id) === side);
}

/**
 * The side of each shown name (the camps, the cities and the selected site), measured once
 * the markers are placed, so that no name runs off the overview or covers another marker:
 * the live map's rule (marker-labels.ts), except that a name with no free side may cover a
 * dot that shows no name. A name with no room even so shows only on hover, focus and
 * selection (map.css).
 */
function useNameSides(
  frame: HTMLDivElement | null,
  offsets: ReadonlyMap<string, readonly [number, number]>,
  markers: readonly SiteMarkerState[],
) {
  const [sides, setSides] = useState<ReadonlyMap<string, LabelSide | null>>(new Map());
  // biome-ignore lint/correctness/useExhaustiveDependencies: the markers are measured from the page; offsets say when they moved
  useLayoutEffect(() => {
    if (!frame) return;
    // Names may run past the overview's sides onto the region around it (a wide window), not
    // past its top or bottom (the notice, the list of sites outside it).
    const picture = frame.getBoundingClientRect();
    const region = frame.parentElement?.getBoundingClientRect() ?? picture;
    const bounds = {
      left: region.left,
      top: picture.top,
      width: region.width,
      height: picture.height,
    };
    const labels: MarkerLabel[] = [];
    for (const anchor of frame.querySelectorAll<HTMLElement>('.site-marker-anchor')) {
      const id = anchor.dataset.siteId;
      const dot = anchor.querySelector('.site-marker-dot')?.getBoundingClientRect();
      const name = anchor.querySelector<HTMLElement>('.site-marker-name');
      if (!id || !dot) continue;
      labels.push({
        id,
        x: dot.left + dot.width / 2 - bounds.left,
        y: dot.top + dot.height / 2 - bounds.top,
        // A hidden name (display: none) measures 0 × 0: its dot still keeps the others off.
        width: name?.offsetWidth ?? 0,
        height: name?.offsetHeight ?? 0,
        preferred: LABEL_SIDE[id],
        // The camps, the cities and the chosen site are named even over a country's dot.
        essential: true,
        chosen: anchor.querySelector('.site-marker.is-selected') !== null,
      });
    }
    // The chosen site's name first, then the camps', then the cities', as the markers were
    // placed.
    const order = byPlacementPriority(markers.map((marker) => marker.site)).map((site) => site.id);
    const rank = (label: MarkerLabel) => (label.chosen ? -1 : order.indexOf(label.id));
    labels.sort((a, b) => rank(a) - rank(b));
    const next = placeMarkerLabels(labels, bounds.width, bounds.height);
    setSides((current) => (sameSides(current, next) ? current : next));
  }, [frame, offsets, markers]);
  return sides;
}

interface StaticOverviewMapProps {
  /** Why the map is drawn this way: shown first, or beside the overview where it is short. */
  readonly notice?: ReactNode;
}

export function StaticOverviewMap({ notice }: StaticOverviewMapProps) {
  const countries = useCountries();
  const markers = useSiteMarkers();
  const [frame, setFrame] = useState<HTMLDivElement | null>(null);
  const width = useRenderedWidth(frame);
  const paths = useMemo(
    () =>
      (countries?.features ?? []).map((country, index) => ({
        key: String(country.id ?? index),
        d: geometryPath(FRAME, country.geometry),
      })),
    [countries],
  );
  // Kept between renders: the declutter and the names' measuring below follow it.
  const inside = useMemo(
    () =>
      markers.filter((marker) =>
        isInside(STATIC_MAP_BOUNDS, marker.site.longitude, marker.site.latitude),
      ),
    [markers],
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
  const nameSides = useNameSides(frame, offsets, markers);
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
        ref={setFrame}
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
              data-site-id={marker.site.id}
              data-label-side={nameSides.get(marker.site.id) ?? undefined}
            >
              <SiteMarkerButton marker={marker} />
            </div>
          );
        })}
      </div>
      <div className="static-map-side">
        {notice}
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
    </div>
  );
}
