// The widget's side of the postMessage API: takes commands only from the page that frames it
// (and only from `parentOrigin` when given), applies them through the store's actions, and
// tells that page what changed. Commands are applied once per animation frame, so a flood
// of messages costs one render per frame, not one per message.
import { useEffect } from 'react';
import type { Dataset } from '../data/types';
import type { AtlasState } from '../state/atlas-state';
import type { AtlasStore } from '../state/store';
import { devNote } from './dev-note';
import { commandActions } from './embed-commands';
import {
  API_VERSION,
  type CommandContext,
  type EmbedCommand,
  filtersMessage,
  type OutgoingMessage,
  readCommand,
  windowDays,
} from './embed-messages';

/** Most commands applied in one animation frame; the rest of a flood is dropped. */
const MAX_COMMANDS_PER_FRAME = 20;

/** The framing window, or null when the atlas is not in a frame. */
export function parentWindow(): Window | null {
  try {
    return window.parent !== window ? window.parent : null;
  } catch {
    return null;
  }
}

/** Sends one message to the framing page (to `parentOrigin` only, when given). */
export function postToParent(message: OutgoingMessage, parentOrigin: string | null): void {
  const parent = parentWindow();
  if (!parent || parentOrigin === null) return;
  parent.postMessage(message, parentOrigin);
}

export function useEmbedBridge(
  store: AtlasStore,
  dataset: Dataset,
  parentOrigin: string | null,
): void {
  useEffect(() => {
    const parent = parentWindow();
    if (!parent || parentOrigin === null) return;
    const context: CommandContext = {
      eventIds: new Set(dataset.events.map((event) => event.id)),
      siteIds: new Set(dataset.sites.map((site) => site.id)),
    };
    const queue: EmbedCommand[] = [];
    let frame: number | undefined;
    let dropped = 0;

    const applyQueued = () => {
      frame = undefined;
      for (const command of queue.splice(0)) {
        for (const action of commandActions(command, store.getState(), dataset))
          store.dispatch(action);
      }
      if (dropped > 0)
        devNote(
          `${dropped} commands dropped: more than ${MAX_COMMANDS_PER_FRAME} arrived in one frame`,
        );
      dropped = 0;
    };

    const onMessage = (event: MessageEvent) => {
      if (event.source !== parent) {
        devNote('ignored a message that did not come from the page framing the atlas');
        return;
      }
      if (parentOrigin !== '*' && event.origin !== parentOrigin) {
        devNote(`ignored a message from ${event.origin}: parentOrigin is ${parentOrigin}`);
        return;
      }
      const result = readCommand(event.data, context);
      if (!result.ok) {
        devNote(`ignored a message: ${result.reason}`);
        return;
      }
      if (queue.length >= MAX_COMMANDS_PER_FRAME) {
        dropped += 1;
        return;
      }
      queue.push(result.command);
      frame ??= window.requestAnimationFrame(applyQueued);
    };
    window.addEventListener('message', onMessage);

    // Report every change, whoever made it (a click, a key, or the host's own command).
    let reported: AtlasState = store.getState();
    const send = (message: OutgoingMessage) => parent.postMessage(message, parentOrigin);
    send({
      v: API_VERSION,
      type: 'atlas:ready',
      eventId: reported.selectedEventId,
      window: windowDays(reported.window),
      filters: filtersMessage(reported.filters),
    });
    const unsubscribe = store.subscribe(() => {
      const state = store.getState();
      if (state.selectedEventId !== reported.selectedEventId)
        send({ v: API_VERSION, type: 'atlas:select', eventId: state.selectedEventId });
      if (state.window !== reported.window) {
        const days = windowDays(state.window);
        const before = windowDays(reported.window);
        if (days.from !== before.from || days.to !== before.to)
          send({ v: API_VERSION, type: 'atlas:window', ...days });
      }
      if (state.filters !== reported.filters)
        send({ v: API_VERSION, type: 'atlas:filters', filters: filtersMessage(state.filters) });
      reported = state;
    });

    return () => {
      window.removeEventListener('message', onMessage);
      unsubscribe();
      if (frame !== undefined) window.cancelAnimationFrame(frame);
    };
  }, [store, dataset, parentOrigin]);
}
