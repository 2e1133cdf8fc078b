// Pure: which timeline items show their title at the current zoom, on which row of their
// lane and on which side of the item. A title is shown whole or not at all: items whose
// title has no room (crowded years at coarse zoom) become compact marks on one strip below
// the lane's rows, and get their title back when zooming in makes room.

import { compareIds } from '../data/compare-ids';
import type { TimeWindow } from '../state/atlas-state';

export interface LabelledItem {
  readonly id: string;
  readonly lane: string;
  readonly startMs: number;
  readonly endMs: number;
  /** A point (a dot with its title beside it) rather than a span. */
  readonly point: boolean;
  readonly title: string;
  /** Wider by the ≠ mark. */
  readonly disputed?: boolean;
}

interface LabelLayoutOptions {
  readonly window: TimeWindow;
  /** Width of the items' area on screen, in CSS pixels. */
  readonly widthPx: number;
  /** Rendered width of a title, in CSS pixels. */
  readonly measure: (title: string) => number;
  /** How many rows of titles a lane may use. */
  readonly rowsFor: (lane: string) => number;
  /** An item placed before all others (the selected one), if any. */
  readonly firstId?: string | null;
  /**
   * Spans already drawn on the first row of a lane (the counts of events drawn when there
   * are very many): titles and marks keep clear of them.
   */
  readonly occupied?: readonly OccupiedSpan[];
}

export interface OccupiedSpan {
  readonly lane: string;
  readonly startMs: number;
  readonly endMs: number;
}

/**
 * The row an item goes on and where its title is: after the item ('end'), before it
 * ('start'), or none ('mark', a compact mark that found room on a row of titles); or
 * 'compact', a mark on the strip below the rows.
 */
export type Placement =
  | { readonly row: number; readonly side: 'end' | 'start' | 'mark' }
  | 'compact';

/** Room taken besides the title: category icon, gaps, padding, borders (see timeline.css). */
export const LABEL_EXTRA_PX = 36;
/** Room for the ≠ mark of an item whose sources disagree. */
export const DISPUTED_EXTRA_PX = 26;
/** Space between a point's dot (or a span's start) and a title on either side of it. */
const LEAD_PX = 12;
/** Half a point's dot: what it takes after its date when its title is before it. */
const DOT_PX = 6;
/** Least space between two titles on one row. */
const GAP_PX = 8;
/** Width of a compact mark (the category icon, or a dot and its icon). */
export const MARK_PX = 20;
/** Least space between a compact mark and anything else on its row. */
const MARK_GAP_PX = 2;

interface Extent {
  readonly startPx: number;
  readonly endPx: number;
}

/** The extents an item takes with its title after it, then before it; none when out of view. */
function extentsOf(item: LabelledItem, options: LabelLayoutOptions): Extent[] {
  const { window, widthPx } = options;
  const scale = widthPx / (window.endMs - window.startMs);
  const startPx = (item.startMs - window.startMs) * scale;
  const endPx = item.point ? startPx : (item.endMs - window.startMs) * scale;
  if (endPx < 0 || startPx > widthPx) return [];
  const label =
    options.measure(item.title) + LABEL_EXTRA_PX + (item.disputed ? DISPUTED_EXTRA_PX : 0);
  // A span's title starts where its visible part starts (vis-timeline keeps it in view); a
  // bar running past the window's end takes the row up to that edge only.
  const visibleStart = Math.max(0, startPx);
  const visibleEnd = Math.min(endPx, widthPx);
  const after = {
    startPx: visibleStart - (item.point ? LEAD_PX : 0),
    endPx: Math.max(visibleEnd, visibleStart + (item.point ? LEAD_PX : 0) + label),
  };
  const before = {
    startPx: startPx - LEAD_PX - label,
    endPx: Math.max(visibleEnd, startPx + (item.point ? DOT_PX : 0)),
  };
  return [after, before];
}

