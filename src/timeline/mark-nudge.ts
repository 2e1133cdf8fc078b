// Pure: compact marks of one lane that fall within a few pixels of each other (events of the
// same day, or the same month at coarse zoom) were drawn exactly one over the other, and the
// lower one could not be clicked or tapped at all. Each such mark now sits a little to the
// right of the one before it (the `nudge-N` classes in timeline.css), so every mark keeps a
// part of its own that a pointer can reach; the first of them stays on its date. Near the
// right edge a run of such marks moves left instead, so none is pushed out of sight. A span
// drawn no wider than a mark (a month at coarse zoom) is one of them: its icon is all of it a
// pointer has, and it lay under the marks of its days.

import { compareIds } from '../data/compare-ids';
import type { TimeWindow } from '../state/atlas-state';
import { MARK_PX } from './label-layout';
import type { PlacedItem } from './label-placement';

/** How far each step of a nudge moves a mark, in CSS pixels (the `nudge-N` classes). */
export const NUDGE_PX = 14;
/** At most this many steps; a fourth mark on the same day shares the last step. */
export const MAX_NUDGE = 3;

/** A span of the strip drawn no wider than a mark: its icon is all a pointer has of it. */
export const SHORT_SPAN_CLASS = 'is-short-span';

/** The strip's marks: points, and spans drawn no wider than a mark (a month at coarse zoom). */
function isCompactMark(item: PlacedItem, toPx: (ms: number) => number): boolean {
  if (item.subgroup !== 'compact') return false;
  if (item.type === 'point') return true;
  return item.end !== undefined && toPx(item.end) - toPx(item.start) < MARK_PX;
}

/**
 * Steps for one lane's marks (in time order) that would overlap: each moves right of the one
 * before it; a run of marks that would then leave the right edge moves left instead, its last
 * mark staying on its date. Negative steps move left.
 */
function stepsOfLane(positionsPx: readonly number[], widthPx: number): number[] {
  const steps: number[] = [];
  let runStart = 0;
  let previousPx = Number.NEGATIVE_INFINITY;
  const settleRun = (end: number) => {
    const last = end - 1;
    const lastPx = (positionsPx[last] ?? 0) + (steps[last] ?? 0) * NUDGE_PX;
    if (last <= runStart || lastPx + MARK_PX <= widthPx) return;
    let nextPx = positionsPx[last] ?? 0;
    steps[last] = 0;
    for (let index = last - 1; index >= runStart; index -= 1) {
      const px = positionsPx[index] ?? 0;
      const needed = Math.ceil((px - (nextPx - NUDGE_PX)) / NUDGE_PX);
      const step = Math.min(MAX_NUDGE, Math.max(0, needed));
      steps[index] = -step;
      nextPx = px - step * NUDGE_PX;
    }
  };
  positionsPx.forEach((px, index) => {
    // The fewest steps that clear the previous mark as drawn, up to the last step.
    const needed = Math.ceil((previousPx + NUDGE_PX - px) / NUDGE_PX);
    const step = Math.min(MAX_NUDGE, Math.max(0, needed));
    if (step === 0) {
      settleRun(index);
      runStart = index;
    }
    steps[index] = step;
    previousPx = px + step * NUDGE_PX;
  });
  settleRun(positionsPx.length);
  return steps;
}

/** The items with `nudge-N` (right) or `nudge-back-N` (left) added to each compact point mark that needs moving. */
export function nudgeOverlappingMarks(
  items: readonly PlacedItem[],
  window: TimeWindow,
  widthPx: number,
): PlacedItem[] {
  const span = window.endMs - window.startMs;
  if (span <= 0 || widthPx <= 0) return [...items];
  const toPx = (ms: number) => ((ms - window.startMs) / span) * widthPx;
  const byLane = new Map<string, PlacedItem[]>();
  for (const item of items) {
    if (!isCompactMark(item, toPx)) continue;
    const lane = byLane.get(item.group) ?? [];
    lane.push(item);
    byLane.set(item.group, lane);
  }
  const classes = new Map<string, string>();
  for (const marks of byLane.values()) {
    // A point's icon and a span's are both drawn from the item's date on (timeline.css).
    marks.sort((a, b) => a.start - b.start || compareIds(a.id, b.id));
    const steps = stepsOfLane(
      marks.map((mark) => toPx(mark.start)),
      widthPx,
    );
    marks.forEach((mark, index) => {
      const step = steps[index] ?? 0;
      const added = [
        mark.type === 'range' ? SHORT_SPAN_CLASS : '',
        step > 0 ? `nudge-${step}` : step < 0 ? `nudge-back-${-step}` : '',
      ].filter(Boolean);
      if (added.length > 0) classes.set(mark.id, added.join(' '));
    });
  }
  return items.map((item) => {
    const added = classes.get(item.id);
    return added === undefined ? item : { ...item, className: `${item.className} ${added}` };
  });
}
