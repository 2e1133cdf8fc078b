// The messages between the audience window and the presenter window, over BroadcastChannel.
// As in reveal.js's speaker notes: the presenter window asks to `connect`, the audience
// window answers `connected`, and from then on each side sends its whole serialisable state
// (the link's query) whenever it changes; the other side applies it. Key presses are never
// replayed. The black screen is not part of the link, so it has messages of its own: the
// presenter asks to toggle it, the audience says whether it is black. Messages are
// validated (presenter-messages.ts), and what is not understood is ignored.

export const PRESENTER_CHANNEL = 'ashraf-atlas-presenter';

/** Which window speaks: the projector's (audience) or the teacher's (presenter). */
export type PresenterRole = 'audience' | 'presenter';
interface Sender {
  readonly from: string;
  readonly role: PresenterRole;
}

/** A message on the channel; presenter-messages.ts checks those that arrive. */
export type PresenterMessage =
  | (Sender & { readonly type: 'connect' | 'connected' | 'bye' | 'toggle-black' })
  | (Sender & { readonly type: 'state'; readonly query: string })
  | (Sender & { readonly type: 'black'; readonly black: boolean });

export function presenterChannelSupported(): boolean {
  return typeof BroadcastChannel === 'function';
}

/** A random id per window, so a window ignores its own messages. */
export function windowId(): string {
  return Math.random().toString(36).slice(2, 12);
}
