// Pure: compact marks of one lane that fall within a few pixels of each other (events of the
// same day, or the same month at coarse zoom) were drawn exactly one over the other, and the
// lower one could not be clicked or tapped at all. Each such mark now sits a little to the
// right of the one before it (the `nudge-N` classes in timeline.css), so every mark keeps a
// part of its own that a pointer can reach; the first of them stays on its date.
import type { TimeWindow } from '../state/atlas-state';
import type { PlacedItem } from './label-placement';

/** How far each step of a nudge moves a mark, in CSS pixels (the `nudge-N` classes). */
export const NUDGE_PX = 14;
/** At most this many steps; a fourth mark on the same day shares the last step. */
export const MAX_NUDGE = 3;

const isCompactPoint = (item: PlacedItem) => item.subgroup === 'compact' && item.type === 'point';

/** The items with `nudge-N` added to the class of each compact point mark that needs moving. */
export function nudgeOverlappingMarks(
  items: readonly PlacedItem[],
  window: TimeWindow,
  widthPx: number,
): PlacedItem[] {
  const span = window.endMs - window.startMs;
  if (span <= 0 || widthPx <= 0) return [...items];
  const toPx = (ms: number) => ((ms - window.startMs) / span) * widthPx;
  const steps = new Map<string, number>();
  const byLane = new Map<string, PlacedItem[]>();
  for (const item of items) {
    if (!isCompactPoint(item)) continue;
    const lane = byLane.get(item.group) ?? [];
    lane.push(item);
    byLane.set(item.group, lane);
  }
  for (const marks of byLane.values()) {
    marks.sort((a, b) => a.start - b.start || a.id.localeCompare(b.id));
    let previousPx = Number.NEGATIVE_INFINITY;
    for (const mark of marks) {
      const px = toPx(mark.start);
      // The fewest steps that clear the previous mark as drawn, up to the last step.
      const needed = Math.ceil((previousPx + NUDGE_PX - px) / NUDGE_PX);
      const step = Math.min(MAX_NUDGE, Math.max(0, needed));
      if (step > 0) steps.set(mark.id, step);
      previousPx = px + step * NUDGE_PX;
    }
  }
  return items.map((item) => {
    const step = steps.get(item.id);
    return step === undefined ? item : { ...item, className: `${item.className} nudge-${step}` };
  });
}
