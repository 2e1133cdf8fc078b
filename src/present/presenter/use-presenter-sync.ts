// Keeps two windows of the atlas in step over BroadcastChannel (see presenter-channel.ts).
// Both windows ask to `connect` when they start, so either may be reloaded or closed and
// reopened; the audience window's state wins whenever a link forms.
import { useEffect, useState } from 'react';
import { useAtlasStore } from '../../state/store-context';
import { parseUrlState, serialiseUrlState, type UrlContext } from '../../state/url-state';
import {
  PRESENTER_CHANNEL,
  type PresenterMessage,
  presenterChannelSupported,
  readPresenterMessage,
  windowId,
} from '../presenter-channel';

export type PresenterRole = 'audience' | 'presenter';
export type LinkStatus = 'unsupported' | 'waiting' | 'linked' | 'alone';

export function usePresenterSync(role: PresenterRole, urlContext: UrlContext): LinkStatus {
  const store = useAtlasStore();
  const [status, setStatus] = useState<LinkStatus>(() =>
    presenterChannelSupported() ? 'waiting' : 'unsupported',
  );

  useEffect(() => {
    if (!presenterChannelSupported()) return;
    const channel = new BroadcastChannel(PRESENTER_CHANNEL);
    const id = windowId();
    let linked = false;
    let applying = false;
    const send = (message: PresenterMessage) => channel.postMessage(message);
    const sendState = () =>
      send({ type: 'state', from: id, role, query: serialiseUrlState(store.getState()) });
    const link = () => {
      linked = true;
      setStatus('linked');
      if (role === 'audience') sendState();
    };

    channel.onmessage = (event: MessageEvent) => {
      const message = readPresenterMessage(event.data);
      // Two audience windows (two tabs) never drive each other; only the other role counts.
      if (!message || message.from === id || message.role === role) return;
      switch (message.type) {
        case 'connect':
          send({ type: 'connected', from: id, role });
          link();
          break;
        case 'connected':
          link();
          break;
        case 'state': {
          if (message.query === serialiseUrlState(store.getState())) return;
          const { state } = parseUrlState(message.query, urlContext);
          applying = true;
          store.dispatch({ type: 'restore', state, origin: 'present' });
          applying = false;
          break;
        }
        case 'bye':
          linked = false;
          setStatus('alone');
          break;
      }
    };
    const unsubscribe = store.subscribe(() => {
      if (linked && !applying) sendState();
    });
    const sayBye = () => send({ type: 'bye', from: id, role });
    window.addEventListener('pagehide', sayBye);
    send({ type: 'connect', from: id, role });
    return () => {
      window.removeEventListener('pagehide', sayBye);
      unsubscribe();
      sayBye();
      channel.close();
    };
  }, [store, role, urlContext]);

  return status;
}
