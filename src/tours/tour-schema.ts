// Zod schemas for a tour and its steps: the shape only. References to events and sites are
// checked in read-tours.ts, against the dataset. Shared by data/tours.json and tour links.
import { z } from 'zod';
import { parseEdtfDate } from '../data/edtf';
import { dataMessages } from '../i18n/data-messages';
import * as tourMessages from '../i18n/tour-messages';
import { TOUR_LIMITS } from './tour-types';

const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const idField = (what: string) =>
  z
    .string({ message: tourMessages.textId(what) })
    .regex(ID_PATTERN, tourMessages.idForm(what))
    .max(120, dataMessages.longerThan(what, 120));

const windowEdge = (what: string) =>
  z
    .string({ message: tourMessages.windowEdgeText(what) })
    .regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/, tourMessages.windowEdgeForm(what))
    .refine((value) => parseEdtfDate(value).ok, tourMessages.notRealDate(what));

const boundedText = (what: string, min: number, max: number) =>
  z
    .string({ message: tourMessages.text(what) })
    .trim()
    .min(min, min <= 1 ? dataMessages.empty(what) : tourMessages.shorterThan(what, min))
    .max(max, dataMessages.longerThan(what, max));

const tourMapViewSchema = z.strictObject({
  center: z
    .tuple([z.number(), z.number()], { message: tourMessages.centerPair })
    .refine(([longitude, latitude]) => Math.abs(longitude) <= 180 && Math.abs(latitude) <= 90, {
      message: tourMessages.centerRange,
    }),
  zoom: z
    .number({ message: tourMessages.zoomNumber })
    .min(0, tourMessages.zoomMin)
    .max(18, tourMessages.zoomMax),
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
    { message: tourMessages.stepShape },
  )
  .superRefine((step, context) => {
    if ((step.from === undefined) !== (step.to === undefined)) {
      context.addIssue({
        code: 'custom',
        path: [step.from === undefined ? 'from' : 'to'],
        message: tourMessages.fromWithTo,
      });
    } else if (step.event === undefined && step.from === undefined) {
      context.addIssue({
        code: 'custom',
        path: ['event'],
        message: tourMessages.stepNeedsTarget,
      });
    }
    if (step.from !== undefined && step.to !== undefined && step.to < step.from) {
      context.addIssue({ code: 'custom', path: ['to'], message: tourMessages.toBeforeFrom });
    }
  });

/** A tour's own fields; steps are checked one by one so a bad step loses only itself. */
export const tourHeaderSchema = z.object({
  id: idField('id'),
  title: boundedText('title', 1, TOUR_LIMITS.titleMax),
  audience: boundedText('audience', 1, TOUR_LIMITS.audienceMax),
  minutes: z
    .number({ message: tourMessages.minutesNumber })
    .int(tourMessages.minutesWhole)
    .min(TOUR_LIMITS.minutesMin, tourMessages.minutesAtLeast(TOUR_LIMITS.minutesMin))
    .max(TOUR_LIMITS.minutesMax, tourMessages.minutesAtMost(TOUR_LIMITS.minutesMax)),
  steps: z
    .array(z.unknown(), { message: tourMessages.stepsList })
    .min(1, tourMessages.noStep)
    .max(TOUR_LIMITS.stepsMax, tourMessages.tooManySteps(TOUR_LIMITS.stepsMax)),
});

/** A whole tour, for a tour that arrives in one piece (a link). */
export const tourSchema = tourHeaderSchema.extend({
  steps: z.array(tourStepSchema).min(1).max(TOUR_LIMITS.stepsMax),
});

export const toursFileSchema = z.object(
  { tours: z.array(z.unknown(), { message: tourMessages.toursList }) },
  { message: tourMessages.fileShape },
);
