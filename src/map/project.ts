// An equirectangular projection for the static overview map (no WebGL), scaled by the
// cosine of the middle latitude so shapes look as on the WebGL map.
import type { Geometry, Position } from 'geojson';

export interface Frame {
  readonly west: number;
  readonly south: number;
  readonly east: number;
  readonly north: number;
  readonly width: number;
}

export function frameHeight(frame: Frame): number {
  const middle = ((frame.north + frame.south) / 2) * (Math.PI / 180);
  return (
    (frame.width * (frame.north - frame.south)) / ((frame.east - frame.west) * Math.cos(middle))
  );
}

/** [x, y] in the frame's pixel box for a [longitude, latitude]. */
export function projectPoint(frame: Frame, longitude: number, latitude: number): [number, number] {
  const x = ((longitude - frame.west) / (frame.east - frame.west)) * frame.width;
  const y = ((frame.north - latitude) / (frame.north - frame.south)) * frameHeight(frame);
  return [x, y];
}

function ringPath(frame: Frame, ring: readonly Position[]): string {
  return `${ring
    .map((position, index) => {
      const [x, y] = projectPoint(frame, position[0] ?? 0, position[1] ?? 0);
      return `${index === 0 ? 'M' : 'L'}${x.toFixed(1)} ${y.toFixed(1)}`;
    })
    .join('')}Z`;
}

/** An SVG path for a (multi)polygon; other geometries give ''. */
export function geometryPath(frame: Frame, geometry: Geometry | null): string {
  if (!geometry) return '';
  if (geometry.type === 'Polygon')
    return geometry.coordinates.map((ring) => ringPath(frame, ring)).join('');
  if (geometry.type === 'MultiPolygon') {
    return geometry.coordinates
      .flatMap((polygon) => polygon.map((ring) => ringPath(frame, ring)))
      .join('');
  }
  return '';
}
