// vis-timeline answers every DataSet change at once, twice over, before the redraw it queues
// for the next frame does the same work a third time:
// - Group.add calls Group._checkIfVisible, which shows and measures each new item on its
//   own, one forced layout per item against an ever larger timeline (at 10,000 events, 86 %
//   of the load time);
// - the ItemSet's DataSet listeners (add, update, remove) each redraw the whole ItemSet
//   there and then: a click that moves two titles to another row removes and re-adds them,
//   two full redraws, about 35 ms each with 10,000 events on a slow machine.
// The change itself also queues a redraw of the whole timeline for the next frame (the
// '_change' event with `queue: true`), which shows the visible items in one batch (all
// created, then all measured). While the atlas changes its DataSet, the per-item check and
// the ItemSet's immediate redraw are skipped, so only that batch runs. Before the ItemSet's
// first drawing the queued redraw would run at once, so its immediate redraw is kept then;
// without an ItemSet prototype only the per-item check is skipped (for the first items, which
// the immediate redraw shows in the same task: on a cold load waiting for the queued redraw
// put the first item about 40 ms later).
// Upstream code: https://github.com/visjs/vis-timeline/blob/master/lib/timeline/component/Group.js
// (`add` and `_checkIfVisible`) and lib/timeline/component/ItemSet.js (`itemListeners`,
// `_onUpdate`, `_onRemove`) and lib/timeline/Core.js (the '_change' listener); reports:
// https://github.com/visjs/vis-timeline/issues/1516, https://github.com/visjs/vis-timeline/issues/210,
// https://github.com/visjs/vis/issues/3276.
// Checked against vis-timeline 8.5: remove this when a DataSet change no longer draws at once.

/** The part of vis-timeline's Group prototype (exported as `timeline.components.Group`) used here. */
export interface GroupPrototype {
  _checkIfVisible: (...args: never[]) => unknown;
}

/** An ItemSet, as far as its redraw is concerned. */
interface ItemSetLike {
  /** Set by the ItemSet's first redraw; from then on a change queues a redraw for the next frame. */
  initialItemSetDrawn?: boolean;
}

/** The part of vis-timeline's ItemSet prototype (`timeline.components.ItemSet`) used here. */
export interface ItemSetPrototype {
  redraw: (this: ItemSetLike, ...args: never[]) => unknown;
}

/** Returns a function that runs a DataSet change without vis-timeline's immediate layouts. */
export function batchedInsert(
  group: GroupPrototype,
  itemSet?: ItemSetPrototype,
): (change: () => void) => void {
  return (change) => {
    const checkIfVisible = group._checkIfVisible;
    const redraw = itemSet?.redraw;
    if (typeof checkIfVisible === 'function') group._checkIfVisible = () => undefined;
    if (itemSet && typeof redraw === 'function') {
      itemSet.redraw = function redrawOnlyBeforeFirstDrawing(this: ItemSetLike, ...args) {
        return this.initialItemSetDrawn === true ? false : redraw.apply(this, args);
      };
    }
    try {
      change();
    } finally {
      group._checkIfVisible = checkIfVisible;
      if (itemSet && redraw) itemSet.redraw = redraw;
    }
  };
}
