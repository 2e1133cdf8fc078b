// Two milestones of the first view: the timeline has drawn its first items, and the map has
// drawn (or its stand-in is shown). Work that would compete with them for a slow machine's
// cores waits: the map library loads after the timeline's items, and the offline copy
// (which fetches every file of the site) is made after the map.

interface Milestone {
  readonly report: () => void;
  /** Settles once reported, or after `longestWaitMs` if it never is. */
  readonly after: (longestWaitMs: number) => Promise<void>;
}

function milestone(): Milestone {
  let report: () => void = () => {};
  const reached = new Promise<void>((resolve) => {
    report = resolve;
  });
  return {
    report: () => report(),
    after: (longestWaitMs) =>
      Promise.race([
        reached,
        new Promise<void>((resolve) => {
          setTimeout(resolve, longestWaitMs);
        }),
      ]),
  };
}

/** How long the map waits at most for the timeline's first items before it loads anyway. */
export const MAP_WAITS_FOR_TIMELINE_MS = 2000;

const timelineDrawn = milestone();
const firstView = milestone();

/** Said by the timeline once it has drawn items; later calls change nothing. */
export const reportTimelineDrawn = timelineDrawn.report;
/** For work after the timeline's first items (no items at all: after the longest wait). */
export const afterTimelineDrawn = timelineDrawn.after;

/** Said by the map once it has drawn; later calls change nothing. */
export const reportFirstViewShown = firstView.report;
/**
 * Settles once the first view is shown, or after `longestWaitMs` if it never says so (the
 * list instead of the map, a map that fails to start).
 */
export const afterFirstView = firstView.after;
