import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { buildDataset } from '../data/build-dataset';
import { parseEdtfDate } from '../data/edtf';
import { FIXTURE_SOURCE_TEXTS, validFixture } from '../data/fixtures.test-helpers';
import { cslJson, datasetToJson, eventPermalink, eventsToCsv, plainCitation } from './export-data';

const { dataset } = buildDataset(validFixture(), { sourceTexts: FIXTURE_SOURCE_TEXTS });

describe('eventsToCsv', () => {
  it('writes one row per claim of the given events only, quotes intact', () => {
    const raid = dataset.events.filter((event) => event.id === '2011-04-08-raid');
    const parsed = Papa.parse<Record<string, string>>(eventsToCsv(raid, dataset), { header: true });
    expect(parsed.data).toHaveLength(2);
    expect(parsed.data.every((row) => row.event === '2011-04-08-raid')).toBe(true);
    expect(parsed.data[1]).toMatchObject({
      killed: '36',
      qualifier: 'exact',
      quote: 'Thirty-six residents were killed, the group said.',
    });
  });
});

describe('eventsToCsv and spreadsheet formulas', () => {
  it('writes no cell that a spreadsheet would run as a formula', () => {
    const raid = dataset.events.find((event) => event.id === '2011-04-08-raid');
    if (!raid) throw new Error('fixture event missing');
    const hostile = {
      ...raid,
      title: '=HYPERLINK("http://example.com","click")',
      summary: '+1 and more\n=SUM(A1:A9)',
      claims: raid.claims.map((claim, index) => ({
        ...claim,
        speaker: ['@SUM(1)', '-2+3'][index] ?? claim.speaker,
        quote: index === 0 ? '\t=cmd' : '\r=cmd',
      })),
    };
    const csv = eventsToCsv([hostile], dataset);
    const parsed = Papa.parse<Record<string, string>>(csv, { header: true });
    const cells = parsed.data.flatMap((row) => Object.values(row));
    expect(cells.filter((cell) => /^[=+\-@\t\r]/.test(cell))).toEqual([]);
    // The text itself is kept, behind the apostrophe spreadsheets hide.
    expect(parsed.data[0]?.title).toBe(`'=HYPERLINK("http://example.com","click")`);
    expect(parsed.data[0]?.summary).toBe("'+1 and more\n=SUM(A1:A9)");
    expect(parsed.data[1]?.speaker).toBe("'-2+3");
  });
});

describe('datasetToJson', () => {
  it('keeps dates as their EDTF text, with their qualifiers', () => {
    const json = JSON.parse(datasetToJson(dataset));
    expect(json.events[1].date).toBe('2012~');
    expect(json.sites[0].period).toBe('1986/2013');
    expect(json.events[0].startMs).toBeUndefined();
  });
});

describe('citations', () => {
  const event = dataset.events[0];
  const link = eventPermalink('https://example.org/atlas/?from=2009#x', '2011-04-08-raid');

  it('link to the event and name the underlying document', () => {
    expect(link).toBe('https://example.org/atlas/?event=2011-04-08-raid');
    if (!event) throw new Error('fixture has no event');
    const text = plainCitation(event, dataset.sources, link, new Date(Date.UTC(2026, 10, 24)));
    expect(text).toContain('Forces enter the camp');
    expect(text).toContain(link);
    expect(text).toContain('accessed 2026-11-24');
    expect(text).toContain('“A statement”, A group, 2012, approximate');
    const csl = JSON.parse(cslJson(event, dataset.sources, link, new Date(Date.UTC(2026, 10, 24))));
    expect(csl[0]).toMatchObject({
      type: 'webpage',
      URL: link,
      issued: { 'date-parts': [[2011, 4, 8]] },
    });
    expect(csl[1]).toMatchObject({
      id: 'doc',
      issued: { 'date-parts': [[2012]], approximate: true },
    });
  });

  it('give an event known as a span both its ends, not its start as its date', () => {
    if (!event) throw new Error('fixture has no event');
    const end = parseEdtfDate('2011-06');
    if (!end.ok) throw new Error(end.error);
    const span = { ...event, end: end.value };
    const text = plainCitation(span, dataset.sources, link, new Date(Date.UTC(2026, 10, 24)));
    expect(text).toContain('(8 April 2011 – June 2011)');
  });
});