/** The extent of an item drawn as a compact mark, or null when it is out of view. */
function markExtentOf(item: LabelledItem, options: LabelLayoutOptions): Extent | null {
  const { window, widthPx } = options;
  const scale = widthPx / (window.endMs - window.startMs);
  const startPx = (item.startMs - window.startMs) * scale;
  const endPx = item.point ? startPx : (item.endMs - window.startMs) * scale;
  if (endPx < 0 || startPx > widthPx) return null;
  const visibleStart = Math.max(0, startPx);
  return item.point
    ? { startPx: startPx - LEAD_PX, endPx: startPx + MARK_PX }
    : { startPx: visibleStart, endPx: Math.max(Math.min(endPx, widthPx), visibleStart + MARK_PX) };
}

/**
 * Places items lane by lane in time order (the first id ahead of all): each goes on the
 * first row of its lane where its whole title fits, after the item or else before it,
 * clear of the titles already there and inside the window; when none has room it becomes
 * compact.
 */
export function layoutLabels(
  items: readonly LabelledItem[],
  options: LabelLayoutOptions,
): Map<string, Placement> {
  const ordered = [...items].sort(
    (a, b) =>
      Number(b.id === options.firstId) - Number(a.id === options.firstId) ||
      a.startMs - b.startMs ||
      compareIds(a.id, b.id),
  );
  const rows = new Map<string, Extent[][]>();
  const rowsOf = (lane: string) => {
    const laneRows =
      rows.get(lane) ?? Array.from({ length: Math.max(0, options.rowsFor(lane)) }, () => []);
    rows.set(lane, laneRows);
    return laneRows;
  };
  // The counts on each lane's first row.
  const counts = new Map<string, Extent[]>();
  const scale = options.widthPx / (options.window.endMs - options.window.startMs);
  for (const span of options.occupied ?? []) {
    const startPx = (span.startMs - options.window.startMs) * scale;
    const endPx = (span.endMs - options.window.startMs) * scale;
    if (endPx < 0 || startPx > options.widthPx) continue;
    counts.set(span.lane, [...(counts.get(span.lane) ?? []), { startPx, endPx }]);
  }
  const taken = (lane: string, row: number, placed: readonly Extent[], withCounts: boolean) =>
    withCounts && row === 0 ? [...placed, ...(counts.get(lane) ?? [])] : placed;
  const placements = new Map<string, Placement>();
  const inside = (extent: Extent) => extent.startPx >= 0 && extent.endPx <= options.widthPx;
  const clear = (extent: Extent, placed: readonly Extent[]) =>
    placed.every(
      (other) => extent.startPx >= other.endPx + GAP_PX || extent.endPx + GAP_PX <= other.startPx,
    );
  for (const item of ordered) {
    const [after, before] = extentsOf(item, options);
    const laneRows = rowsOf(item.lane);
    let placement: Placement = 'compact';
    // The selected item keeps its title over a count if no row has room beside the counts.
    const tries = item.id === options.firstId ? [true, false] : [true];
    for (const withCounts of tries) {
      for (const [row, placed] of laneRows.entries()) {
        const around = taken(item.lane, row, placed, withCounts);
        const side = after && inside(after) && clear(after, around) ? 'end' : null;
        const other = !side && before && inside(before) && clear(before, around) ? 'start' : null;
        const chosen = side ?? other;
        if (chosen) {
          placed.push(chosen === 'end' ? (after as Extent) : (before as Extent));
          placement = { row, side: chosen };
          break;
        }
      }
      if (placement !== 'compact') break;
    }
    placements.set(item.id, placement);
  }
  // Then the marks without a title go on a row where they touch nothing, so a lane needs
  // its strip of marks only where a crowd has no room left.
  const apart = (extent: Extent, placed: readonly Extent[]) =>
    placed.every(
      (other) =>
        extent.startPx >= other.endPx + MARK_GAP_PX || extent.endPx + MARK_GAP_PX <= other.startPx,
    );
  for (const item of ordered) {
    if (placements.get(item.id) !== 'compact') continue;
    const extent = markExtentOf(item, options);
    if (!extent) continue;
    const laneRows = rows.get(item.lane) ?? [];
    const row = laneRows.findIndex((placed, index) =>
      apart(extent, taken(item.lane, index, placed, true)),
    );
    if (row < 0) continue;
    laneRows[row]?.push(extent);
    placements.set(item.id, { row, side: 'mark' });
  }
  return placements;
}
