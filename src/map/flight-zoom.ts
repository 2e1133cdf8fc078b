// The zoom a flight to a site ends at: the site's own zoom, changed as little as needed so
// that no other site's marker ends cut by the map's edge. A neighbour is either clearly in
// view or clearly out of it. Flying to Camp Ashraf at zoom 7 on a projector put Camp
// Liberty's marker on the map's lower edge, half under the residents chart's line.

/** A marker's half-size, from its centre to its rim (the count badge and its ring). */
export const MARKER_RADIUS_PX = 20;
/** How far inside the map's edge a neighbour's centre must be to count as in view. */
export const IN_VIEW_CLEARANCE_PX = 40;
/** The flight may zoom out this much, or in this much, from the site's own zoom. */
export const ZOOM_OUT_AT_MOST = 1;
export const ZOOM_IN_AT_MOST = 0.5;

/** A point's position in pixels on Web Mercator's world at a zoom (MapLibre's 512 px tiles). */
export function mercatorPixels(
  longitude: number,
  latitude: number,
  zoom: number,
): [number, number] {
  const worldSize = 512 * 2 ** zoom;
  const sine = Math.sin((latitude * Math.PI) / 180);
  const x = ((longitude + 180) / 360) * worldSize;
  const y = (0.5 - Math.log((1 + sine) / (1 - sine)) / (4 * Math.PI)) * worldSize;
  return [x, y];
}

export interface FlightZoomInput {
  /** The zoom the site would be shown at by itself. */
  readonly zoom: number;
  /** Each other site's offset from the site flown to, in pixels at that zoom. */
  readonly offsets: readonly (readonly [number, number])[];
  /** The map's box, with the site flown to at its centre. */
  readonly width: number;
  readonly height: number;
}

/**
 * The scales (relative to the site's own zoom) at which a neighbour's marker is cut by the
 * edge: above the largest scale at which it is well inside, below the smallest at which it
 * is wholly outside.
 */
function cutScales(
  [dx, dy]: readonly [number, number],
  width: number,
  height: number,
): [number, number] {
  const scaleFor = (halfRoom: number, offset: number) =>
    offset === 0 ? Number.POSITIVE_INFINITY : halfRoom / Math.abs(offset);
  const inside = Math.min(
    scaleFor(width / 2 - IN_VIEW_CLEARANCE_PX, dx),
    scaleFor(height / 2 - IN_VIEW_CLEARANCE_PX, dy),
  );
  const outside = Math.min(
    scaleFor(width / 2 + MARKER_RADIUS_PX, dx),
    scaleFor(height / 2 + MARKER_RADIUS_PX, dy),
  );
  return [inside, outside];
}

/**
 * The zoom closest to the site's own at which every other site is clearly in view or clearly
 * out; the site's own zoom when none within the allowed range is (a crowded map).
 */
export function flightZoom({ zoom, offsets, width, height }: FlightZoomInput): number {
  if (width <= 2 * IN_VIEW_CLEARANCE_PX || height <= 2 * IN_VIEW_CLEARANCE_PX) return zoom;
  const cut = offsets.map((offset) => cutScales(offset, width, height));
  const isClear = (scale: number) =>
    cut.every(([inside, outside]) => scale <= inside || scale >= outside);
  const lowest = 2 ** -ZOOM_OUT_AT_MOST;
  const highest = 2 ** ZOOM_IN_AT_MOST;
  const candidates = [1, ...cut.flat()].filter(
    (scale) => scale >= lowest && scale <= highest && isClear(scale),
  );
  if (candidates.length === 0) return zoom;
  // The least change of zoom; between two as close, the one that keeps the neighbour in view.
  const best = candidates.reduce((chosen, scale) => {
    const change = Math.abs(Math.log2(scale));
    const chosenChange = Math.abs(Math.log2(chosen));
    return change < chosenChange || (change === chosenChange && scale < chosen) ? scale : chosen;
  });
  return zoom + Math.log2(best);
}
