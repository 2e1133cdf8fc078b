// A minimal external store (no library): one state, one reducer, subscribers notified after
// each change. React reads it through useSyncExternalStore in store-context.tsx.
import type { AtlasAction } from './actions';
import { atlasReducer } from './actions';
import type { AtlasState } from './atlas-state';

export interface AtlasStore {
  getState(): AtlasState;
  dispatch(action: AtlasAction): void;
  subscribe(listener: () => void): () => void;
}

export function createAtlasStore(initial: AtlasState): AtlasStore {
  let state = initial;
  const listeners = new Set<() => void>();
  return {
    getState: () => state,
    dispatch(action) {
      const next = atlasReducer(state, action);
      if (next === state) return;
      state = next;
      for (const listener of [...listeners]) listener();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
