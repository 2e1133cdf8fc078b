import { describe, expect, it } from 'vitest';
import { bandExtent, chartTimeDomain, linearScale, peopleTop, yearTicks } from './chart-scale';
import type { ResidentsSeries } from './residents-series';

const series = (values: [number, number][]): ResidentsSeries[] => [
  {
    siteId: 'liberty',
    marks: values.map(([startMs, value], index) => ({
      figureId: `f${index}`,
      siteId: 'liberty',
      sourceId: 'doc',
      value,
      qualifier: 'exact',
      kind: 'point',
      dateText: '',
      approximate: false,
      startMs,
      endMs: startMs + 86_400_000,
      stack: 0,
    })),
  },
];

describe('the residents chart scales', () => {
  it('maps time to pixels and back, for brushing', () => {
    const x = linearScale([0, 100], [10, 210]);
    expect(x(50)).toBe(110);
    expect(x.invert(110)).toBe(50);
  });

  it('starts the time axis a year before the first figure, at a whole year', () => {
    const domain = chartTimeDomain(series([[Date.UTC(2011, 3, 8), 3400]]), Date.UTC(2017, 0, 1));
    expect(domain).toEqual([Date.UTC(2010, 0, 1), Date.UTC(2017, 0, 1)]);
    expect(yearTicks(domain)).toHaveLength(8);
  });

  it('labels every other year when years are narrow, and none past the end', () => {
    const domain = [Date.UTC(2010, 0, 1), Date.UTC(2017, 0, 1)] as const;
    const x = linearScale(domain, [0, 140]);
    expect(yearTicks(domain, x, 34, 130).map((tick) => new Date(tick).getUTCFullYear())).toEqual([
      2010, 2012, 2014, 2016,
    ]);
  });

  it('tops the people axis at the next thousand above the largest figure', () => {
    expect(peopleTop(series([[0, 3400]]))).toBe(4000);
    expect(peopleTop([])).toBe(1000);
  });

  it('cuts the window’s band to the chart and hides it when the window is elsewhere', () => {
    const x = linearScale([0, 100], [0, 100]);
    expect(bandExtent({ startMs: -50, endMs: 40 }, x, [0, 100])).toEqual({ x: 0, width: 40 });
    expect(bandExtent({ startMs: 120, endMs: 140 }, x, [0, 100])).toBeNull();
  });
});
