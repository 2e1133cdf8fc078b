// The messages between the audience window and the presenter window, over BroadcastChannel.
// As in reveal.js's speaker notes: the presenter window asks to `connect`, the audience
// window answers `connected`, and from then on each side sends its whole serialisable state
// (the link's query) whenever it changes; the other side applies it. Key presses are never
// replayed. The black screen is not part of the link, so it has messages of its own: the
// presenter asks to toggle it, the audience says whether it is black. Messages are
// validated, and what is not understood is ignored.
import { z } from 'zod';

export const PRESENTER_CHANNEL = 'ashraf-atlas-presenter';

/** Which window speaks: the projector's (audience) or the teacher's (presenter). */
const role = z.enum(['audience', 'presenter']);
const sender = { from: z.string().max(40), role };

const messageSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('connect'), ...sender }),
  z.object({ type: z.literal('connected'), ...sender }),
  z.object({ type: z.literal('state'), ...sender, query: z.string().max(4000) }),
  z.object({ type: z.literal('bye'), ...sender }),
  z.object({ type: z.literal('toggle-black'), ...sender }),
  z.object({ type: z.literal('black'), ...sender, black: z.boolean() }),
]);

export type PresenterMessage = z.infer<typeof messageSchema>;

export function readPresenterMessage(data: unknown): PresenterMessage | null {
  const parsed = messageSchema.safeParse(data);
  return parsed.success ? parsed.data : null;
}

export function presenterChannelSupported(): boolean {
  return typeof BroadcastChannel === 'function';
}

/** A random id per window, so a window ignores its own messages. */
export function windowId(): string {
  return Math.random().toString(36).slice(2, 12);
}
