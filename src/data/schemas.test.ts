// One row of each file against its schema: the value the atlas keeps, or the sentence the
// editor reads. Rows are written as a spreadsheet saves them: every cell a string.
import { describe, expect, it } from 'vitest';
import { optionalEdtfCell } from './cell-schemas';
import {
  claimRowSchema,
  eventRowSchema,
  figureRowSchema,
  pointGeometrySchema,
  sitePropertiesSchema,
  sourceRowSchema,
} from './schemas';

const QUOTE = 'Thirty-six residents were killed, the group said.';

/** The messages of a failed parse, each as "column: message"; [] when the row is good. */
function problems(schema: { safeParse: (row: unknown) => unknown }, row: unknown): string[] {
  const result = schema.safeParse(row) as
    | { success: true }
    | { success: false; error: { issues: { path: PropertyKey[]; message: string }[] } };
  if (result.success) return [];
  return result.error.issues.map((issue) => `${String(issue.path[0] ?? '')}: ${issue.message}`);
}

const claim = (changes: Record<string, string>) => ({
  event: '2011-04-08-raid',
  source: 'doc',
  quote: QUOTE,
  speaker: 'The group',
  date: '',
  killed: '',
  injured: '',
  qualifier: '',
  note: '',
  ...changes,
});

describe('a claim row', () => {
  it('reads counts as whole numbers and leaves empty ones out', () => {
    expect(
      claimRowSchema.parse(claim({ killed: ' 36 ', injured: '', qualifier: 'exact ' })),
    ).toMatchObject({ killed: 36, injured: undefined, qualifier: 'exact', date: undefined });
    expect(claimRowSchema.parse(claim({ injured: '0', qualifier: 'at-least' })).injured).toBe(0);
  });

  it('refuses a count with a separator or a fraction, and an unknown qualifier', () => {
    expect(problems(claimRowSchema, claim({ killed: '1,000', qualifier: 'exact' }))).toEqual([
      'killed: killed must be a whole number without spaces or separators, or empty',
    ]);
    expect(problems(claimRowSchema, claim({ injured: '2.5', qualifier: 'exact' }))).toEqual([
      'injured: injured must be a whole number without spaces or separators, or empty',
    ]);
    expect(problems(claimRowSchema, claim({ killed: '3', qualifier: 'roughly' }))).toEqual([
      'qualifier: qualifier must be empty or one of: exact, at-least, more-than, about, nearly, up-to',
    ]);
  });

  it('wants a qualifier only with a count, and a count to have one', () => {
    expect(problems(claimRowSchema, claim({ qualifier: 'about' }))).toEqual([
      'qualifier: qualifier is set but killed and injured are both empty: it qualifies nothing',
    ]);
    expect(problems(claimRowSchema, claim({ injured: '4' }))).toEqual([
      'qualifier: a claim with a figure needs a qualifier (exact, at-least, more-than, about, nearly or up-to)',
    ]);
    expect(problems(claimRowSchema, claim({ injured: '4', qualifier: 'nearly' }))).toEqual([]);
  });

  it('keeps a claim’s own date, and names the column of a bad one', () => {
    expect(claimRowSchema.parse(claim({ date: '2011-04~' })).date?.text).toBe('2011-04~');
    expect(problems(claimRowSchema, claim({ date: 'April 2011' }))).toEqual([
      expect.stringMatching(/^date: date: "April 2011" is not a date/),
    ]);
  });
});

describe('an event row and a source row', () => {
  const event = {
    id: '2011-04-08-raid',
    date: '2011-04-08',
    end: ' ',
    site: 'camp-a',
    category: ' attack ',
    title: 'Forces enter the camp',
    summary: 'Forces entered.',
  };

  it('trims a category and leaves an empty end out', () => {
    const row = eventRowSchema.parse(event);
    expect(row.category).toBe('attack');
    expect(row.end).toBeUndefined();
  });

  it('names a bad end, an unknown category and an id that is not kebab-case', () => {
    expect(problems(eventRowSchema, { ...event, end: '2011-13' })).toEqual([
      'end: end: "2011-13" has month 13, which is not between 01 and 12',
    ]);
    expect(problems(eventRowSchema, { ...event, category: 'raid' })).toEqual([
      expect.stringMatching(/^category: category must be one of: /),
    ]);
    for (const id of ['Raid-2011', 'raid--2011', '-raid', 'raid_2011']) {
      expect(problems(eventRowSchema, { ...event, id }), id).toEqual([
        'id: id must be lower-case letters, digits and single hyphens (kebab-case)',
      ]);
    }
  });

  it('wants a source’s document to be a text file directly in seeds/', () => {
    const source = {
      id: 'doc',
      file: 'seeds/doc.txt',
      title: 'A statement',
      author: ' ',
      publisher: 'A group',
      published: '2012~',
      kind: 'statement',
      perspective: 'Arguing its case.',
    };
    expect(sourceRowSchema.parse(source).author).toBe('');
    for (const file of ['seeds/a/doc.txt', 'doc.txt', 'seeds/doc.pdf', 'seeds\\doc.txt']) {
      expect(problems(sourceRowSchema, { ...source, file }), file).toEqual([
        'file: file must be a path like seeds/NAME.txt',
      ]);
    }
  });
});

