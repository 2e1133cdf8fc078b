// The widget's postMessage API, version 1: the one boundary where the host page's commands
// are checked (zod), and the shapes of the messages the widget sends. Inside, commands become
// the store's ordinary actions (see embed-commands.ts).
import { z } from 'zod';
import { edtfEndMs, edtfStartMs, parseEdtfDate } from '../data/edtf';
import { CATEGORIES, type Category } from '../data/types';
import { embedNotes } from '../i18n/embed-notes';
import type { AtlasFilters, TimeWindow } from '../state/atlas-state';
import { windowToDays } from '../state/url-state';

export const API_VERSION = 1;

/** Longest id or search text a command may carry, in characters. */
const MAX_TEXT = 200;
/** Most sites or categories one filter command may name. */
const MAX_LIST = 100;

const idText = z
  .string()
  .max(MAX_TEXT)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
/** A day, a month or a year, as in the atlas's links: 2011-04-08, 2011-04 or 2011. */
const dateText = z
  .string()
  .max(10)
  .regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/);

const version = z.literal(API_VERSION);

const commandSchema = z.discriminatedUnion('type', [
  z.object({ v: version, type: z.literal('atlas:select'), eventId: idText.nullable() }),
  z.object({ v: version, type: z.literal('atlas:setWindow'), from: dateText, to: dateText }),
  z.object({
    v: version,
    type: z.literal('atlas:setFilters'),
    filters: z.object({
      categories: z.array(z.enum(CATEGORIES)).max(MAX_LIST).optional(),
      sites: z.array(idText).max(MAX_LIST).optional(),
      text: z.string().max(MAX_TEXT).optional(),
      disputedOnly: z.boolean().optional(),
    }),
  }),
  z.object({ v: version, type: z.literal('atlas:next') }),
  z.object({ v: version, type: z.literal('atlas:previous') }),
]);

export type EmbedCommand =
  | { readonly type: 'select'; readonly eventId: string | null }
  | { readonly type: 'set-window'; readonly window: TimeWindow }
  | { readonly type: 'set-filters'; readonly filters: Partial<AtlasFilters> }
  | { readonly type: 'next' }
  | { readonly type: 'previous' };

export interface CommandContext {
  readonly eventIds: ReadonlySet<string>;
  readonly siteIds: ReadonlySet<string>;
}

type CommandResult =
  | { readonly ok: true; readonly command: EmbedCommand }
  | { readonly ok: false; readonly reason: string };

function windowOf(fromText: string, toText: string): TimeWindow | null {
  const from = parseEdtfDate(fromText);
  const to = parseEdtfDate(toText);
  if (!from.ok || !to.ok) return null;
  const window = { startMs: edtfStartMs(from.value), endMs: edtfEndMs(to.value) };
  return window.endMs > window.startMs ? window : null;
}

/** Checks one message from the host page; anything not exactly right is refused with a reason. */
export function readCommand(data: unknown, context: CommandContext): CommandResult {
  if (typeof data !== 'object' || data === null) return { ok: false, reason: embedNotes.notObject };
  const type = (data as { type?: unknown }).type;
  if (typeof type !== 'string' || !type.startsWith('atlas:'))
    return { ok: false, reason: embedNotes.notCommand };
  if ((data as { v?: unknown }).v !== API_VERSION)
    return { ok: false, reason: embedNotes.needsVersion(type.slice(0, 40), API_VERSION) };
  const parsed = commandSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.join('.') || 'type';
    return { ok: false, reason: embedNotes.badField(type.slice(0, 40), where, issue?.message) };
  }
  const message = parsed.data;
  switch (message.type) {
    case 'atlas:select':
      if (message.eventId !== null && !context.eventIds.has(message.eventId))
        return { ok: false, reason: embedNotes.noEvent(message.eventId) };
      return { ok: true, command: { type: 'select', eventId: message.eventId } };
    case 'atlas:setWindow': {
      const window = windowOf(message.from, message.to);
      if (!window) return { ok: false, reason: embedNotes.notWindow };
      return { ok: true, command: { type: 'set-window', window } };
    }
    case 'atlas:setFilters': {
      const { categories, sites, text, disputedOnly } = message.filters;
      const unknownSite = sites?.find((site) => !context.siteIds.has(site));
      if (unknownSite) return { ok: false, reason: embedNotes.noSite(unknownSite) };
      const filters: { -readonly [Key in keyof AtlasFilters]?: AtlasFilters[Key] } = {};
      if (categories) filters.categories = [...new Set<Category>(categories)];
      if (sites) filters.siteIds = [...new Set(sites)];
      if (text !== undefined) filters.text = text;
      if (disputedOnly !== undefined) filters.disputedOnly = disputedOnly;
      return { ok: true, command: { type: 'set-filters', filters } };
    }
    case 'atlas:next':
      return { ok: true, command: { type: 'next' } };
    case 'atlas:previous':
      return { ok: true, command: { type: 'previous' } };
  }
}

// Messages the widget sends to the host page.

const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** A window as its first and last day shown, both included: 2009-01-01 to 2014-12-31. */
export function windowDays(window: TimeWindow): { from: string; to: string } {
  const days = windowToDays(window);
  return { from: day(days.startMs), to: day(days.endMs - 1) };
}

export interface FiltersMessage {
  readonly categories: readonly Category[];
  readonly sites: readonly string[];
  readonly text: string;
  readonly disputedOnly: boolean;
}

export function filtersMessage(filters: AtlasFilters): FiltersMessage {
  return {
    categories: filters.categories,
    sites: filters.siteIds,
    text: filters.text,
    disputedOnly: filters.disputedOnly,
  };
}

export type OutgoingMessage =
  | {
      v: 1;
      type: 'atlas:ready';
      eventId: string | null;
      window: { from: string; to: string };
      filters: FiltersMessage;
    }
  | { v: 1; type: 'atlas:select'; eventId: string | null }
  | { v: 1; type: 'atlas:window'; from: string; to: string }
  | { v: 1; type: 'atlas:filters'; filters: FiltersMessage }
  | { v: 1; type: 'atlas:resize'; height: number };
