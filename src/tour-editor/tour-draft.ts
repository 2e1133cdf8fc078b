// A tour while a teacher writes it: plain fields, kept in this browser between visits, and
// turned into a checked Tour (the same rules as data/tours.json) only when it is shared.
import { z } from 'zod';
import { tourEditorStrings } from '../i18n/classroom-strings';
import { tourLinkStrings } from '../i18n/tour-link-strings';
import { readTour } from '../tours/read-tours';
import type { Tour, TourReferences, TourStep } from '../tours/tour-types';

export interface DraftStep {
  readonly event: string;
  readonly narration: string;
  readonly notes: string;
}

export interface TourDraft {
  readonly title: string;
  readonly audience: string;
  readonly minutes: number;
  readonly steps: readonly DraftStep[];
}

export const EMPTY_DRAFT: TourDraft = { title: '', audience: '', minutes: 15, steps: [] };

/**
 * A tour id from its title: "Ashraf, 1986–2003" → "own-ashraf-1986-2003". The `own-` prefix
 * keeps a teacher's tour apart from the atlas's own tours in links.
 */
export function tourIdFromTitle(title: string): string {
  const slug = title
    .normalize('NFKD')
    // Accents come apart under NFKD; dropping the marks keeps the letters ("é" → "e").
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return slug === '' ? 'own-tour' : `own-${slug}`;
}

function draftToTour(draft: TourDraft): unknown {
  return {
    id: tourIdFromTitle(draft.title),
    title: draft.title.trim(),
    audience: draft.audience.trim(),
    minutes: draft.minutes,
    steps: draft.steps.map((step): TourStep => {
      const notes = step.notes.trim();
      return { event: step.event, narration: step.narration.trim(), ...(notes ? { notes } : {}) };
    }),
  };
}

/** Moves one step up (-1) or down (+1); a move past either end changes nothing. */
export function moveStep(
  steps: readonly DraftStep[],
  index: number,
  offset: -1 | 1,
): readonly DraftStep[] {
  const target = index + offset;
  if (index < 0 || index >= steps.length || target < 0 || target >= steps.length) return steps;
  const moved = [...steps];
  const [step] = moved.splice(index, 1);
  if (step) moved.splice(target, 0, step);
  return moved;
}

/** "tour.steps[2].narration" → "Step 3, narration"; "tour.title" → "Title". */
function fieldName(path: string): string {
  const step = /^tour\.steps\[(\d+)\](?:\.(\w+))?/.exec(path);
  if (step) return tourEditorStrings.problemInStep(Number(step[1]), step[2]);
  const field = path.replace(/^tour\.?/, '');
  return field === ''
    ? tourEditorStrings.problemInTour
    : field.charAt(0).toUpperCase() + field.slice(1);
}

export interface DraftCheck {
  /** The tour to share, or null while any problem remains. */
  readonly tour: Tour | null;
  /** One line per problem, naming the field. */
  readonly problems: readonly string[];
}

export function checkDraft(draft: TourDraft, references: TourReferences): DraftCheck {
  if (draft.steps.length === 0) return { tour: null, problems: [tourLinkStrings.draftEmpty] };
  const { tour, issues } = readTour(
    tourLinkStrings.draftWhere,
    'tour',
    draftToTour(draft),
    references,
  );
  const problems = issues.map((issue) => `${fieldName(issue.path)}: ${issue.message}.`);
  return { tour: problems.length === 0 ? tour : null, problems };
}

const storedDraftSchema = z.object({
  title: z.string().max(1000),
  audience: z.string().max(2000),
  minutes: z.number().int().min(0).max(1000),
  steps: z
    .array(
      z.object({
        event: z.string().max(200),
        narration: z.string().max(5000),
        notes: z.string().max(5000),
      }),
    )
    .max(200),
});

/** A draft kept in this browser; anything unreadable gives a fresh draft. */
export function readStoredDraft(text: string | null): TourDraft {
  if (!text) return EMPTY_DRAFT;
  try {
    const parsed = storedDraftSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : EMPTY_DRAFT;
  } catch {
    return EMPTY_DRAFT;
  }
}