describe('a figure row', () => {
  const figure = {
    id: 'killed-2011',
    site: 'camp-a',
    date: '2011-04-08',
    measure: 'killed-total',
    scope: 'in the raid',
    value: '36',
    qualifier: 'exact',
    source: 'doc',
    quote: QUOTE,
    note: '',
  };

  it('reads a whole or a decimal value', () => {
    expect(figureRowSchema.parse({ ...figure, value: ' 3400 ' }).value).toBe(3400);
    expect(figureRowSchema.parse({ ...figure, value: '36.5' }).value).toBe(36.5);
    expect(figureRowSchema.parse({ ...figure, value: '0.25' }).value).toBe(0.25);
  });

  it('refuses a value with a comma, a unit or a dangling point', () => {
    for (const value of ['3,400', '36 people', '36.', '.5', '']) {
      expect(problems(figureRowSchema, { ...figure, value }), value).toEqual([
        'value: value must be a number such as 3400 or 36.5 (no spaces, commas or units)',
      ]);
    }
  });
});

describe('a site’s properties and point', () => {
  const site = {
    id: 'ashraf',
    name: 'Camp Ashraf',
    aliases: [],
    kind: 'camp',
    country: 'IQ',
    period: '1986/2012',
    summary: 'A camp.',
    coord_accuracy_m: 500,
    coord_source: 'A gazetteer',
  };

  it('reads the period as an interval, and names what is wrong with it', () => {
    expect(sitePropertiesSchema.parse(site).period.end.text).toBe('2012');
    expect(problems(sitePropertiesSchema, { ...site, period: '1986' })).toEqual([
      'period: period: "1986" is not an interval of the form START/END',
    ]);
  });

  it('names a country that is not a two-letter code, a bad accuracy and aliases that are not a list', () => {
    expect(problems(sitePropertiesSchema, { ...site, country: 'iq' })).toEqual([
      'country: country must be a two-letter ISO 3166-1 code such as IQ',
    ]);
    expect(problems(sitePropertiesSchema, { ...site, coord_accuracy_m: 0 })).toEqual([
      'coord_accuracy_m: coord_accuracy_m must be more than 0',
    ]);
    expect(problems(sitePropertiesSchema, { ...site, coord_accuracy_m: '500' })).toEqual([
      'coord_accuracy_m: coord_accuracy_m must be a number of metres',
    ]);
    expect(problems(sitePropertiesSchema, { ...site, aliases: 'Ashraf' })).toEqual([
      'aliases: aliases must be a list of names',
    ]);
  });

  it('accepts a point up to ±180° and ±90°, and not beyond', () => {
    for (const coordinates of [
      [180, 90],
      [-180, -90],
    ]) {
      expect(problems(pointGeometrySchema, { type: 'Point', coordinates })).toEqual([]);
    }
    for (const coordinates of [
      [180.1, 0],
      [-180.1, 0],
      [0, 90.1],
      [0, -90.1],
    ]) {
      expect(
        problems(pointGeometrySchema, { type: 'Point', coordinates }),
        String(coordinates),
      ).toEqual([expect.stringMatching(/^coordinates: coordinates are out of range/)]);
    }
  });

  it('names a geometry that is not a point, or not a pair of numbers', () => {
    expect(problems(pointGeometrySchema, { type: 'LineString', coordinates: [44, 33] })).toEqual([
      'type: geometry must be a Point',
    ]);
    expect(problems(pointGeometrySchema, { type: 'Point', coordinates: [44] })).toEqual([
      'coordinates: coordinates must be [longitude, latitude]',
    ]);
  });
});

describe('an optional date cell', () => {
  it('is absent when blank and names its column when wrong', () => {
    const cell = optionalEdtfCell('end');
    expect(cell.parse('   ')).toBeUndefined();
    expect(cell.parse(' 2013 ')?.text).toBe('2013');
    expect(problems(cell, '2013-02-30')).toEqual([
      ': end: "2013-02-30" has day 30, which does not exist in that month',
    ]);
  });
});
