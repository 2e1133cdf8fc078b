// Moves site markers that would cover each other on screen apart, so every marker stays
// clickable at every zoom. Markers earlier in the list keep their place.

export interface ScreenPoint {
  readonly id: string;
  readonly x: number;
  readonly y: number;
}

/** Candidate nudges, tried in order: around the point at growing distances. */
function nudges(step: number): [number, number][] {
  const result: [number, number][] = [];
  for (let ring = 1; ring <= 4; ring += 1) {
    for (let index = 0; index < 8; index += 1) {
      const angle = Math.PI / 4 + (index * Math.PI) / 4;
      result.push([
        Math.round(Math.cos(angle) * step * ring),
        Math.round(Math.sin(angle) * step * ring),
      ]);
    }
  }
  return result;
}

/** Pixel offsets for the points that need one (others are absent from the result). */
export function declutter(
  points: readonly ScreenPoint[],
  minimumDistance: number,
): Map<string, [number, number]> {
  const placed: { x: number; y: number }[] = [];
  const offsets = new Map<string, [number, number]>();
  const clear = (x: number, y: number) =>
    placed.every((other) => Math.hypot(other.x - x, other.y - y) >= minimumDistance);
  for (const point of points) {
    if (clear(point.x, point.y)) {
      placed.push({ x: point.x, y: point.y });
      continue;
    }
    const nudge = nudges(minimumDistance).find(([dx, dy]) => clear(point.x + dx, point.y + dy)) ?? [
      0, 0,
    ];
    offsets.set(point.id, nudge);
    placed.push({ x: point.x + nudge[0], y: point.y + nudge[1] });
  }
  return offsets;
}
