import { describe, expect, it } from 'vitest';
import type { TourReferences } from '../tours/tour-types';
import {
  checkDraft,
  type DraftStep,
  EMPTY_DRAFT,
  moveStep,
  readStoredDraft,
  type TourDraft,
  tourIdFromTitle,
} from './tour-draft';

const references: TourReferences = {
  eventIds: new Set(['2011-04-08-ashraf-raid', '2013-09-01-ashraf-attack']),
  siteIds: new Set(['camp-ashraf']),
};

const step = (event: string, narration: string): DraftStep => ({ event, narration, notes: '' });

const draft: TourDraft = {
  title: 'Ashraf, 2011–2013',
  audience: 'Year 11',
  minutes: 10,
  steps: [
    step('2011-04-08-ashraf-raid', 'Iraqi forces enter the camp, as the sources describe it.'),
    step('2013-09-01-ashraf-attack', 'An attack on the camp; the documents give the toll.'),
  ],
};

describe('tourIdFromTitle', () => {
  it('makes a link-safe id that never clashes with the atlas’s own tours', () => {
    expect(tourIdFromTitle('Ashraf, 1986–2003!')).toBe('own-ashraf-1986-2003');
    expect(tourIdFromTitle('  ')).toBe('own-tour');
    expect(tourIdFromTitle('Ça déménage')).toBe('own-ca-demenage');
  });
});

describe('moveStep', () => {
  const steps = [step('a', '1'), step('b', '2'), step('c', '3')];
  it('moves a step up or down by one', () => {
    expect(moveStep(steps, 2, -1).map((item) => item.event)).toEqual(['a', 'c', 'b']);
    expect(moveStep(steps, 0, 1).map((item) => item.event)).toEqual(['b', 'a', 'c']);
  });
  it('changes nothing past either end', () => {
    expect(moveStep(steps, 0, -1)).toBe(steps);
    expect(moveStep(steps, 2, 1)).toBe(steps);
  });
});

describe('checkDraft', () => {
  it('gives a tour when every step passes the rules of data/tours.json', () => {
    const check = checkDraft(draft, references);
    expect(check.problems).toEqual([]);
    expect(check.tour?.id).toBe('own-ashraf-2011-2013');
    expect(check.tour?.steps).toHaveLength(2);
  });

  it('names the step and field of each problem, and gives no tour meanwhile', () => {
    const check = checkDraft(
      {
        ...draft,
        steps: [draft.steps[0] as DraftStep, step('2013-09-01-ashraf-attack', 'Too short')],
      },
      references,
    );
    expect(check.tour).toBeNull();
    expect(check.problems.join(' ')).toMatch(/^Step 2, narration: /);
  });

  it('asks for loaded words to stay inside quotation marks', () => {
    const check = checkDraft(
      {
        ...draft,
        steps: [step('2011-04-08-ashraf-raid', 'The sources call it a massacre of the residents.')],
      },
      references,
    );
    expect(check.problems.join(' ')).toContain('massacre');
  });

  it('words each problem as the teacher reads it: the field, then what is wrong', () => {
    const narration = draft.steps[0]?.narration ?? '';
    expect(checkDraft({ ...draft, title: ' ' }, references).problems).toEqual([
      'Title: title is empty.',
    ]);
    expect(
      checkDraft({ ...draft, steps: [step('2099-no-such-event', narration)] }, references).problems,
    ).toEqual([
      'Step 1, event: the event "2099-no-such-event" is not in data/events.csv.',
      'Steps: no step of this tour can be shown.',
    ]);
  });

  it('asks for a first event when there is none', () => {
    expect(checkDraft(EMPTY_DRAFT, references)).toEqual({
      tour: null,
      problems: ['Add at least one event.'],
    });
  });
});

describe('readStoredDraft', () => {
  it('gives back a kept draft, and a fresh one for anything unreadable', () => {
    expect(readStoredDraft(JSON.stringify(draft))).toEqual(draft);
    expect(readStoredDraft('{not json')).toBe(EMPTY_DRAFT);
    expect(readStoredDraft(JSON.stringify({ title: 3 }))).toBe(EMPTY_DRAFT);
    expect(readStoredDraft(null)).toBe(EMPTY_DRAFT);
  });
});
