import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatTourIssue, readTour, readTours, unquotedLoadedWords } from './read-tours';
import { tourSchema } from './tour-schema';
import { TOUR_LIMITS } from './tour-types';

const references = {
  eventIds: new Set(['2011-04-08-ashraf-raid', '2013-09-01-ashraf-attack']),
  siteIds: new Set(['camp-ashraf', 'camp-liberty']),
};
const FILE = 'data/tours.json';

const step = (overrides: Record<string, unknown> = {}) => ({
  event: '2011-04-08-ashraf-raid',
  narration: 'According to the overview, Iraqi forces entered Camp Ashraf on 8 April 2011.',
  ...overrides,
});
const tour = (overrides: Record<string, unknown> = {}) => ({
  id: 'a-tour',
  title: 'A tour',
  audience: 'Anyone',
  minutes: 5,
  steps: [step()],
  ...overrides,
});
const read = (tours: unknown[]) => readTours(FILE, JSON.stringify({ tours }), references);

describe('readTours', () => {
  it('keeps a valid tour and reports nothing', () => {
    const result = read([
      tour({
        steps: [
          step(),
          step({ event: undefined, from: '2009', to: '2011-06', site: 'camp-ashraf' }),
        ],
      }),
    ]);
    expect(result.issues).toEqual([]);
    expect(result.tours[0]?.steps).toHaveLength(2);
  });

  it('drops a step naming an unknown event and names the file and JSON path', () => {
    const result = read([tour({ steps: [step(), step({ event: '2099-no-such-event' })] })]);
    expect(result.tours[0]?.steps).toHaveLength(1);
    expect(result.issues.map(formatTourIssue)).toEqual([
      'data/tours.json tours[0].steps[1].event: the event "2099-no-such-event" is not in data/events.csv',
    ]);
  });

  it('reports an unknown site at its path', () => {
    const result = read([tour({ steps: [step({ site: 'atlantis' })] })]);
    expect(result.issues[0]?.path).toBe('tours[0].steps[0].site');
    expect(result.tours).toEqual([]);
  });

  it('bounds the narration length', () => {
    const long = 'a'.repeat(TOUR_LIMITS.narrationMax + 1);
    const result = read([
      tour({ steps: [step(), step({ narration: long }), step({ narration: 'short' })] }),
    ]);
    expect(result.issues.map((issue) => issue.path)).toEqual([
      'tours[0].steps[1].narration',
      'tours[0].steps[2].narration',
    ]);
    expect(result.issues[0]?.message).toMatch(/longer than 420/);
    expect(result.tours[0]?.steps).toHaveLength(1);
  });

  it('skips a second tour with the same id', () => {
    const result = read([tour(), tour({ title: 'Again' })]);
    expect(result.tours.map((item) => item.title)).toEqual(['A tour']);
    expect(result.issues[0]).toMatchObject({ path: 'tours[1].id' });
    expect(result.issues[0]?.message).toMatch(/already used by tours\[0\]/);
  });

  it('needs an event or a whole window in each step', () => {
    const result = read([
      tour({
        steps: [
          step(),
          step({ event: undefined }),
          step({ event: undefined, from: '2009' }),
          step({ event: undefined, from: '2012', to: '2011' }),
        ],
      }),
    ]);
    expect(result.issues.map((issue) => issue.path)).toEqual([
      'tours[0].steps[1].event',
      'tours[0].steps[2].to',
      'tours[0].steps[3].to',
    ]);
  });

  it('rejects a misspelt field rather than ignoring it', () => {
    const result = read([tour({ steps: [step({ narative: 'typo' })] })]);
    expect(result.issues[0]?.path).toMatch(/^tours\[0\]\.steps\[0\]/);
    expect(result.tours).toEqual([]);
  });

  it('drops a tour whose own fields are wrong and keeps the others', () => {
    const result = read([tour({ id: 'Bad Id', minutes: 0 }), tour({ id: 'good' })]);
    expect(result.tours.map((item) => item.id)).toEqual(['good']);
    expect(result.issues.map((issue) => issue.path).sort()).toEqual([
      'tours[0].id',
      'tours[0].minutes',
    ]);
  });

  it('reports a file that is not JSON, or not a list of tours', () => {
    expect(readTours(FILE, '{"tours": [', references).issues[0]?.message).toMatch(/not valid JSON/);
    expect(readTours(FILE, '[]', references).issues[0]?.path).toBe('$');
  });

  it('keeps loaded words out of the narration unless quoted', () => {
    expect(unquotedLoadedWords('The NCRI calls it a “massacre”.')).toEqual([]);
    expect(unquotedLoadedWords('The massacre of 2013.')).toEqual(['massacre']);
    const result = read([
      tour({ steps: [step({ narration: 'The regime attacked the camp in 2011.' })] }),
    ]);
    expect(result.issues[0]).toMatchObject({ path: 'tours[0].steps[0].narration' });
  });
});

