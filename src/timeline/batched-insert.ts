// vis-timeline shows each added item at once: Group.add calls Group._checkIfVisible, which
// shows and measures the item on its own, one forced layout per item against an ever larger
// timeline (at 10,000 events, 86 % of the load time). Its own redraw, queued right after every
// DataSet change, shows the visible items in one batch (all created, then all measured). While
// the atlas changes its DataSet, the per-item check is skipped so only that batch runs.
// Upstream code: https://github.com/visjs/vis-timeline/blob/master/lib/timeline/component/Group.js
// (`add` and `_checkIfVisible`); reports: https://github.com/visjs/vis-timeline/issues/1516,
// https://github.com/visjs/vis-timeline/issues/210, https://github.com/visjs/vis/issues/3276.
// Checked against vis-timeline 8.5: remove this when Group.add no longer shows items itself.

/** The part of vis-timeline's Group prototype (exported as `timeline.components.Group`) used here. */
interface GroupPrototype {
  _checkIfVisible: (...args: never[]) => unknown;
}

/** Returns a function that runs a DataSet change without vis-timeline's per-item layout. */
export function batchedInsert(group: GroupPrototype): (change: () => void) => void {
  return (change) => {
    const original = group._checkIfVisible;
    if (typeof original !== 'function') {
      change();
      return;
    }
    group._checkIfVisible = () => undefined;
    try {
      change();
    } finally {
      group._checkIfVisible = original;
    }
  };
}
