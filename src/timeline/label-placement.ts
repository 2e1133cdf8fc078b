// Pure: applies the label layout (label-layout.ts) to the items the timeline draws. Each item
// goes into its lane (lanes.ts) and onto a row of it (a vis-timeline subgroup); an item
// whose title has no room becomes a compact mark on the lane's last row, where marks of the
// same day are nudged apart (mark-nudge.ts) and spans of the same period stacked
// (span-stacks.ts).
import type { Site } from '../data/types';
import type { TimeWindow } from '../state/atlas-state';
import { type LabelledItem, layoutLabels, type Placement } from './label-layout';
import { campRowsFor, laneOfSite, rowsOfLane } from './lanes';
import { nudgeOverlappingMarks } from './mark-nudge';
import { type StackedItem, stackIdenticalSpans } from './span-stacks';
import type { TimelineItemData } from './timeline-items';

/** An item as drawn: in its lane, on its row. */
export type PlacedItem = TimelineItemData & {
  /** The row of its lane (vis-timeline subgroup). */
  readonly subgroup: string;
  /** Orders the rows of a lane: title rows first, the compact strip last. */
  readonly row: number;
};

/** The row of compact marks, below every row of titles. */
export const COMPACT_ROW = 99;

export interface PlacementContext {
  readonly sites: ReadonlyMap<string, Site>;
  /** Lanes other than the camps that get two rows of titles. */
  readonly crowdedLanes?: ReadonlySet<string>;
  readonly window: TimeWindow;
  /** Width of the items' area on screen, in CSS pixels (0 before the first layout). */
  readonly widthPx: number;
  /** Height the lanes have on screen, in CSS pixels: a tall timeline gives camps more rows. */
  readonly heightPx?: number;
  /** Rendered width of a title, in CSS pixels. */
  readonly measure: (title: string) => number;
  /** Placed before all others, so the chosen event keeps its title even in a crowded year. */
  readonly selectedId: string | null;
}

/** The title an item shows (an event's or an outside fact's), if any. */
function titleOf(item: TimelineItemData): string | undefined {
  return item.label.kind === 'period' ? undefined : item.label.title;
}

function laneOfItem(item: TimelineItemData, sites: ReadonlyMap<string, Site>): string {
  const site = sites.get(item.group);
  return site ? laneOfSite(site) : item.group;
}

function placed(item: TimelineItemData, lane: string, placement: Placement): PlacedItem {
  if (placement === 'compact') {
    return {
      ...item,
      group: lane,
      subgroup: 'compact',
      row: COMPACT_ROW,
      className: `${item.className} is-compact`,
    };
  }
  const className = {
    end: item.className,
    start: `${item.className} label-start`,
    mark: `${item.className} is-compact`,
  }[placement.side];
  return { ...item, group: lane, subgroup: `row-${placement.row}`, row: placement.row, className };
}

/**
 * Every item in its lane and row for the window and width given. Items without a title
 * (counts of events, drawn when there are very many) keep the first row.
 */
export function placeItems(
  items: readonly TimelineItemData[],
  context: PlacementContext,
): StackedItem[] {
  const lanes = new Map(items.map((item) => [item.id, laneOfItem(item, context.sites)]));
  const labelled: LabelledItem[] = [];
  for (const item of items) {
    const title = titleOf(item);
    if (title === undefined) continue;
    labelled.push({
      id: item.id,
      lane: lanes.get(item.id) ?? item.group,
      startMs: item.start,
      endMs: item.end ?? item.start,
      point: item.type === 'point',
      title,
      disputed: item.label.kind === 'event' && item.label.disputed,
    });
  }
  // The counts keep the first row (below): titles make room for them.
  const occupied = items
    .filter((item) => titleOf(item) === undefined)
    .map((item) => ({
      lane: lanes.get(item.id) ?? item.group,
      startMs: item.start,
      endMs: item.end ?? item.start,
    }));
  const placements = layoutLabels(labelled, {
    window: context.window,
    widthPx: context.widthPx,
    measure: context.measure,
    rowsFor: (lane) =>
      rowsOfLane(lane, context.sites, context.crowdedLanes, campRowsFor(context.heightPx ?? 0)),
    firstId: context.selectedId,
    occupied,
  });
  const result = items.map((item) => {
    const lane = lanes.get(item.id) ?? item.group;
    if (titleOf(item) === undefined) return { ...item, group: lane, subgroup: 'row-0', row: 0 };
    return placed(item, lane, placements.get(item.id) ?? 'compact');
  });
  return stackIdenticalSpans(
    nudgeOverlappingMarks(result, context.window, context.widthPx),
    context.selectedId,
  );
}
