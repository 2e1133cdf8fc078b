// Updating the timeline's items in small steps, read as sentences.
import { describe, expect, it } from 'vitest';
import { batchedInsert } from './batched-insert';
import { syncItems } from './sync-items';
import type { TimelineItemData } from './timeline-items';

const item = (id: string, content = id): TimelineItemData => ({
  id,
  group: 'camp-ashraf',
  type: 'point',
  start: 0,
  className: '',
  content,
  label: { kind: 'period', count: content, description: content },
});

function recordingStore() {
  const calls: { removed: string[][]; updated: string[][] } = { removed: [], updated: [] };
  return {
    calls,
    remove: (ids: string[]) => calls.removed.push(ids),
    update: (items: TimelineItemData[]) => calls.updated.push(items.map((entry) => entry.id)),
  };
}

describe('syncItems', () => {
  it('sends only the items that came, went or changed', () => {
    const store = recordingStore();
    const first = syncItems(store, new Map(), [item('a'), item('b'), item('c')]);
    expect(store.calls.updated).toEqual([['a', 'b', 'c']]);
    syncItems(store, first, [item('a'), item('c', 'changed'), item('d')]);
    // b went; c changed, so it is taken out and added again (see the next test); d is new.
    expect(store.calls.removed).toEqual([['b', 'c']]);
    expect(store.calls.updated.at(-1)).toEqual(['c', 'd']);
  });

  it('replaces a changed item rather than updating it, so vis-timeline draws it with the rest', () => {
    const store = recordingStore();
    const drawn = syncItems(store, new Map(), [item('a'), item('b')]);
    syncItems(store, drawn, [item('a', 'whole title'), item('b')]);
    expect(store.calls.removed).toEqual([['a']]);
    expect(store.calls.updated.at(-1)).toEqual(['a']);
  });

  it('removes and adds again an item that moves to another row of its lane', () => {
    const store = recordingStore();
    const onRow = (id: string, subgroup: string) => ({ ...item(id), subgroup });
    const drawn = syncItems(store, new Map(), [onRow('a', 'compact'), onRow('b', 'row-0')]);
    syncItems(store, drawn, [onRow('a', 'row-0'), onRow('b', 'row-0')]);
    expect(store.calls.removed).toEqual([['a']]);
    expect(store.calls.updated.at(-1)).toEqual(['a']);
  });

  it('touches nothing when the items are the same', () => {
    const store = recordingStore();
    const drawn = syncItems(store, new Map(), [item('a'), item('b')]);
    syncItems(store, drawn, [item('a'), item('b')]);
    expect(store.calls.updated).toHaveLength(1);
    expect(store.calls.removed).toHaveLength(0);
  });
});

describe('batchedInsert', () => {
  /** A Group and an ItemSet prototype that record what vis-timeline would have drawn at once. */
  function prototypes() {
    const seen: string[] = [];
    const group = { _checkIfVisible: () => seen.push('item checked') };
    const itemSet = {
      redraw(this: { initialItemSetDrawn?: boolean }) {
        seen.push('item set redrawn');
        return true;
      },
    };
    return { seen, group, itemSet };
  }

  it('skips the per-item check and the immediate redraw during the change, and restores both', () => {
    const { seen, group, itemSet } = prototypes();
    const originals = { check: group._checkIfVisible, redraw: itemSet.redraw };
    const drawnOnce = { initialItemSetDrawn: true };
    batchedInsert(
      group,
      itemSet,
    )(() => {
      group._checkIfVisible();
      itemSet.redraw.call(drawnOnce);
    });
    expect(seen).toEqual([]);
    expect(group._checkIfVisible).toBe(originals.check);
    expect(itemSet.redraw).toBe(originals.redraw);
  });

  it('keeps the immediate redraw before the first drawing, when nothing else would draw', () => {
    const { seen, group, itemSet } = prototypes();
    batchedInsert(
      group,
      itemSet,
    )(() => {
      itemSet.redraw.call({ initialItemSetDrawn: false });
      itemSet.redraw.call({});
    });
    expect(seen).toEqual(['item set redrawn', 'item set redrawn']);
  });

  it('without an ItemSet, skips only the per-item check (the first items are drawn at once)', () => {
    const { seen, group, itemSet } = prototypes();
    batchedInsert(group)(() => {
      group._checkIfVisible();
      itemSet.redraw.call({ initialItemSetDrawn: true });
    });
    expect(seen).toEqual(['item set redrawn']);
  });

  it('restores both when the change fails', () => {
    const { group, itemSet } = prototypes();
    const originals = { check: group._checkIfVisible, redraw: itemSet.redraw };
    expect(() =>
      batchedInsert(
        group,
        itemSet,
      )(() => {
        throw new Error('bad item');
      }),
    ).toThrow('bad item');
    expect(group._checkIfVisible).toBe(originals.check);
    expect(itemSet.redraw).toBe(originals.redraw);
  });
});
