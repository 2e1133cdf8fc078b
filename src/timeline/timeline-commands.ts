// What each timeline command (toolbar button or key) asks of the store, as a pure function.
import type { AtlasEvent } from '../data/types';
import type { AtlasAction } from '../state/actions';
import { type ChangeOrigin, FULL_WINDOW, type TimeWindow } from '../state/atlas-state';
import { neighbourEvent } from '../state/selectors';
import type { TimelineCommand } from './TimelineToolbar';
import { isEventInView, zoomWindow } from './timeline-window';

/** Zooming in halves the window; zooming out doubles it. */
const ZOOM_FACTOR = 0.5;

export function commandAction(
  command: TimelineCommand,
  events: readonly AtlasEvent[],
  selectedEventId: string | null,
  timeWindow: TimeWindow,
  origin: ChangeOrigin,
): AtlasAction | null {
  if (command === 'zoom-in' || command === 'zoom-out' || command === 'show-all') {
    // Zoom keeps the selected event in place when it is in view, else the window's centre.
    const selected = events.find((event) => event.id === selectedEventId);
    const anchor = selected && isEventInView(selected, timeWindow) ? selected.startMs : undefined;
    const factor = command === 'zoom-in' ? ZOOM_FACTOR : 1 / ZOOM_FACTOR;
    const window = command === 'show-all' ? FULL_WINDOW : zoomWindow(timeWindow, factor, anchor);
    return { type: 'set-window', window, origin };
  }
  const target =
    command === 'first'
      ? events[0]
      : command === 'last'
        ? events[events.length - 1]
        : neighbourEvent(events, selectedEventId, command === 'previous' ? -1 : 1);
  return target
    ? { type: 'select-event', eventId: target.id, siteId: target.siteId, origin }
    : null;
}
