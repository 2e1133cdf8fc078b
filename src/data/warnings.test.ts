import { describe, expect, it } from 'vitest';
import { buildDataset } from './build-dataset';
import { FIXTURE_SOURCE_TEXTS, type FixtureTexts, validFixture } from './fixtures.test-helpers';
import { formatIssue } from './format-issue';

function build(change: (texts: FixtureTexts) => void) {
  const texts = validFixture();
  change(texts);
  const result = buildDataset(texts, { sourceTexts: FIXTURE_SOURCE_TEXTS });
  return { ...result, warned: result.warnings.map(formatIssue) };
}

describe('warnings of the data checker', () => {
  it('names each cell that a spreadsheet would run as a formula, and keeps the row', () => {
    const { dataset, issues, warned } = build((texts) => {
      texts.events = (texts.events ?? '')
        .replace('Forces enter the camp', '=HYPERLINK(""http://example.com"")')
        .replace('The residents moved.', '@SUM(1+1)');
    });
    expect(issues).toEqual([]);
    expect(warned).toEqual([
      'data/events.csv:2:6 (title): the cell starts with "=", so a spreadsheet opening this file may run it as a formula; reword it to start with another character',
      'data/events.csv:3:7 (summary): the cell starts with "@", so a spreadsheet opening this file may run it as a formula; reword it to start with another character',
    ]);
    expect(dataset.events).toHaveLength(2);
  });

  it('asks about event years outside the period and its allowance: 0011 and 2101', () => {
    const { dataset, issues, warned } = build((texts) => {
      texts.events = (texts.events ?? '')
        .replace('2011-04-08-raid,2011-04-08,,', '2011-04-08-raid,0011-04-08,2101,')
        .replace('2012-move,2012~,', '2012-move,1982~,');
    });
    expect(issues).toEqual([]);
    expect(warned).toEqual([
      "data/events.csv:2:2 (date): date 0011-04-08 lies outside the atlas's period 1986–2016 and the 1980–2020 allowed for background events; check the year",
      "data/events.csv:2:3 (end): end 2101 lies outside the atlas's period 1986–2016 and the 1980–2020 allowed for background events; check the year",
    ]);
    // Year 11 stays year 11: it sorts first, not in 1911.
    expect(new Date(dataset.events[0]?.startMs ?? 0).getUTCFullYear()).toBe(11);
  });

  it('has nothing to say about the valid fixture', () => {
    expect(build(() => {}).warnings).toEqual([]);
  });

  it('skips the warnings when asked (the atlas in the browser), building the same dataset', () => {
    const texts = validFixture();
    texts.events = (texts.events ?? '')
      .replace('Forces enter the camp', '=HYPERLINK(""http://example.com"")')
      .replace('2011-04-08-raid,2011-04-08,,', '2011-04-08-raid,0011-04-08,,');
    const checked = buildDataset(texts, { sourceTexts: FIXTURE_SOURCE_TEXTS });
    const quiet = buildDataset(texts, {
      sourceTexts: FIXTURE_SOURCE_TEXTS,
      editorialWarnings: false,
    });
    expect(checked.warnings).toHaveLength(2);
    expect(quiet.warnings).toEqual([]);
    expect(quiet.issues).toEqual(checked.issues);
    expect(quiet.dataset).toEqual(checked.dataset);
  });
});
