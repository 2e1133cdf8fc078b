// Zod schemas for one row of data/moves.csv and data/move-claims.csv: who moved from where
// to where and when, and what each document says about it (with the number where it gives one).
import { z } from 'zod';
import { dataMessages } from '../i18n/data-messages';
import { edtfCell, ID_PATTERN, idCell, optionalEdtfCell, textCell as text } from './cell-schemas';
import { DESTINATION_LEVELS, QUALIFIERS } from './types';

export const moveRowSchema = z.object({
  id: idCell('id'),
  origin: idCell('origin'),
  destination: idCell('destination'),
  destination_level: z
    .string()
    .trim()
    .refine((value) => (DESTINATION_LEVELS as readonly string[]).includes(value), {
      message: dataMessages.oneOf('destination_level', DESTINATION_LEVELS),
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
      message: dataMessages.moveEventIds,
    }),
  title: text('title').max(80, dataMessages.longerThan('title', 80)),
  note: z.string().trim(),
});

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
        message: dataMessages.wholeNumber('count'),
      })
      .transform((value) => (value === '' ? undefined : Number(value))),
    qualifier: z
      .string()
      .trim()
      .refine((value) => value === '' || (QUALIFIERS as readonly string[]).includes(value), {
        message: dataMessages.qualifierOneOf(QUALIFIERS),
      })
      .transform((value) => (value === '' ? undefined : (value as (typeof QUALIFIERS)[number]))),
    scope: z.string().trim().max(160, dataMessages.longerThan('scope', 160)),
    note: z.string().trim(),
  })
  .superRefine((claim, context) => {
    const issue = (path: string, message: string) =>
      context.addIssue({ code: 'custom', path: [path], message });
    if (claim.quote === '')
      issue(
        'quote',
        claim.count === undefined ? dataMessages.moveQuoteEmpty : dataMessages.countWithoutQuote,
      );
    else if (claim.quote.length < 20) issue('quote', dataMessages.quoteTooShort);
    else if (claim.quote.length > 400) issue('quote', dataMessages.moveQuoteTooLong);
    if (claim.count !== undefined && claim.qualifier === undefined)
      issue('qualifier', dataMessages.countNeedsQualifier);
    if (claim.count === undefined && claim.qualifier !== undefined)
      issue('qualifier', dataMessages.countQualifierAlone);
    if (claim.count !== undefined && claim.scope === '')
      issue('scope', dataMessages.countNeedsScope);
  });
