// Zod schemas for one row of each data file. Cells arrive as text; the schemas turn them
// into domain values and word each error for a volunteer editing the file in a spreadsheet.
import { z } from 'zod';
import { dataMessages } from '../i18n/data-messages';
import { edtfCell, idCell, optionalEdtfCell, textCell as text } from './cell-schemas';
import { parseEdtfInterval } from './edtf';
import { CATEGORIES, QUALIFIERS, SITE_KINDS, SOURCE_KINDS } from './types';

const optionalText = z.string().trim();

const oneOf = <T extends readonly [string, ...string[]]>(values: T, what: string) =>
  z
    .string()
    .trim()
    .refine((value): value is T[number] => (values as readonly string[]).includes(value), {
      message: dataMessages.oneOf(what, values),
    })
    .transform((value) => value as T[number]);

const optionalCount = (what: string) =>
  z
    .string()
    .trim()
    .refine((value) => value === '' || /^\d+$/.test(value), {
      message: dataMessages.wholeNumber(what),
    })
    .transform((value) => (value === '' ? undefined : Number(value)));

const optionalQualifier = z
  .string()
  .trim()
  .refine((value) => value === '' || (QUALIFIERS as readonly string[]).includes(value), {
    message: dataMessages.qualifierOneOf(QUALIFIERS),
  })
  .transform((value) => (value === '' ? undefined : (value as (typeof QUALIFIERS)[number])));

const quoteCell = z
  .string()
  .trim()
  .min(20, dataMessages.quoteTooShort)
  .max(400, dataMessages.quoteTooLong);

export const sourceRowSchema = z.object({
  id: idCell('id'),
  file: text('file').regex(/^seeds\/[^/\\]+\.txt$/, dataMessages.documentPath),
  title: text('title'),
  author: optionalText,
  publisher: text('publisher'),
  published: edtfCell('published'),
  kind: oneOf(SOURCE_KINDS, 'kind'),
  perspective: text('perspective'),
});

export const eventRowSchema = z.object({
  id: idCell('id'),
  date: edtfCell('date'),
  end: optionalEdtfCell('end'),
  site: idCell('site'),
  category: oneOf(CATEGORIES, 'category'),
  title: text('title'),
  summary: text('summary'),
});

export const claimRowSchema = z
  .object({
    event: idCell('event'),
    source: idCell('source'),
    quote: quoteCell,
    speaker: text('speaker'),
    date: optionalEdtfCell('date'),
    killed: optionalCount('killed'),
    injured: optionalCount('injured'),
    qualifier: optionalQualifier,
    note: optionalText,
  })
  .superRefine((claim, context) => {
    const hasFigure = claim.killed !== undefined || claim.injured !== undefined;
    if (hasFigure && claim.qualifier === undefined) {
      context.addIssue({
        code: 'custom',
        path: ['qualifier'],
        message: dataMessages.figureNeedsQualifier,
      });
    }
    if (!hasFigure && claim.qualifier !== undefined) {
      context.addIssue({
        code: 'custom',
        path: ['qualifier'],
        message: dataMessages.qualifierAlone,
      });
    }
  });

export const figureRowSchema = z.object({
  id: idCell('id'),
  site: idCell('site'),
  date: edtfCell('date'),
  measure: idCell('measure'),
  // What exactly is counted (which people, places and period), in plain words: figures are
  // compared only when measure and scope are both the same.
  scope: text('scope').max(160, dataMessages.scopeTooLong),
  value: z
    .string()
    .trim()
    .refine((value) => /^\d+(\.\d+)?$/.test(value), {
      message: dataMessages.valueNumber,
    })
    .transform(Number),
  qualifier: oneOf(QUALIFIERS, 'qualifier'),
  source: idCell('source'),
  quote: quoteCell,
  note: optionalText,
});

export const sitePropertiesSchema = z.object({
  id: idCell('id'),
  name: text('name'),
  aliases: z.array(z.string().trim().min(1), { message: dataMessages.aliasesList }),
  kind: oneOf(SITE_KINDS, 'kind'),
  country: z.string().regex(/^[A-Z]{2}$/, dataMessages.countryCode),
  period: z.string().transform((value, context) => {
    const result = parseEdtfInterval(value);
    if (result.ok) return result.value;
    context.addIssue({ code: 'custom', message: `period: ${result.error}` });
    return z.NEVER;
  }),
  summary: text('summary'),
  coord_accuracy_m: z
    .number({ message: dataMessages.accuracyNumber })
    .positive(dataMessages.accuracyPositive),
  coord_source: text('coord_source'),
});

export const pointGeometrySchema = z.object({
  type: z.literal('Point', { message: dataMessages.geometryPoint }),
  coordinates: z
    .tuple([z.number(), z.number()], { message: dataMessages.coordinatesPair })
    .refine(([longitude, latitude]) => Math.abs(longitude) <= 180 && Math.abs(latitude) <= 90, {
      message: dataMessages.coordinatesRange,
    }),
});
