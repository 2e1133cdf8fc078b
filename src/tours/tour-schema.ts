// Zod schemas for a tour and its steps: the shape only. References to events and sites are
// checked in read-tours.ts, against the dataset. Shared by data/tours.json and tour links.
import { z } from 'zod';
import { parseEdtfDate } from '../data/edtf';
import { TOUR_LIMITS } from './tour-types';

const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const idField = (what: string) =>
  z
    .string({ message: `${what} must be a text id` })
    .regex(ID_PATTERN, `${what} must be lower-case letters, digits and single hyphens`)
    .max(120, `${what} is longer than 120 characters`);

const windowEdge = (what: string) =>
  z
    .string({ message: `${what} must be a date written as text, like "2009" or "2009-07"` })
    .regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/, `${what} must look like 2009, 2009-07 or 2009-07-28`)
    .refine((value) => parseEdtfDate(value).ok, `${what} is not a real date`);

const boundedText = (what: string, min: number, max: number) =>
  z
    .string({ message: `${what} must be text` })
    .trim()
    .min(min, min <= 1 ? `${what} is empty` : `${what} is shorter than ${min} characters`)
    .max(max, `${what} is longer than ${max} characters`);

const tourMapViewSchema = z.strictObject({
  center: z
    .tuple([z.number(), z.number()], { message: 'center must be [longitude, latitude]' })
    .refine(([longitude, latitude]) => Math.abs(longitude) <= 180 && Math.abs(latitude) <= 90, {
      message: 'center is out of range: longitude within ±180, latitude within ±90',
    }),
  zoom: z
    .number({ message: 'zoom must be a number' })
    .min(0, 'zoom must be 0 or more')
    .max(18, 'zoom must be 18 or less'),
});

export const tourStepSchema = z
  .strictObject(
    {
      event: idField('event').optional(),
      from: windowEdge('from').optional(),
      to: windowEdge('to').optional(),
      site: idField('site').optional(),
      map: tourMapViewSchema.optional(),
      narration: boundedText('narration', TOUR_LIMITS.narrationMin, TOUR_LIMITS.narrationMax),
      notes: boundedText('notes', 0, TOUR_LIMITS.notesMax).optional(),
    },
    { message: 'a step must be an object with a narration and an event or a from/to window' },
  )
  .superRefine((step, context) => {
    if ((step.from === undefined) !== (step.to === undefined)) {
      context.addIssue({
        code: 'custom',
        path: [step.from === undefined ? 'from' : 'to'],
        message: 'from and to come together: give both or neither',
      });
    } else if (step.event === undefined && step.from === undefined) {
      context.addIssue({
        code: 'custom',
        path: ['event'],
        message: 'a step needs an event, or a from/to window (with an optional site)',
      });
    }
    if (step.from !== undefined && step.to !== undefined && step.to < step.from) {
      context.addIssue({ code: 'custom', path: ['to'], message: 'to comes before from' });
    }
  });

/** A tour's own fields; steps are checked one by one so a bad step loses only itself. */
export const tourHeaderSchema = z.object({
  id: idField('id'),
  title: boundedText('title', 1, TOUR_LIMITS.titleMax),
  audience: boundedText('audience', 1, TOUR_LIMITS.audienceMax),
  minutes: z
    .number({ message: 'minutes must be a number' })
    .int('minutes must be a whole number')
    .min(TOUR_LIMITS.minutesMin, `minutes must be at least ${TOUR_LIMITS.minutesMin}`)
    .max(TOUR_LIMITS.minutesMax, `minutes must be at most ${TOUR_LIMITS.minutesMax}`),
  steps: z
    .array(z.unknown(), { message: 'steps must be a list' })
    .min(1, 'a tour needs at least one step')
    .max(TOUR_LIMITS.stepsMax, `a tour has at most ${TOUR_LIMITS.stepsMax} steps`),
});

/** A whole tour, for a tour that arrives in one piece (a link). */
export const tourSchema = tourHeaderSchema.extend({
  steps: z.array(tourStepSchema).min(1).max(TOUR_LIMITS.stepsMax),
});

export const toursFileSchema = z.object(
  { tours: z.array(z.unknown(), { message: 'tours must be a list' }) },
  { message: 'the file must be an object like { "tours": [ … ] }' },
);
