import { describe, expect, it } from 'vitest';
import { parseEdtfDate } from '../data/edtf';
import type { Figure } from '../data/types';
import { marksInWindow, residentsSeries } from './residents-series';

function figure(id: string, siteId: string, date: string, value: number, sourceId = 'doc'): Figure {
  const parsed = parseEdtfDate(date);
  if (!parsed.ok) throw new Error(parsed.error);
  return {
    id,
    siteId,
    date: parsed.value,
    measure: 'residents',
    scope: `living at ${siteId}`,
    value,
    qualifier: 'exact',
    sourceId,
    quote: 'a passage',
    note: '',
  };
}

describe('residentsSeries', () => {
  it('makes a point of a figure dated to the day and a span of one dated to a month or year', () => {
    const [ashraf] = residentsSeries([
      figure('day', 'ashraf', '2011-04-08', 3400),
      figure('month', 'ashraf', '2013-08', 101),
      figure('year', 'ashraf', '2012~', 100),
    ]);
    expect(
      ashraf?.marks.map((mark) => [mark.figureId, mark.kind, mark.startMs, mark.endMs]),
    ).toEqual([
      ['day', 'point', Date.UTC(2011, 3, 8), Date.UTC(2011, 3, 9)],
      ['year', 'span', Date.UTC(2012, 0, 1), Date.UTC(2013, 0, 1)],
      ['month', 'span', Date.UTC(2013, 7, 1), Date.UTC(2013, 8, 1)],
    ]);
    expect(ashraf?.marks[1]?.approximate).toBe(true);
  });

  it('keeps disagreeing figures for the same time as separate marks, side by side', () => {
    const [liberty] = residentsSeries([
      figure('stevenson', 'liberty', '2013-09', 3000, 'ncri'),
      figure('other', 'liberty', '2013-09', 2800, 'overview'),
    ]);
    expect(liberty?.marks.map((mark) => [mark.value, mark.sourceId, mark.stack])).toEqual([
      [2800, 'overview', 0],
      [3000, 'ncri', 1],
    ]);
  });

  it('adds no value for the years between figures: gaps stay gaps', () => {
    const series = residentsSeries([
      figure('a', 'liberty', '2012-04', 3400),
      figure('b', 'liberty', '2015-01~', 2500),
    ]);
    expect(series[0]?.marks).toHaveLength(2);
    expect(
      marksInWindow(series, { startMs: Date.UTC(2013, 0, 1), endMs: Date.UTC(2014, 0, 1) }),
    ).toEqual([]);
  });

  it('keeps each site apart and leaves out every other measure', () => {
    const other: Figure = { ...figure('area', 'liberty', '2012', 0.5), measure: 'area-km2' };
    const series = residentsSeries([
      figure('a', 'ashraf', '2011-04-08', 3400),
      other,
      figure('b', 'liberty', '2013-09', 3000),
    ]);
    expect(series.map((line) => [line.siteId, line.marks.map((mark) => mark.figureId)])).toEqual([
      ['ashraf', ['a']],
      ['liberty', ['b']],
    ]);
  });
});
