// Pure: which moves the map shows for a time window, and the width of each arc.
import type { Move } from '../data/types';
import type { TimeWindow } from '../state/atlas-state';

/** A move shows while any part of its date or period lies in the window. */
export function movesInWindow(moves: readonly Move[], window: TimeWindow): readonly Move[] {
  return moves.filter((move) => move.startMs < window.endMs && move.endMs > window.startMs);
}

/** The largest number any document gives for the move, or null: never a sum or an average. */
export function largestCount(move: Move): number | null {
  const counts = move.claims.flatMap((claim) => (claim.count === undefined ? [] : [claim.count]));
  return counts.length === 0 ? null : Math.max(...counts);
}

/** Arc width in CSS pixels: 2 without a number, up to 8 for the largest moves (square root). */
export function arcWidth(count: number | null): number {
  if (count === null) return 2;
  return Math.min(8, 2 + Math.sqrt(count) / 6);
}
