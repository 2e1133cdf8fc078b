// vis-timeline's constructor sets the lanes before the items, and setting them asks for a
// redraw. Before the first drawing that redraw runs at once, and the change in size it finds
// asks for a second one; the constructor then queues its own redraw for the next frame. The
// two early redraws are thrown away by the queued one, yet each reads the page's layout six or
// seven times between writes: about 15 forced layouts at start-up, whatever the number of
// events. Core._redraw returns at once while the timeline's root has no width, so
// the instance is created inside a container taken out of the layout (`display: none`) and the
// container is put back before the first real drawing (`drawNow` in vis-timeline-adapter.ts).
// Upstream code: https://github.com/visjs/vis-timeline/blob/master/lib/timeline/Timeline.js
// (the constructor), https://github.com/visjs/vis-timeline/blob/master/lib/timeline/Core.js
// (`_redraw`, "when destroyed, or invisible") and lib/timeline/component/ItemSet.js
// (`_onAddGroups`). vis-timeline-adapter.test.ts checks the early return is still there.

/** The part of an element used here (an HTMLElement in the page). */
interface StyledElement {
  readonly style: Pick<
    CSSStyleDeclaration,
    'getPropertyValue' | 'getPropertyPriority' | 'setProperty'
  >;
}

/** Runs `build` with `container` out of the layout, then puts its own display back. */
export function buildWhileHidden<T>(container: StyledElement, build: () => T): T {
  const { style } = container;
  const display = style.getPropertyValue('display');
  const priority = style.getPropertyPriority('display');
  style.setProperty('display', 'none', 'important');
  try {
    return build();
  } finally {
    style.setProperty('display', display, priority);
  }
}
