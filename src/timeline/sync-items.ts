// Brings vis-timeline's item DataSet to a new list in small steps: removes what went, adds
// or updates only what changed, so a pan or a filter touches a few items, not all of them.
import type { TimelineItemData } from './timeline-items';

/** An item, possibly on a row of its lane (label-placement.ts). */
type SyncedItem = TimelineItemData & { readonly subgroup?: string };

/** What the adapter needs of a vis-data DataSet. */
export interface ItemStore<Item extends SyncedItem = TimelineItemData> {
  remove(ids: string[]): unknown;
  update(items: Item[]): unknown;
}

function sameItem(a: SyncedItem, b: SyncedItem): boolean {
  return (
    a === b ||
    (a.group === b.group &&
      a.subgroup === b.subgroup &&
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
export function syncItems<Item extends SyncedItem>(
  store: ItemStore<Item>,
  drawn: ReadonlyMap<string, Item>,
  next: readonly Item[],
  batch: (change: () => void) => void = (change) => change(),
): Map<string, Item> {
  const after = new Map(next.map((item) => [item.id, item]));
  const removed = [...drawn.keys()].filter((id) => !after.has(id));
  const changed = next.filter((item) => {
    const before = drawn.get(item.id);
    return !before || !sameItem(before, item);
  });
  // A changed item already drawn is removed and added again rather than updated in place:
  // - vis-timeline redraws and measures an updated item there and then (Item.setData calls
  //   redraw), one forced layout per item, where a re-added one is drawn with the others in
  //   the queued redraw (batched-insert.ts): a click or a zoom that changes many titles lays
  //   out once, not once per title;
  // - an item moving to another row would otherwise be reordered while it still holds its old
  //   data, which can put a row of titles below the compact strip (Item.setData calls
  //   Group.changeSubgroup before taking the new data).
  const replaced = changed.filter((item) => drawn.has(item.id)).map((item) => item.id);
  if (removed.length > 0 || changed.length > 0) {
    batch(() => {
      if (removed.length > 0 || replaced.length > 0) store.remove([...removed, ...replaced]);
      if (changed.length > 0) store.update(changed);
    });
  }
  return after;
}
