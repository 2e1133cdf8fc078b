// Reads a tours file: parses the JSON, validates each tour and each step, and checks every
// reference against the dataset. Never throws; a bad step is dropped with an issue naming
// its JSON path, a tour whose own fields are bad is dropped, and the rest is kept.
import type { z } from 'zod';
import { dataMessages } from '../i18n/data-messages';
import * as tourMessages from '../i18n/tour-messages';
import { tourHeaderSchema, tourStepSchema, toursFileSchema } from './tour-schema';
import type { Tour, TourIssue, TourReferences, TourStep } from './tour-types';

export interface ReadToursResult {
  readonly tours: readonly Tour[];
  readonly issues: readonly TourIssue[];
}

/**
 * Words the dataset never uses in its own voice (data/README.md, editorial rule 2). A
 * narration may only carry them inside quotation marks, as someone's words.
 */
const LOADED_WORDS = [
  'massacre',
  'massacred',
  'terrorist',
  'terrorists',
  'prison',
  'slaughtered',
  'murdered',
  'murder',
  'regime',
  'thugs',
];

function joinPath(base: string, path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (text, key) => (typeof key === 'number' ? `${text}[${key}]` : `${text}.${String(key)}`),
    base,
  );
}

function zodIssues(file: string, base: string, error: z.ZodError): TourIssue[] {
  return error.issues.map((issue) => ({
    file,
    path: joinPath(base, issue.path),
    message: issue.message,
  }));
}

/** Loaded words used outside “…” or "…" quotation marks. */
export function unquotedLoadedWords(text: string): string[] {
  const outside = text.replace(/“[^”]*”|"[^"]*"/g, ' ');
  return LOADED_WORDS.filter((word) => new RegExp(`\\b${word}\\b`, 'i').test(outside));
}

/** Checks one step's references and voice; returns its issues (empty when the step is good). */
function checkStep(
  file: string,
  path: string,
  step: TourStep,
  references: TourReferences,
): TourIssue[] {
  const issues: TourIssue[] = [];
  if (step.event !== undefined && !references.eventIds.has(step.event))
    issues.push({ file, path: `${path}.event`, message: tourMessages.noSuchEvent(step.event) });
  if (step.site !== undefined && !references.siteIds.has(step.site))
    issues.push({ file, path: `${path}.site`, message: dataMessages.noSuchSite(step.site) });
  for (const [field, text] of [
    ['narration', step.narration],
    ['notes', step.notes ?? ''],
  ] as const) {
    const words = unquotedLoadedWords(text);
    if (words.length > 0)
      issues.push({ file, path: `${path}.${field}`, message: tourMessages.loadedWords(words) });
  }
  return issues;
}

/** Validates one tour given as plain data; `path` is where it sits, e.g. `tours[2]`. */
export function readTour(
  file: string,
  path: string,
  value: unknown,
  references: TourReferences,
): { tour: Tour | null; issues: TourIssue[] } {
  const header = tourHeaderSchema.safeParse(value);
  if (!header.success) {
    // Step problems are reported below, once the tour's own fields are usable.
    return { tour: null, issues: zodIssues(file, path, header.error) };
  }
  const issues: TourIssue[] = [];
  const steps: TourStep[] = [];
  header.data.steps.forEach((raw, index) => {
    const stepPath = `${path}.steps[${index}]`;
    const parsed = tourStepSchema.safeParse(raw);
    if (!parsed.success) {
      issues.push(...zodIssues(file, stepPath, parsed.error));
      return;
    }
    const step = parsed.data as TourStep;
    const found = checkStep(file, stepPath, step, references);
    issues.push(...found);
    if (found.length === 0) steps.push(step);
  });
  if (steps.length === 0) {
    issues.push({ file, path: `${path}.steps`, message: tourMessages.noStepShown });
    return { tour: null, issues };
  }
  return { tour: { ...header.data, steps }, issues };
}

export function readTours(file: string, text: string, references: TourReferences): ReadToursResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return {
      tours: [],
      issues: [{ file, path: '$', message: tourMessages.invalidJson(detail) }],
    };
  }
  const parsedFile = toursFileSchema.safeParse(json);
  if (!parsedFile.success) return { tours: [], issues: zodIssues(file, '$', parsedFile.error) };
  const tours: Tour[] = [];
  const issues: TourIssue[] = [];
  const seen = new Map<string, number>();
  parsedFile.data.tours.forEach((value, index) => {
    const path = `tours[${index}]`;
    const result = readTour(file, path, value, references);
    issues.push(...result.issues);
    if (!result.tour) return;
    const first = seen.get(result.tour.id);
    if (first !== undefined) {
      issues.push({
        file,
        path: `${path}.id`,
        message: tourMessages.duplicateId(result.tour.id, first),
      });
      return;
    }
    seen.set(result.tour.id, index);
    tours.push(result.tour);
  });
  return { tours, issues };
}

/** "data/tours.json tours[2].steps[3].event: the event … is not in data/events.csv" */
export function formatTourIssue(issue: TourIssue): string {
  return `${issue.file} ${issue.path}: ${issue.message}`;
}
