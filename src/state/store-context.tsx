// Gives components the store and the dataset, and reads state slices with
// useSyncExternalStore so each component re-renders only when its slice changes.
import { createContext, type ReactNode, useContext, useSyncExternalStore } from 'react';
import type { AtlasEvent, Dataset } from '../data/types';
import type { AtlasAction } from './actions';
import type { AtlasState } from './atlas-state';
import { selectShownEvents } from './selectors';
import type { AtlasStore } from './store';

const StoreContext = createContext<AtlasStore | null>(null);
const DatasetContext = createContext<Dataset | null>(null);

export function AtlasProvider(props: { store: AtlasStore; dataset: Dataset; children: ReactNode }) {
  return (
    <StoreContext.Provider value={props.store}>
      <DatasetContext.Provider value={props.dataset}>{props.children}</DatasetContext.Provider>
    </StoreContext.Provider>
  );
}

export function useAtlasStore(): AtlasStore {
  const store = useContext(StoreContext);
  if (!store) throw new Error('useAtlasStore is used outside AtlasProvider');
  return store;
}

export function useDataset(): Dataset {
  const dataset = useContext(DatasetContext);
  if (!dataset) throw new Error('useDataset is used outside AtlasProvider');
  return dataset;
}

/** Reads one slice of the state; the selector must return a stable value for equal state. */
export function useAtlasState<T>(selector: (state: AtlasState) => T): T {
  const store = useAtlasStore();
  return useSyncExternalStore(
    store.subscribe,
    () => selector(store.getState()),
    () => selector(store.getState()),
  );
}

export function useDispatch(): (action: AtlasAction) => void {
  return useAtlasStore().dispatch;
}

/**
 * The events every view shows (the list, the map's counts, print, downloads): those that
 * pass the filters and overlap the window, in time order. One chain, so no view can drift.
 */
export function useVisibleEvents(): readonly AtlasEvent[] {
  const dataset = useDataset();
  const filters = useAtlasState((state) => state.filters);
  const window = useAtlasState((state) => state.window);
  return selectShownEvents(dataset, filters, window);
}
