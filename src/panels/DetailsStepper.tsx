// Previous and next event from inside the details, so a reader (on a phone, say) steps
// through the story without going back to the timeline. Same steps as the arrow keys.
import type { AtlasEvent } from '../data/types';
import { strings } from '../i18n/strings';
import { useAtlasState, useDataset, useDispatch } from '../state/store-context';
import { commandAction } from '../timeline/timeline-commands';
import { filteredEventsInTimeOrder } from '../timeline/timeline-items';

export function DetailsStepper({ event }: { event: AtlasEvent }) {
  const dataset = useDataset();
  const dispatch = useDispatch();
  const filters = useAtlasState((state) => state.filters);
  const timeWindow = useAtlasState((state) => state.window);
  // During a guided tour the tour's own Previous and Next lead the way instead.
  const inTour = useAtlasState((state) => state.tour !== null);
  const events = filteredEventsInTimeOrder(dataset, filters);
  const index = events.findIndex((candidate) => candidate.id === event.id);
  // A selected event hidden by the filters has no place in the sequence.
  if (index < 0 || inTour) return null;
  const step = (command: 'previous' | 'next') => {
    const action = commandAction(command, events, event.id, timeWindow, 'panel');
    if (action) dispatch(action);
  };
  return (
    <nav className="details-stepper" aria-label={strings.detailsStepLabel}>
      <button
        type="button"
        data-testid="details-previous"
        disabled={index === 0}
        onClick={() => step('previous')}
      >
        ← {strings.previousInDetails}
      </button>
      <span className="details-position" data-testid="details-position">
        {strings.eventPosition(index + 1, events.length)}
      </span>
      <button
        type="button"
        data-testid="details-next"
        disabled={index === events.length - 1}
        onClick={() => step('next')}
      >
        {strings.nextInDetails} →
      </button>
    </nav>
  );
}
