// The small rules of the data checker, each on its own: cells a spreadsheet would run, years
// outside the period, one quantity at two sites, and the count of rows lost to a bad file.
import { describe, expect, it } from 'vitest';
import { checkFigureScopes, quantityKey } from './figure-scopes';
import { FileDependents } from './file-dependents';
import { formulaCellWarning } from './formula-cells';
import { yearOutsidePeriod } from './period';
import type { DataIssue } from './types';

describe('formulaCellWarning (OWASP "CSV injection")', () => {
  it('names the character that would start a formula, a tab or a line break', () => {
    const says = (shown: string) =>
      `the cell starts with ${shown}, so a spreadsheet opening this file may run it as a formula; reword it to start with another character`;
    expect(formulaCellWarning('=1+1')).toBe(says('"="'));
    expect(formulaCellWarning('+49 30')).toBe(says('"+"'));
    expect(formulaCellWarning('-5 killed')).toBe(says('"-"'));
    expect(formulaCellWarning('@SUM(A1)')).toBe(says('"@"'));
    expect(formulaCellWarning('\t=1')).toBe(says('a tab'));
    expect(formulaCellWarning('\r=1')).toBe(says('a line break'));
  });

  it('says nothing of a cell with those characters further in, or of an empty cell', () => {
    for (const value of ['', 'a=b', 'about 3-4', ' =1', 'e-mail @ camp']) {
      expect(formulaCellWarning(value), value).toBeNull();
    }
  });
});

describe('yearOutsidePeriod', () => {
  it('accepts 1980 to 2020, the background allowance, and asks about the years beyond', () => {
    expect(yearOutsidePeriod('date', '1980', 1980)).toBeNull();
    expect(yearOutsidePeriod('date', '2020-12-31', 2020)).toBeNull();
    expect(yearOutsidePeriod('date', '1979', 1979)).toBe(
      "date 1979 lies outside the atlas's period 1986–2016 and the 1980–2020 allowed for background events; check the year",
    );
    expect(yearOutsidePeriod('end', '2021-01', 2021)).toMatch(/^end 2021-01 lies outside/);
  });
});

describe('figures of one quantity', () => {
  it('share a key when measure and scope match, whatever the case and the spaces in the scope', () => {
    expect(quantityKey({ measure: 'killed-total', scope: '  In the raid of  8 April ' })).toBe(
      quantityKey({ measure: 'killed-total', scope: 'in the raid of 8 april' }),
    );
    expect(quantityKey({ measure: 'killed-total', scope: 'in the raid' })).not.toBe(
      quantityKey({ measure: 'injured-total', scope: 'in the raid' }),
    );
    expect(quantityKey({ measure: 'killed', scope: 'in the raid' })).not.toBe(
      quantityKey({ measure: 'killed', scope: 'in the raids' }),
    );
    // Runs of spaces count as one space, not as none: these are two different scopes.
    expect(quantityKey({ measure: 'killed', scope: 'in the new camp' })).not.toBe(
      quantityKey({ measure: 'killed', scope: 'in the newcamp' }),
    );
  });

  it('must sit at one site: each later row at another site points to the first', () => {
    const row = (line: number, site: string, scope: string) => ({
      line,
      value: { site, measure: 'residents', scope },
    });
    expect(
      checkFigureScopes('data/figures.csv', [
        row(2, 'ashraf', 'in the camp'),
        row(3, 'ashraf', 'In the camp'),
        row(4, 'liberty', 'in the camp'),
        row(5, 'liberty', 'in the new camp'),
        row(6, 'tirana', 'in  the camp'),
      ]),
    ).toEqual([
      {
        file: 'data/figures.csv',
        line: 4,
        column: 'site',
        message:
          'line 2 has the same measure and scope at "ashraf", so the two would be compared as one quantity: put both at one site, or give each its own scope',
      },
      expect.objectContaining({ line: 6, message: expect.stringMatching(/^line 2 .* "ashraf"/) }),
    ]);
  });
});

describe('FileDependents', () => {
  const unusableSites: DataIssue = {
    file: 'data/sites.geojson',
    line: 1,
    message: 'not JSON',
    wholeFile: true,
  };
  const rowProblem: DataIssue = { file: 'data/events.csv', line: 3, message: 'bad date' };

  it('counts the rows skipped for an unusable file, and the rows that refer to those', () => {
    const dependents = new FileDependents([rowProblem, unusableSites]);
    expect(dependents.isUnusable('data/sites.geojson')).toBe(true);
    expect(dependents.isUnusable('data/events.csv')).toBe(false);
    expect(dependents.skip('data/sites.geojson', 'raid')).toBe(true);
    expect(dependents.skip('data/sites.geojson')).toBe(true);
    expect(dependents.skip('data/events.csv', 'other')).toBe(false);
    dependents.skipWith('raid');
    dependents.skipWith('other');
    dependents.skipWith('unknown');
    expect(dependents.annotate([rowProblem, unusableSites])).toEqual([
      rowProblem,
      { ...unusableSites, dependents: 3 },
    ]);
  });

  it('adds no count to a whole-file issue that nothing depends on', () => {
    const dependents = new FileDependents([unusableSites]);
    expect(dependents.annotate([unusableSites])).toEqual([unusableSites]);
  });

  it('sees a whole-file issue added to the list after it was made', () => {
    const issues: DataIssue[] = [];
    const dependents = new FileDependents(issues);
    expect(dependents.isUnusable('data/sites.geojson')).toBe(false);
    issues.push(unusableSites);
    expect(dependents.isUnusable('data/sites.geojson')).toBe(true);
  });
});
