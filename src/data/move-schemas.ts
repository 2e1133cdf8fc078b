// Zod schemas for one row of data/moves.csv and data/move-claims.csv: who moved from where
// to where and when, and what each document says about it (with the number where it gives one).
import { z } from 'zod';
import { dataMessages } from '../i18n/data-messages';
import { edtfCell, ID_PATTERN, idCell, optionalEdtfCell, textCell as text } from './cell-schemas';
import { DESTINATION_LEVELS, QUALIFIERS } from './types';

export const MOVE_COLUMNS = [
  'id',
  'origin',
  'destination',
  'destination_level',
  'date',
  'end',
  'events',
  'title',
  'note',
] as const;

export const moveRowSchema = z.object({
  id: idCell('id'),
  origin: idCell('origin'),
  destination: idCell('destination'),
  destination_level: z
    .string()
    .trim()
    .refine((value) => (DESTINATION_LEVELS as readonly string[]).includes(value), {
      message: `destination_level must be one of: ${DESTINATION_LEVELS.join(', ')}`,
    })
    .transform((value) => value as (typeof DESTINATION_LEVELS)[number]),
  date: edtfCell('date'),
  end: optionalEdtfCell('end'),
  // Event ids separated by semicolons (a comma would split the CSV cell in a spreadsheet).
  events: z
    .string()
    .trim()
    .transform((value) => (value === '' ? [] : value.split(';').map((item) => item.trim())))
    .refine((ids) => ids.every((id) => ID_PATTERN.test(id)), {
      message: `events must be event ids separated by semicolons, ${dataMessages.kebabCase('each')}`,
    }),
  title: text('title').max(80, 'title is longer than 80 characters'),
  note: z.string().trim(),
});

export const MOVE_CLAIM_COLUMNS = [
  'move',
  'source',
  'quote',
  'speaker',
  'date',
  'count',
  'qualifier',
  'scope',
  'note',
] as const;

export const moveClaimRowSchema = z
  .object({
    move: idCell('move'),
    source: idCell('source'),
    quote: z.string().trim(),
    speaker: text('speaker'),
    date: optionalEdtfCell('date'),
    count: z
      .string()
      .trim()
      .refine((value) => value === '' || /^\d+$/.test(value), {
        message: 'count must be a whole number without spaces or separators, or empty',
      })
      .transform((value) => (value === '' ? undefined : Number(value))),
    qualifier: z
      .string()
      .trim()
      .refine((value) => value === '' || (QUALIFIERS as readonly string[]).includes(value), {
        message: `qualifier must be empty or one of: ${QUALIFIERS.join(', ')}`,
      })
      .transform((value) => (value === '' ? undefined : (value as (typeof QUALIFIERS)[number]))),
    scope: z.string().trim().max(160, 'scope is longer than 160 characters'),
    note: z.string().trim(),
  })
  .superRefine((claim, context) => {
    const issue = (path: string, message: string) =>
      context.addIssue({ code: 'custom', path: [path], message });
    if (claim.quote === '')
      issue(
        'quote',
        claim.count === undefined
          ? 'the quote is empty: every statement about a move quotes its source'
          : 'a count needs the passage that gives it: quote the source word for word',
      );
    else if (claim.quote.length < 20)
      issue(
        'quote',
        'the quote is shorter than 20 characters: quote enough of the source to be found',
      );
    else if (claim.quote.length > 400)
      issue(
        'quote',
        'the quote is longer than 400 characters: quote only the passage with the move',
      );
    if (claim.count !== undefined && claim.qualifier === undefined)
      issue(
        'qualifier',
        'a count needs a qualifier (exact, at-least, more-than, about, nearly or up-to)',
      );
    if (claim.count === undefined && claim.qualifier !== undefined)
      issue('qualifier', 'qualifier is set but count is empty: it qualifies nothing');
    if (claim.count !== undefined && claim.scope === '')
      issue('scope', 'a count needs a scope: which people, moving when, it counts');
  });