describe('what the tours checker says', () => {
  it('says in words what is wrong with each bad field of a tour and of a step', () => {
    const result = read([
      tour({ id: 'A', title: '', minutes: 2.5, steps: [] }),
      tour({
        id: 'steps',
        steps: [
          step({ site: 'atlantis', notes: 'A massacre, the regime says.' }),
          step({ event: undefined, from: '2009-13', to: 2011 }),
          step({ event: undefined, from: '2011', to: '2009', map: { center: [200, 0], zoom: 19 } }),
          'a step',
        ],
      }),
    ]);
    expect(result.issues.map(formatTourIssue)).toEqual([
      'data/tours.json tours[0].id: id must be lower-case letters, digits and single hyphens',
      'data/tours.json tours[0].title: title is empty',
      'data/tours.json tours[0].minutes: minutes must be a whole number',
      'data/tours.json tours[0].steps: a tour needs at least one step',
      'data/tours.json tours[1].steps[0].site: the site "atlantis" is not in data/sites.geojson',
      'data/tours.json tours[1].steps[0].notes: "massacre", "regime" may appear only inside quotation marks, as a named speaker\'s words',
      'data/tours.json tours[1].steps[1].from: from is not a real date',
      'data/tours.json tours[1].steps[1].to: to must be a date written as text, like "2009" or "2009-07"',
      'data/tours.json tours[1].steps[2].map.center: center is out of range: longitude within ±180, latitude within ±90',
      'data/tours.json tours[1].steps[2].map.zoom: zoom must be 18 or less',
      'data/tours.json tours[1].steps[2].to: to comes before from',
      'data/tours.json tours[1].steps[3]: a step must be an object with a narration and an event or a from/to window',
      'data/tours.json tours[1].steps: no step of this tour can be shown',
    ]);
  });

  it('says why a whole file gives no tour', () => {
    const messages = (text: string) =>
      readTours(FILE, text, references).issues.map(formatTourIssue);
    expect(messages('[]')).toEqual([
      'data/tours.json $: the file must be an object like { "tours": [ … ] }',
    ]);
    expect(messages('{"tours": {}}')).toEqual(['data/tours.json $.tours: tours must be a list']);
  });
});

describe('readTour and tourSchema', () => {
  it('validate a single tour, as a link carries it', () => {
    expect(readTour(FILE, '$', tour(), references).tour?.id).toBe('a-tour');
    expect(tourSchema.safeParse(tour()).success).toBe(true);
    expect(tourSchema.safeParse(tour({ steps: [] })).success).toBe(false);
  });
});

describe('data/tours.json', () => {
  it('holds the four tours the classroom needs, each with steps', () => {
    const json = JSON.parse(readFileSync('data/tours.json', 'utf8')) as {
      tours: { id: string; steps: unknown[] }[];
    };
    expect(json.tours.map((item) => item.id)).toEqual([
      'ashraf-founding',
      'protection-and-attacks',
      'liberty-to-albania',
      'reading-the-sources',
    ]);
  });
});
