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
//
// vis-timeline-adapter.test.ts pins the version this was checked against and looks for these
// internals in the installed bundle: on an upgrade it fails until someone re-reads Core
// (`initialRangeChangeDone`, `_redraw`) and Group (`add`, `_checkIfVisible`) and updates this
// file.
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
