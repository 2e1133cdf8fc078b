// The widget's first view. A frame is small, so a link that names an event but no time
// window opens on the years around that event instead of the whole thirty years, where
// the event would be one mark among hundreds.
import type { Dataset } from '../data/types';
import type { AtlasState } from '../state/atlas-state';
import { findEvent } from '../state/selectors';
import { windowAround } from '../timeline/timeline-window';

/** Width of the opening window around a chosen event: six years, in milliseconds. */
const OPENING_WINDOW_MS = 6 * 365.25 * 24 * 60 * 60 * 1000;

export function embedStartState(
  state: AtlasState,
  dataset: Dataset,
  linkHasWindow: boolean,
): AtlasState {
  const event = findEvent(dataset, state.selectedEventId);
  if (!event || linkHasWindow) return state;
  const centre = (event.startMs + event.endMs) / 2;
  return { ...state, window: windowAround(centre, OPENING_WINDOW_MS) };
}
