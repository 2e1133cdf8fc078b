// The widget's side of the postMessage API: takes commands only from the page that frames it
// (and only from `parentOrigin` when given), applies them through the store's actions, and
// tells that page what changed. A flood of messages is cut down to a steady trickle.
import { useEffect } from 'react';
import type { Dataset } from '../data/types';
import { embedNotes } from '../i18n/embed-notes';
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

/**
 * Commands are rationed like tokens in a bucket: a burst of up to 20 at once, then 60 a
 * second; the rest of a flood is dropped. (Not per animation frame: a browser pauses those
 * in a frame scrolled out of sight, and a command must still work there.)
 */
const COMMAND_BURST = 20;
const COMMANDS_PER_SECOND = 60;

/** The framing window, or null when the atlas is not in a frame. */
function parentWindow(): Window | null {
  try {
    return window.parent !== window ? window.parent : null;
  } catch {
    return null;
  }
}

/**
 * False when the framing page is known not to be `parentOrigin`: a message sent there would
 * be dropped by the browser with a console error. (Firefox does not say who frames a page.)
 */
function parentMatches(parentOrigin: string): boolean {
  if (parentOrigin === '*') return true;
  const ancestors = window.location.ancestorOrigins as DOMStringList | undefined;
  return !ancestors || ancestors.length === 0 || ancestors[0] === parentOrigin;
}

/** The framing window, if the widget may talk to it under `parentOrigin`. */
export function talkingParent(parentOrigin: string | null): Window | null {
  const parent = parentWindow();
  if (!parent || parentOrigin === null) return null;
  if (!parentMatches(parentOrigin)) {
    devNote(embedNotes.silent(parentOrigin));
    return null;
  }
  return parent;
}

/** Sends one message to the framing page (to `parentOrigin` only, when given). */
export function postToParent(message: OutgoingMessage, parentOrigin: string | null): void {
  if (parentOrigin === null) return;
  talkingParent(parentOrigin)?.postMessage(message, parentOrigin);
}

export function useEmbedBridge(
  store: AtlasStore,
  dataset: Dataset,
  parentOrigin: string | null,
): void {
  useEffect(() => {
    const parent = talkingParent(parentOrigin);
    if (!parent || parentOrigin === null) return;
    const context: CommandContext = {
      eventIds: new Set(dataset.events.map((event) => event.id)),
      siteIds: new Set(dataset.sites.map((site) => site.id)),
    };
    let tokens = COMMAND_BURST;
    let refilledAt = performance.now();
    let dropped = 0;
    const take = (): boolean => {
      const now = performance.now();
      tokens = Math.min(COMMAND_BURST, tokens + ((now - refilledAt) / 1000) * COMMANDS_PER_SECOND);
      refilledAt = now;
      if (tokens < 1) return false;
      tokens -= 1;
      if (dropped > 0) devNote(embedNotes.dropped(dropped, COMMANDS_PER_SECOND));
      dropped = 0;
      return true;
    };
    const apply = (command: EmbedCommand) => {
      for (const action of commandActions(command, store.getState(), dataset))
        store.dispatch(action);
    };

    const onMessage = (event: MessageEvent) => {
      if (event.source !== parent) {
        devNote(embedNotes.notFromFrame);
        return;
      }
      if (parentOrigin !== '*' && event.origin !== parentOrigin) {
        devNote(embedNotes.wrongOrigin(event.origin, parentOrigin));
        return;
      }
      const result = readCommand(event.data, context);
      if (!result.ok) {
        devNote(embedNotes.ignored(result.reason));
        return;
      }
      if (take()) apply(result.command);
      else dropped += 1;
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
    };
  }, [store, dataset, parentOrigin]);
}
