// Pure: the line of a move's arc on the map and where its arrowhead points. An arc is a
// gentle curve (a quadratic Bézier in longitude/latitude) that starts and ends exactly on
// its two places, so arcs between the same places can be told apart and the direction
// reads from the bend and the arrowhead. Antimeridian-safe: the destination's longitude is
// unwrapped to within 180° of the origin, so an arc never crosses the whole world.

export type LonLat = readonly [number, number];

/** Points along an arc: enough that a curve across Europe looks smooth at any zoom. */
export const ARC_SEGMENTS = 48;

/** How far the curve bows out, as a share of the distance between its ends. */
const BEND = 0.18;

/** The destination's longitude moved by ±360° where that makes the arc shorter. */
export function unwrapLongitude(fromLongitude: number, toLongitude: number): number {
  let longitude = toLongitude;
  while (longitude - fromLongitude > 180) longitude -= 360;
  while (longitude - fromLongitude < -180) longitude += 360;
  return longitude;
}

/**
 * The arc from `origin` to `destination` as `segments + 1` points, the first and last exactly
 * the two places (the last with its longitude unwrapped, see above). `lane` bows arcs between
 * the same two places to alternate sides, further out for each (0, 1, 2 …).
 */
export function arcLine(
  origin: LonLat,
  destination: LonLat,
  lane = 0,
  segments = ARC_SEGMENTS,
): LonLat[] {
  const [x0, y0] = origin;
  const x1 = unwrapLongitude(x0, destination[0]);
  const y1 = destination[1];
  const dx = x1 - x0;
  const dy = y1 - y0;
  // Always bow to the left of the direction of travel, more for later lanes.
  const bend = BEND * (1 + lane * 0.8);
  const controlX = (x0 + x1) / 2 - dy * bend;
  const controlY = (y0 + y1) / 2 + dx * bend;
  const points: LonLat[] = [];
  for (let index = 0; index <= segments; index++) {
    const t = index / segments;
    const a = (1 - t) * (1 - t);
    const b = 2 * (1 - t) * t;
    const c = t * t;
    points.push([a * x0 + b * controlX + c * x1, a * y0 + b * controlY + c * y1]);
  }
  // Exact ends, free of rounding in the sums above.
  points[0] = [x0, y0];
  points[segments] = [x1, y1];
  return points;
}

/** Web Mercator y for a latitude (radians of the projection, unscaled). */
function mercatorY(latitude: number): number {
  const phi = (Math.max(-85, Math.min(85, latitude)) * Math.PI) / 180;
  return Math.log(Math.tan(Math.PI / 4 + phi / 2));
}

/**
 * The compass bearing (degrees clockwise from north, as on the map) of the arc's last
 * segment, for rotating its arrowhead on a Web Mercator map.
 */
export function arrivalBearing(line: readonly LonLat[]): number {
  const last = line[line.length - 1];
  const before = line[line.length - 2];
  if (!last || !before) return 0;
  const east = ((last[0] - before[0]) * Math.PI) / 180;
  const north = mercatorY(last[1]) - mercatorY(before[1]);
  const degrees = (Math.atan2(east, north) * 180) / Math.PI;
  return (degrees + 360) % 360;
}
