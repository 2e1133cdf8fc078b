// The check of every message that arrives on the presenter channel (presenter-channel.ts).
// Loaded only when a presentation opens the channel, not with the atlas's first view.
import { z } from 'zod';
import type { PresenterMessage } from './presenter-channel';

const sender = { from: z.string().max(40), role: z.enum(['audience', 'presenter']) };

const messageSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('connect'), ...sender }),
  z.object({ type: z.literal('connected'), ...sender }),
  z.object({ type: z.literal('state'), ...sender, query: z.string().max(4000) }),
  z.object({ type: z.literal('bye'), ...sender }),
  z.object({ type: z.literal('toggle-black'), ...sender }),
  z.object({ type: z.literal('black'), ...sender, black: z.boolean() }),
]) satisfies z.ZodType<PresenterMessage>;

export function readPresenterMessage(data: unknown): PresenterMessage | null {
  const parsed = messageSchema.safeParse(data);
  return parsed.success ? parsed.data : null;
}
