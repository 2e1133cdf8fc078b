import { describe, expect, it } from 'vitest';
import { LABEL_EXTRA_PX, type LabelledItem, layoutLabels } from './label-layout';

const YEAR_MS = 365 * 24 * 3600 * 1000;
/** Ten years over 1000 px: 100 px a year. */
const OPTIONS = {
  window: { startMs: 0, endMs: 10 * YEAR_MS },
  widthPx: 1000,
  measure: (title: string) => title.length * 7,
  rowsFor: () => 1,
};

function point(
  id: string,
  years: number,
  title = 'Twenty characters ab',
  lane = 'a',
): LabelledItem {
  return { id, lane, startMs: years * YEAR_MS, endMs: years * YEAR_MS, point: true, title };
}

describe('layoutLabels', () => {
  it('gives every item its title when there is room', () => {
    const placements = layoutLabels([point('one', 1), point('two', 4), point('three', 7)], OPTIONS);
    expect([...placements.values()]).toEqual([0, 0, 0]);
  });

  it('makes the later of two crowded items compact, rather than cutting its title', () => {
    // Each title takes 20 × 7 + extra px, more than the 50 px between the two.
    const placements = layoutLabels([point('one', 1), point('two', 1.5)], OPTIONS);
    expect(placements.get('one')).toBe(0);
    expect(placements.get('two')).toBe('compact');
  });

  it('uses a second row when the lane has one', () => {
    const placements = layoutLabels([point('one', 1), point('two', 1.5), point('three', 1.6)], {
      ...OPTIONS,
      rowsFor: () => 2,
    });
    expect(placements.get('one')).toBe(0);
    expect(placements.get('two')).toBe(1);
    expect(placements.get('three')).toBe('compact');
  });

  it('places each lane on its own', () => {
    const placements = layoutLabels(
      [point('one', 1, undefined, 'a'), point('two', 1, undefined, 'b')],
      OPTIONS,
    );
    expect(placements.get('one')).toBe(0);
    expect(placements.get('two')).toBe(0);
  });

  it('never lets a title run off the right edge', () => {
    const near = 10 - (20 * 7 + LABEL_EXTRA_PX - 20) / 100;
    expect(layoutLabels([point('late', near)], OPTIONS).get('late')).toBe('compact');
    expect(layoutLabels([point('late', 8)], OPTIONS).get('late')).toBe(0);
  });

  it('keeps out-of-view items compact', () => {
    expect(layoutLabels([point('before', -1), point('after', 11)], OPTIONS)).toEqual(
      new Map([
        ['before', 'compact'],
        ['after', 'compact'],
      ]),
    );
  });

  it('gives the selected item its title first, even in a crowd', () => {
    const placements = layoutLabels([point('one', 1), point('two', 1.5)], {
      ...OPTIONS,
      firstId: 'two',
    });
    expect(placements.get('two')).toBe(0);
    expect(placements.get('one')).toBe('compact');
  });

  it('lets a long span carry its title inside it and shares the row after it', () => {
    const span: LabelledItem = {
      id: 'span',
      lane: 'a',
      startMs: 1 * YEAR_MS,
      endMs: 4 * YEAR_MS,
      point: false,
      title: 'Short',
    };
    const placements = layoutLabels([span, point('after', 4.2), point('inside', 2)], OPTIONS);
    expect(placements.get('span')).toBe(0);
    expect(placements.get('after')).toBe(0);
    expect(placements.get('inside')).toBe('compact');
  });
});
