import { describe, expect, it } from 'vitest';
import { formatCount, strings } from './strings';

describe('counts in words', () => {
  it('groups thousands as the locale does', () => {
    for (const value of [0, 7, 999, 1000, 3400, 12_345, 100_000, 1_234_567, -2500]) {
      expect(formatCount(value)).toBe(value.toLocaleString('en-GB'));
    }
    expect(formatCount(1_234_567)).toBe('1,234,567');
  });

  it('leaves a fraction to the locale formatter', () => {
    expect(formatCount(2.5)).toBe('2.5');
  });
});

describe("the data notice's heading", () => {
  it('says rows were skipped, and only that, when every problem is a skipped row or file', () => {
    expect(strings.dataIssuesHeading(1)).toBe(
      '1 data problem: the rows below were skipped; everything else is shown.',
    );
  });

  it("says nothing was skipped when every file named is shown from the build's copy", () => {
    expect(strings.dataIssuesHeading(2, 2)).toBe(
      '2 data files could not be read: the atlas shows the copy made when it was built.',
    );
  });

  it('says both when both kinds are listed', () => {
    const heading = strings.dataIssuesHeading(3, 1);
    expect(heading).toContain('the rows below were skipped');
    expect(heading).toContain('For a file that could not be read, the atlas shows the copy');
  });
});
