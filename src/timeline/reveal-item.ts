// Scrolls the timeline's lanes so that an item whose dates are already in the window is
// also visible vertically (vis-timeline only scrolls lanes as part of focus(), which also
// moves the dates, so the dates are put back at once).
import type { Timeline } from 'vis-timeline/esnext';

/** Time for vis-timeline to finish stacking newly drawn items, in milliseconds. */
const STACKING_SETTLE_MS = 300;
/** How many animation frames to wait for an item to be drawn. */
const MAX_FRAMES = 20;

/** Whether the item's box lies within the visible height of the lanes; null if not drawn yet. */
function isItemVisibleVertically(container: HTMLElement | null, eventId: string): boolean | null {
  const item = container
    ?.querySelector(`[data-event-id="${CSS.escape(eventId)}"]`)
    ?.closest('.vis-item');
  const panel = container?.querySelector('.vis-panel.vis-center');
  if (!item || !panel) return null;
  const itemBox = item.getBoundingClientRect();
  const panelBox = panel.getBoundingClientRect();
  return itemBox.top >= panelBox.top && itemBox.bottom <= panelBox.bottom;
}

/**
 * vis-timeline draws and stacks items over a few frames, so this looks once the item is
 * drawn and again once the stacking has settled. Returns a cleanup function.
 */
export function revealItemVertically(
  timeline: Timeline,
  container: HTMLElement | null,
  eventId: string,
  stillCurrent: () => boolean,
): () => void {
  let frame = 0;
  const scrollIfHidden = (attempt: number) => {
    const shown = isItemVisibleVertically(container, eventId);
    if (shown === null && attempt < MAX_FRAMES) {
      frame = requestAnimationFrame(() => scrollIfHidden(attempt + 1));
      return;
    }
    // Still not drawn after waiting: vis-timeline skips items of lanes scrolled far away.
    if (shown !== true && stillCurrent()) {
      const { start, end } = timeline.getWindow();
      // focus() scrolls the lanes only in the callback of its change of dates, which
      // vis-timeline's Range.setRange makes only when the dates do change: an item already
      // in the middle of the window (presentation mode centres each step's event) was never
      // scrolled to. Shifted by a millisecond first, the window always changes.
      timeline.setWindow(start.valueOf() - 1, end.valueOf() - 1, { animation: false });
      timeline.focus(eventId, { zoom: false, animation: false });
      timeline.setWindow(start, end, { animation: false });
    }
  };
  scrollIfHidden(0);
  const settled = setTimeout(() => scrollIfHidden(MAX_FRAMES), STACKING_SETTLE_MS);
  return () => {
    cancelAnimationFrame(frame);
    clearTimeout(settled);
  };
}
