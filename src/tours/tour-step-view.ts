// What a tour step shows, as plain state values: the event (or none), the site, the time
// window and an optional map camera. Pure, so the URL parser, the keys and the presenter
// window all resolve a step the same way.
import { edtfEndMs, edtfStartMs, parseEdtfDate } from '../data/edtf';
import { clampWindow } from '../state/actions';
import { FULL_WINDOW, type TimeWindow } from '../state/atlas-state';
import type { TourMapView, TourStep } from './tour-types';

interface StepView {
  readonly eventId: string | null;
  readonly siteId: string | null;
  readonly window: TimeWindow;
  readonly camera: TourMapView | null;
}

function stepWindow(step: TourStep): TimeWindow {
  if (step.from === undefined || step.to === undefined) return FULL_WINDOW;
  const from = parseEdtfDate(step.from);
  const to = parseEdtfDate(step.to);
  if (!from.ok || !to.ok) return FULL_WINDOW;
  return clampWindow({ startMs: edtfStartMs(from.value), endMs: edtfEndMs(to.value) });
}

/** An event step keeps the whole story in the window, so the timeline shows where we are. */
export function stepView(step: TourStep): StepView {
  return {
    eventId: step.event ?? null,
    siteId: step.site ?? null,
    window: stepWindow(step),
    camera: step.map ?? null,
  };
}
