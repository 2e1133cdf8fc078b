// Keeps the address bar in step with the store: a new selection, filter or view is a new
// history entry (so Back restores it); moving the time window or typing a search only
// replaces the entry, so Back does not step through every drag or keystroke.
import { useEffect } from 'react';
import type { AtlasState } from '../state/atlas-state';
import { useAtlasStore } from '../state/store-context';
import { parseUrlState, serialiseUrlState, type UrlContext } from '../state/url-state';

/** Milliseconds to wait before writing a window or search change (one entry per pause). */
const QUIET_WRITE_DELAY_MS = 250;

/** The part of the state whose change deserves its own history entry. */
function historyKey(state: AtlasState): string {
  return serialiseUrlState({
    ...state,
    window: { startMs: 0, endMs: 1 },
    filters: { ...state.filters, text: '' },
  });
}

export function UrlSync({ urlContext }: { urlContext: UrlContext }) {
  const store = useAtlasStore();

  useEffect(() => {
    let written = store.getState();
    let timer: number | undefined;
    const write = () => {
      timer = undefined;
      const state = store.getState();
      const query = serialiseUrlState(state);
      const current = window.location.search.replace(/^\?/, '');
      if (query !== current) {
        const url = `${window.location.pathname}${query ? `?${query}` : ''}${window.location.hash}`;
        if (historyKey(state) !== historyKey(written)) window.history.pushState(null, '', url);
        else window.history.replaceState(null, '', url);
      }
      written = state;
    };
    const unsubscribe = store.subscribe(() => {
      const state = store.getState();
      if (state.selectionOrigin === 'url' && state.windowOrigin === 'url' && state === written)
        return;
      if (timer !== undefined) window.clearTimeout(timer);
      if (historyKey(state) !== historyKey(written)) write();
      else timer = window.setTimeout(write, QUIET_WRITE_DELAY_MS);
    });
    const onPopState = () => {
      if (timer !== undefined) window.clearTimeout(timer);
      timer = undefined;
      const { state } = parseUrlState(window.location.search, urlContext);
      store.dispatch({ type: 'restore', state, origin: 'url' });
      written = store.getState();
    };
    window.addEventListener('popstate', onPopState);
    return () => {
      unsubscribe();
      window.removeEventListener('popstate', onPopState);
      if (timer !== undefined) window.clearTimeout(timer);
    };
  }, [store, urlContext]);

  return null;
}
