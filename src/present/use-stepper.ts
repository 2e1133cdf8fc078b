// Steps through the current tour, or the filtered chronology, reading the store at the
// moment of the step so that keys, buttons, autoplay and the presenter window agree.
import { useCallback } from 'react';
import { selectFilteredEvents } from '../state/selectors';
import { useAtlasStore, useDataset } from '../state/store-context';
import { useTours } from '../tours/tours-context';
import { type StepCommand, stepAction } from './step-navigation';

/** Returns a function that takes one step and says whether there was one to take. */
export function useStepper(): (command: StepCommand) => boolean {
  const store = useAtlasStore();
  const dataset = useDataset();
  const tours = useTours();
  return useCallback(
    (command: StepCommand) => {
      const state = store.getState();
      const action = stepAction(command, {
        tour: state.tour ? (tours.get(state.tour.tourId) ?? null) : null,
        position: state.tour,
        events: selectFilteredEvents(dataset, state.filters),
        selectedEventId: state.selectedEventId,
      });
      if (!action) return false;
      store.dispatch(action);
      return true;
    },
    [store, dataset, tours],
  );
}
