// Moves site markers that would cover each other on screen apart, so every marker stays
// clickable at every zoom. Markers earlier in the list keep their place.
import type { Site } from '../data/types';

/** Closest two site markers may stand on screen, in CSS pixels. */
export const MARKER_SPACING_PX = 26;

/** Camps first, then cities, then the rest: earlier sites keep their exact place. */
export function byPlacementPriority(sites: readonly Site[]): Site[] {
  const rank = { camp: 0, city: 1, other: 2, country: 3 } as const;
  return [...sites].sort((a, b) => rank[a.kind] - rank[b.kind]);
}

interface ScreenPoint {
  readonly id: string;
  readonly x: number;
  readonly y: number;
}

/** Directions tried per ring of candidate nudges. */
const DIRECTIONS = 16;

/**
 * Candidate nudges at growing distances; within a ring, those pointing most nearly away from
 * the marker in the way come first, so a pushed marker keeps its side (Camp Liberty stays
 * west of Baghdad) instead of jumping across.
 */
function nudges(step: number, awayAngle: number): [number, number][] {
  const result: [number, number][] = [];
  for (let ring = 1; ring <= 4; ring += 1) {
    const angles = Array.from({ length: DIRECTIONS }, (_, index) => {
      const angle = (index * 2 * Math.PI) / DIRECTIONS;
      const turn = Math.abs(Math.atan2(Math.sin(angle - awayAngle), Math.cos(angle - awayAngle)));
      return { angle, turn };
    }).sort((a, b) => a.turn - b.turn);
    for (const { angle } of angles) {
      result.push([
        Math.round(Math.cos(angle) * step * ring),
        Math.round(Math.sin(angle) * step * ring),
      ]);
    }
  }
  return result;
}

/** The drawn map, in the points' pixels: nudges keep markers on it. */
export interface DeclutterFrame {
  readonly width: number;
  readonly height: number;
}

/**
 * Pixel offsets for the points that need one (others are absent from the result). With a
 * `frame`, a nudge never takes a marker further off it than its own point is (by the centre,
 * kept half a spacing in from the edge): a marker pushed off a small overview covered what
 * lay beside it.
 */
export function declutter(
  points: readonly ScreenPoint[],
  minimumDistance: number,
  frame?: DeclutterFrame,
): Map<string, [number, number]> {
  const inset = minimumDistance / 2;
  const beyondFrame = (x: number, y: number) =>
    frame
      ? Math.max(0, inset - x, x - (frame.width - inset)) +
        Math.max(0, inset - y, y - (frame.height - inset))
      : 0;
  const placed: { x: number; y: number }[] = [];
  const offsets = new Map<string, [number, number]>();
  const distance = (other: { x: number; y: number }, x: number, y: number) =>
    Math.hypot(other.x - x, other.y - y);
  const clear = (x: number, y: number) =>
    placed.every((other) => distance(other, x, y) >= minimumDistance);
  for (const point of points) {
    if (clear(point.x, point.y)) {
      placed.push({ x: point.x, y: point.y });
      continue;
    }
    const nearest = placed.reduce((best, other) =>
      distance(other, point.x, point.y) < distance(best, point.x, point.y) ? other : best,
    );
    // Exactly on top of another: push down and to the end, an arbitrary but stable choice.
    const awayAngle =
      nearest.x === point.x && nearest.y === point.y
        ? Math.PI / 4
        : Math.atan2(point.y - nearest.y, point.x - nearest.x);
    const limit = beyondFrame(point.x, point.y);
    const nudge = nudges(minimumDistance, awayAngle).find(
      ([dx, dy]) =>
        clear(point.x + dx, point.y + dy) && beyondFrame(point.x + dx, point.y + dy) <= limit,
    ) ?? [0, 0];
    offsets.set(point.id, nudge);
    placed.push({ x: point.x + nudge[0], y: point.y + nudge[1] });
  }
  return offsets;
}
