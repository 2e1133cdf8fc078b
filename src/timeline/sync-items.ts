// Brings vis-timeline's item DataSet to a new list in small steps: removes what went, adds
// or updates only what changed, so a pan or a filter touches a few items, not all of them.
import type { TimelineItemData } from './timeline-items';

/** What the adapter needs of a vis-data DataSet. */
export interface ItemStore {
  remove(ids: string[]): unknown;
  update(items: TimelineItemData[]): unknown;
}

function sameItem(a: TimelineItemData, b: TimelineItemData): boolean {
  return (
    a === b ||
    (a.group === b.group &&
      a.type === b.type &&
      a.start === b.start &&
      a.end === b.end &&
      a.className === b.className &&
      a.content === b.content)
  );
}

/**
 * Applies `next` to `store`, given what it holds now (`drawn`), and returns what it holds
 * afterwards. `batch` wraps the changes (see batched-insert.ts).
 */
export function syncItems(
  store: ItemStore,
  drawn: ReadonlyMap<string, TimelineItemData>,
  next: readonly TimelineItemData[],
  batch: (change: () => void) => void = (change) => change(),
): Map<string, TimelineItemData> {
  const after = new Map(next.map((item) => [item.id, item]));
  const removed = [...drawn.keys()].filter((id) => !after.has(id));
  const changed = next.filter((item) => {
    const before = drawn.get(item.id);
    return !before || !sameItem(before, item);
  });
  if (removed.length > 0 || changed.length > 0) {
    batch(() => {
      if (removed.length > 0) store.remove(removed);
      if (changed.length > 0) store.update(changed);
    });
  }
  return after;
}
