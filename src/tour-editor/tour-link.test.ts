import fc from 'fast-check';
import { compressToEncodedURIComponent } from 'lz-string';
import { describe, expect, it } from 'vitest';
import {
  TOUR_LIMITS,
  TOUR_LINK_PARAMETER,
  type Tour,
  type TourReferences,
} from '../tours/tour-types';
import { decodeTour, encodeTour, MAX_TOUR_LINK_LENGTH, tourLinkQuery } from './tour-link';

const EVENT_IDS = ['2011-04-08-ashraf-raid', '2013-09-01-ashraf-attack', '1986-06-ashraf-founded'];
const references: TourReferences = {
  eventIds: new Set(EVENT_IDS),
  siteIds: new Set(['camp-ashraf', 'tirana']),
};

/** Text as a teacher may type it, in any script, without surrounding blanks. */
const text = (min: number, max: number) =>
  fc
    .string({ unit: 'grapheme', minLength: min, maxLength: max })
    .filter(
      (value) =>
        value.trim() === value && value.length >= min && value.length <= max && value !== '',
    );

const eventStep = fc.record(
  {
    event: fc.constantFrom(...EVENT_IDS),
    narration: text(TOUR_LIMITS.narrationMin, 120),
    notes: text(1, 80),
  },
  { requiredKeys: ['event', 'narration'] },
);

/** JSON has no -0, so a coordinate of -0 would come back as 0. */
const coordinate = (limit: number) =>
  fc.double({ min: -limit, max: limit, noNaN: true }).map((value) => (value === 0 ? 0 : value));

/** A step that shows a window of years, perhaps a site and a map view of its own. */
const windowStep = fc
  .record(
    {
      from: fc.integer({ min: 1986, max: 2016 }),
      years: fc.integer({ min: 0, max: 10 }),
      site: fc.constant('camp-ashraf'),
      map: fc.record({
        center: fc.tuple(coordinate(180), coordinate(90)),
        zoom: fc.integer({ min: 0, max: 18 }),
      }),
      narration: text(TOUR_LIMITS.narrationMin, 120),
    },
    { requiredKeys: ['from', 'years', 'narration'] },
  )
  .map(({ from, years, ...rest }) => ({ ...rest, from: String(from), to: String(from + years) }));

const tourArbitrary: fc.Arbitrary<Tour> = fc.record({
  id: fc.stringMatching(/^[a-z0-9]{1,10}(?:-[a-z0-9]{1,10}){0,3}$/),
  title: text(1, TOUR_LIMITS.titleMax),
  audience: text(1, 60),
  minutes: fc.integer({ min: TOUR_LIMITS.minutesMin, max: TOUR_LIMITS.minutesMax }),
  steps: fc.array(fc.oneof(eventStep, windowStep), { minLength: 1, maxLength: 8 }),
});

const sample: Tour = {
  id: 'my-ashraf-lesson',
  title: 'Ashraf in three steps',
  audience: 'Year 11 history, no prior knowledge',
  minutes: 10,
  steps: [
    {
      event: '2011-04-08-ashraf-raid',
      narration: 'Iraqi forces enter the camp; the sources give different tolls.',
    },
    {
      event: '2013-09-01-ashraf-attack',
      narration: 'An attack on the camp, as the documents describe it.',
      notes: 'Compare the figures.',
    },
  ],
};

describe('the tour link', () => {
  it('gives back any valid tour it carries', () => {
    fc.assert(
      fc.property(tourArbitrary, (tour) => {
        const decoded = decodeTour(encodeTour(tour), references);
        expect(decoded).toEqual({ ok: true, tour, notices: [] });
      }),
      { numRuns: 60 },
    );
  });

  it('survives the trip through a link’s address', () => {
    fc.assert(
      fc.property(tourArbitrary, (tour) => {
        const url = new URL(`https://school.example/atlas/?${tourLinkQuery(tour).query}`);
        const carried = url.searchParams.get(TOUR_LINK_PARAMETER) ?? '';
        expect(decodeTour(carried, references)).toEqual({ ok: true, tour, notices: [] });
      }),
      { numRuns: 30 },
    );
  });

  it('says a link cut short is damaged', () => {
    const encoded = encodeTour(sample);
    for (const cut of [encoded.length - 12, Math.floor(encoded.length / 2), 3]) {
      const result = decodeTour(encoded.slice(0, cut), references);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.message).toMatch(/damaged|cannot be used/);
    }
  });

  it('says any damaged link is damaged, never throws', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (garbage) => {
        const result = decodeTour(`1.${garbage}`, references);
        expect(result.ok).toBe(false);
      }),
    );
  });

  it('refuses a link that is too long, saying how long it may be', () => {
    const result = decodeTour(`1.${'A'.repeat(MAX_TOUR_LINK_LENGTH)}`, references);
    expect(result).toEqual({
      ok: false,
      message: expect.stringContaining(`at most ${MAX_TOUR_LINK_LENGTH}`),
    });
  });

  it('names the problem when the tour does not fit the schema', () => {
    const bad = `1.${compressToEncodedURIComponent(JSON.stringify({ ...sample, minutes: 'ten' }))}`;
    const result = decodeTour(bad, references);
    expect(result).toEqual({ ok: false, message: expect.stringContaining('minutes') });
  });

  it('drops a step whose event is not in the atlas, says so, and keeps the rest', () => {
    const tour = {
      ...sample,
      steps: [
        ...sample.steps,
        { event: 'no-such-event', narration: 'A step about an event that does not exist.' },
      ],
    };
    const result = decodeTour(encodeTour(tour), references);
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.tour.steps).toHaveLength(2);
      expect(result.notices.join(' ')).toContain('no-such-event');
    }
  });
});
