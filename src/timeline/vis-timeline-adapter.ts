// The one place where the atlas goes beyond vis-timeline's documented API. Three things:
//
// 1. Showing the timeline at once. vis-timeline keeps itself hidden until its first
//    'rangechanged', which it emits on a 200 ms timer that every early redraw restarts (about
//    a second at start-up here). Our start window is already final, so we emit that event
//    at once through the emitter vis-timeline mixes into every Timeline (component-emitter's
//    `emit`, the function its internal `body.emitter.emit` is bound to).
// 2. Adding items in one batch (batched-insert.ts): Group.add lays out each new item on its
//    own; the batch skips that so vis-timeline's own queued redraw lays them out together.
// 3. Creating the instance in a hidden container (hidden-construction.ts), so the redraws
//    the constructor asks for before its first drawing return at once.
// 4. Drawing the empty timeline at once (`drawNow`), in the same task that creates it, so that
//    the atlas can read the room its items have and place them before the first paint,
//    instead of waiting one frame for vis-timeline's queued redraw and a second for the items.
// 5. Following the container's size with a ResizeObserver (`redrawOnResize`) instead of
//    vis-timeline's `autoResize`, which checks the root's size once a second.
//
// vis-timeline-adapter.test.ts pins the version this was checked against and looks for these
// internals in the installed bundle: on an upgrade it fails until someone re-reads Core
// (`initialRangeChangeDone`, `_redraw`, `_origRedraw`, `redrawCount`) and Group (`add`,
// `_checkIfVisible`) and updates this file.
import type { Timeline } from 'vis-timeline/esnext';

export { batchedInsert } from './batched-insert';
export { buildWhileHidden } from './hidden-construction';

/** The vis-timeline release whose source this adapter was checked against. */
export const CHECKED_VIS_TIMELINE_VERSION = '8.5.4';

interface Emitting {
  emit(name: string, props: object): void;
}

/** Shows the timeline at once instead of after vis-timeline's start-up timer. */
export function showWithoutWaiting(timeline: Timeline): void {
  const emitter = timeline as unknown as Partial<Emitting>;
  // Without the emitter (a future version) the timeline still shows, only later.
  if (typeof emitter.emit !== 'function') return;
  emitter.emit('rangechanged', { ...timeline.getWindow(), byUser: false });
}

interface Redrawing {
  /** Core's unthrottled redraw; `_redraw` is the same, queued to the next animation frame. */
  _origRedraw(): void;
  /** Redraws in a row that changed a size; Core gives up on the next pass at 5. */
  redrawCount: number;
}

/**
 * Draws the timeline now rather than at the next animation frame, and says whether a whole
 * pass completed: vis-timeline has then emitted 'changed' and the panels have their sizes.
 * A pass that changes a size asks for another through '_change', which before the first items
 * are drawn vis-timeline runs at once, inside the same call; the loop (at most three calls)
 * only guards against that changing.
 * Without the internals (a future version) it does nothing and returns false; the queued
 * redraw still comes.
 */
export function drawNow(timeline: Timeline): boolean {
  const core = timeline as unknown as Partial<Redrawing>;
  if (typeof core._origRedraw !== 'function' || typeof core.redrawCount !== 'number') return false;
  for (let pass = 0; pass < 3; pass += 1) {
    // The passes the hidden construction cut short still count towards Core's limit of five.
    core.redrawCount = 0;
    core._origRedraw();
    // A completed drawing resets the count to 0.
    if (core.redrawCount === 0) return true;
  }
  return false;
}

/**
 * Redraws the timeline whenever its container changes size, in place of vis-timeline's
 * `autoResize` (off in the options), which reads the root's size every second, forcing a
 * layout whenever the page has changed, and so notices a panel opening beside it only up to
 * a second later. A ResizeObserver reports after layout, so the redraw (vis-timeline's own
 * `_change`, as its watch emits) is in the same frame. Returns the function that stops it.
 */
export function redrawOnResize(timeline: Timeline, container: Element): () => void {
  const emitter = timeline as unknown as Partial<Emitting>;
  if (typeof ResizeObserver === 'undefined' || typeof emitter.emit !== 'function') {
    // Without either, fall back on vis-timeline's own watch.
    timeline.setOptions({ autoResize: true });
    return () => {};
  }
  let last = {
    width: container.clientWidth,
    height: container.clientHeight,
  };
  const observer = new ResizeObserver((entries) => {
    const box = entries[entries.length - 1]?.contentRect;
    if (!box) return;
    // The first report is normally the size the timeline was just drawn at (whole pixels,
    // as clientWidth gives them; the container has no padding).
    const size = { width: Math.round(box.width), height: Math.round(box.height) };
    if (size.width === last.width && size.height === last.height) return;
    last = size;
    emitter.emit?.('_change', {});
  });
  observer.observe(container);
  return () => observer.disconnect();
}
