// Where "next", "previous", "first" and "last" lead: through the current tour's steps, or,
// with no tour, through the filtered chronology. Pure: returns the action to dispatch, or
// null at either end (which is also what stops autoplay).
import type { AtlasEvent } from '../data/types';
import type { AtlasAction } from '../state/actions';
import type { TourPosition } from '../state/atlas-state';
import { stepView } from '../tours/tour-step-view';
import type { Tour } from '../tours/tour-types';

export type StepCommand = 'next' | 'previous' | 'first' | 'last';

interface StepContext {
  readonly tour: Tour | null;
  readonly position: TourPosition | null;
  /** The filtered chronology, in time order. */
  readonly events: readonly AtlasEvent[];
  readonly selectedEventId: string | null;
}

/** The action that shows step `index` of `tour`. */
export function showStepAction(tour: Tour, index: number): AtlasAction | null {
  const step = tour.steps[index];
  if (!step) return null;
  return {
    type: 'show-step',
    position: { tourId: tour.id, stepIndex: index },
    ...stepView(step),
    origin: 'present',
  };
}

function targetIndex(command: StepCommand, current: number, length: number): number {
  switch (command) {
    case 'next':
      return current + 1;
    case 'previous':
      return current - 1;
    case 'first':
      return 0;
    case 'last':
      return length - 1;
  }
}

export function stepAction(command: StepCommand, context: StepContext): AtlasAction | null {
  const { tour, position, events, selectedEventId } = context;
  if (tour && position && position.tourId === tour.id) {
    const index = targetIndex(command, position.stepIndex, tour.steps.length);
    if (index === position.stepIndex || index < 0 || index >= tour.steps.length) return null;
    return showStepAction(tour, index);
  }
  if (events.length === 0) return null;
  const current = events.findIndex((event) => event.id === selectedEventId);
  // With nothing chosen yet, "next" starts at the first event and "previous" at the last.
  const index =
    current < 0
      ? command === 'previous' || command === 'last'
        ? events.length - 1
        : 0
      : targetIndex(command, current, events.length);
  if (index === current || index < 0 || index >= events.length) return null;
  const event = events[index];
  if (!event) return null;
  return { type: 'select-event', eventId: event.id, siteId: null, origin: 'present' };
}
