// Pure: which timeline items show their title at the current zoom, and on which row of their
// lane. A title is shown whole or not at all: items whose title has no room (crowded years
// at coarse zoom, or a title that would run off the edge) become compact marks on one strip
// below the lane's rows, and get their title back when zooming in makes room.
import type { TimeWindow } from '../state/atlas-state';

export interface LabelledItem {
  readonly id: string;
  readonly lane: string;
  readonly startMs: number;
  readonly endMs: number;
  /** A point (a dot with its title beside it) rather than a span. */
  readonly point: boolean;
  readonly title: string;
}

export interface LabelLayoutOptions {
  readonly window: TimeWindow;
  /** Width of the items' area on screen, in CSS pixels. */
  readonly widthPx: number;
  /** Rendered width of a title, in CSS pixels. */
  readonly measure: (title: string) => number;
  /** How many rows of titles a lane may use. */
  readonly rowsFor: (lane: string) => number;
  /** An item placed before all others (the selected one), if any. */
  readonly firstId?: string | null;
}

/** The row an item's title goes on, or 'compact' for a mark without a title. */
export type Placement = number | 'compact';

/** Room taken besides the title: category icon, gaps, padding, borders (see timeline.css). */
export const LABEL_EXTRA_PX = 36;
/** Space a point's dot takes before its title. */
const POINT_LEAD_PX = 8;
/** Least space between two titles on one row. */
const GAP_PX = 8;

interface Extent {
  readonly startPx: number;
  readonly endPx: number;
}

/** The screen extent an item takes with its title shown, or null when it is out of view. */
function extentOf(item: LabelledItem, options: LabelLayoutOptions): Extent | null {
  const { window, widthPx } = options;
  const scale = widthPx / (window.endMs - window.startMs);
  const startPx = (item.startMs - window.startMs) * scale;
  const endPx = (item.endMs - window.startMs) * scale;
  if (endPx < 0 || startPx > widthPx) return null;
  const label = options.measure(item.title) + LABEL_EXTRA_PX;
  if (item.point) return { startPx: startPx - POINT_LEAD_PX, endPx: startPx + label };
  // A span's title starts where its visible part starts (vis-timeline keeps it in view).
  const visibleStart = Math.max(0, startPx);
  return { startPx: visibleStart, endPx: Math.max(endPx, visibleStart + label) };
}

/**
 * Places items lane by lane in time order (the first id ahead of all): each goes on the
 * first row of its lane where its whole title fits after the titles already there and
 * before the right edge; when none has room it becomes compact.
 */
export function layoutLabels(
  items: readonly LabelledItem[],
  options: LabelLayoutOptions,
): Map<string, Placement> {
  const ordered = [...items].sort(
    (a, b) =>
      Number(b.id === options.firstId) - Number(a.id === options.firstId) ||
      a.startMs - b.startMs ||
      a.id.localeCompare(b.id),
  );
  const rows = new Map<string, Extent[][]>();
  const placements = new Map<string, Placement>();
  for (const item of ordered) {
    const extent = extentOf(item, options);
    const fits = extent !== null && extent.startPx >= 0 && extent.endPx <= options.widthPx;
    const laneRows =
      rows.get(item.lane) ??
      Array.from({ length: Math.max(0, options.rowsFor(item.lane)) }, () => []);
    rows.set(item.lane, laneRows);
    const row = fits
      ? laneRows.findIndex((placed) =>
          placed.every(
            (other) =>
              extent.startPx >= other.endPx + GAP_PX || extent.endPx + GAP_PX <= other.startPx,
          ),
        )
      : -1;
    if (row < 0 || !extent) {
      placements.set(item.id, 'compact');
      continue;
    }
    laneRows[row]?.push(extent);
    placements.set(item.id, row);
  }
  return placements;
}
