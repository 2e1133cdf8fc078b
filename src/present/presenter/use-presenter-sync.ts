// Keeps two windows of the atlas in step over BroadcastChannel (see presenter-channel.ts).
// Both windows ask to `connect` when they start, so either may be reloaded or closed and
// reopened; the audience window's state wins whenever a link forms.
import { useCallback, useEffect, useRef, useState } from 'react';
import { useAtlasStore } from '../../state/store-context';
import { parseUrlState, serialiseUrlState, type UrlContext } from '../../state/url-state';
import {
  PRESENTER_CHANNEL,
  type PresenterMessage,
  type PresenterRole,
  presenterChannelSupported,
  windowId,
} from '../presenter-channel';

type MessageReader = (data: unknown) => PresenterMessage | null;

export type LinkStatus = 'unsupported' | 'waiting' | 'linked' | 'alone';

export interface BlackScreenLink {
  /** The audience window's black screen, as this window knows it (null: not heard yet). */
  readonly black: boolean | null;
  /** Presenter window: asks the audience window to black out, or to show again. */
  readonly toggleBlack: () => void;
}

export interface PresenterSync extends BlackScreenLink {
  readonly status: LinkStatus;
}

/**
 * `audienceBlack` and `onToggleBlack` are the audience window's black screen: it reports the
 * one and obeys the other. The presenter window leaves them out.
 */
export function usePresenterSync(
  role: PresenterRole,
  urlContext: UrlContext,
  audienceBlack?: boolean,
  onToggleBlack?: () => void,
): PresenterSync {
  const store = useAtlasStore();
  const [status, setStatus] = useState<LinkStatus>(() =>
    presenterChannelSupported() ? 'waiting' : 'unsupported',
  );
  const [black, setBlack] = useState<boolean | null>(null);
  const channelRef = useRef<{ send: (message: PresenterMessage) => void; id: string } | null>(null);
  // Read through refs, so the channel is not reopened when they change.
  const blackRef = useRef(audienceBlack);
  blackRef.current = audienceBlack;
  const onToggleRef = useRef(onToggleBlack);
  onToggleRef.current = onToggleBlack;

  useEffect(() => {
    if (!presenterChannelSupported()) return;
    const channel = new BroadcastChannel(PRESENTER_CHANNEL);
    const id = windowId();
    let linked = false;
    let applying = false;
    const send = (message: PresenterMessage) => channel.postMessage(message);
    channelRef.current = { send, id };
    const sendBlack = () => {
      if (role === 'audience' && blackRef.current !== undefined)
        send({ type: 'black', from: id, role, black: blackRef.current });
    };
    const sendState = () =>
      send({ type: 'state', from: id, role, query: serialiseUrlState(store.getState()) });
    const link = () => {
      linked = true;
      setStatus('linked');
      if (role === 'audience') {
        sendState();
        sendBlack();
      }
    };

    // The check of arriving messages (with its schemas) loads with the first message, so an
    // atlas that never meets a second window never loads it; messages keep their order.
    let reader: Promise<MessageReader> | null = null;
    let handled: Promise<void> = Promise.resolve();
    let closed = false;
    channel.onmessage = (event: MessageEvent) => {
      reader ??= import('../presenter-messages').then((module) => module.readPresenterMessage);
      const current = reader;
      handled = handled
        .then(() => current)
        .then((read) => {
          if (!closed) handle(read(event.data));
        })
        .catch(() => setStatus('unsupported'));
    };
    const handle = (message: PresenterMessage | null) => {
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
        case 'toggle-black':
          if (role === 'audience') onToggleRef.current?.();
          break;
        case 'black':
          if (role === 'presenter') setBlack(message.black);
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
      closed = true;
      window.removeEventListener('pagehide', sayBye);
      unsubscribe();
      sayBye();
      channelRef.current = null;
      channel.close();
    };
  }, [store, role, urlContext]);

  // The audience window tells the presenter window each time its screen blacks out or shows.
  useEffect(() => {
    const channel = channelRef.current;
    if (role !== 'audience' || audienceBlack === undefined || !channel) return;
    channel.send({ type: 'black', from: channel.id, role, black: audienceBlack });
  }, [role, audienceBlack]);

  const toggleBlack = useCallback(() => {
    const channel = channelRef.current;
    if (channel) channel.send({ type: 'toggle-black', from: channel.id, role });
  }, [role]);

  return { status, black, toggleBlack };
}
