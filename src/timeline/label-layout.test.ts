import { describe, expect, it } from 'vitest';
import { type LabelledItem, layoutLabels } from './label-layout';

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
    expect([...placements.values()]).toEqual([
      { row: 0, side: 'end' },
      { row: 0, side: 'end' },
      { row: 0, side: 'end' },
    ]);
  });

  it('makes the later of two crowded items compact, rather than cutting its title', () => {
    // Each title takes 20 × 7 + extra px, more than the 50 px between the two.
    const placements = layoutLabels([point('one', 1), point('two', 1.5)], OPTIONS);
    expect(placements.get('one')).toEqual({ row: 0, side: 'end' });
    expect(placements.get('two')).toBe('compact');
  });

  it('uses a second row when the lane has one', () => {
    const placements = layoutLabels([point('one', 1), point('two', 1.5), point('three', 1.6)], {
      ...OPTIONS,
      rowsFor: () => 2,
    });
    expect(placements.get('one')).toEqual({ row: 0, side: 'end' });
    expect(placements.get('two')).toEqual({ row: 1, side: 'end' });
    expect(placements.get('three')).toBe('compact');
  });

  it('places each lane on its own', () => {
    const placements = layoutLabels(
      [point('one', 1, undefined, 'a'), point('two', 1, undefined, 'b')],
      OPTIONS,
    );
    expect(placements.get('one')).toEqual({ row: 0, side: 'end' });
    expect(placements.get('two')).toEqual({ row: 0, side: 'end' });
  });

  it('never lets a title run off either edge: near the end it goes before its item', () => {
    expect(layoutLabels([point('late', 9.5)], OPTIONS).get('late')).toEqual({
      row: 0,
      side: 'start',
    });
    expect(layoutLabels([point('early', 0.5)], OPTIONS).get('early')).toEqual({
      row: 0,
      side: 'end',
    });
    // Too long for either side of a 1000 px window.
    const long = 'x'.repeat(80);
    expect(layoutLabels([point('middle', 5, long)], OPTIONS).get('middle')).toEqual({
      row: 0,
      side: 'mark',
    });
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
    expect(placements.get('two')).toEqual({ row: 0, side: 'end' });
    // Its title has no room, but its mark fits just before the selected item's.
    expect(placements.get('one')).toEqual({ row: 0, side: 'mark' });
  });

  it('puts a mark without title on a free stretch of a row, else on the strip below', () => {
    // 'one' takes the row up to about 290 px; 'two' at 150 px has no room for its title
    // and none for its mark; 'three' at 500 px has room for its title.
    const placements = layoutLabels([point('one', 1), point('two', 1.5), point('late', 9.9)], {
      ...OPTIONS,
      measure: (title: string) => title.length * 7,
    });
    expect(placements.get('one')).toEqual({ row: 0, side: 'end' });
    expect(placements.get('two')).toBe('compact');
    // Too near the end for a title after it, and a title before it would cover nothing: before.
    expect(placements.get('late')).toEqual({ row: 0, side: 'start' });
    const crowd = layoutLabels(
      [point('a', 5), point('b', 5.05), point('c', 5.1), point('d', 7.5)],
      OPTIONS,
    );
    expect(crowd.get('a')).toEqual({ row: 0, side: 'end' });
    // b and c fall under a's title: b's mark has no room either; d's title fits.
    expect(crowd.get('b')).toBe('compact');
    expect(crowd.get('d')).toEqual({ row: 0, side: 'end' });
  });

  it('gives a span that runs past the window its title at its visible start', () => {
    const long: LabelledItem = {
      id: 'long',
      lane: 'a',
      startMs: 6 * YEAR_MS,
      endMs: 30 * YEAR_MS,
      point: false,
      title: 'A period running on',
    };
    expect(layoutLabels([long], OPTIONS).get('long')).toEqual({ row: 0, side: 'end' });
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
    expect(placements.get('span')).toEqual({ row: 0, side: 'end' });
    expect(placements.get('after')).toEqual({ row: 0, side: 'end' });
    expect(placements.get('inside')).toBe('compact');
  });

  it('keeps titles and marks clear of the counts drawn on a lane’s first row', () => {
    // A count of events over years 3–5 of lane a: a title from year 2 would run into it.
    const occupied = [{ lane: 'a', startMs: 3 * YEAR_MS, endMs: 5 * YEAR_MS }];
    const items = [point('before', 2), point('inside', 4), point('after', 6)];
    const free = layoutLabels(items, OPTIONS);
    expect(free.get('before')).toEqual({ row: 0, side: 'end' });
    const placements = layoutLabels(items, { ...OPTIONS, rowsFor: () => 2, occupied });
    // Its title goes before it, or on the second row: not into the count.
    expect(placements.get('before')).not.toEqual({ row: 0, side: 'end' });
    expect(placements.get('after')).toEqual({ row: 0, side: 'end' });
    expect(placements.get('inside')).not.toEqual(expect.objectContaining({ row: 0 }));
  });

  it('lets a count in another lane or out of view take no room', () => {
    const occupied = [
      { lane: 'b', startMs: 1 * YEAR_MS, endMs: 5 * YEAR_MS },
      { lane: 'a', startMs: 12 * YEAR_MS, endMs: 14 * YEAR_MS },
    ];
    const placements = layoutLabels([point('one', 2)], { ...OPTIONS, occupied });
    expect(placements.get('one')).toEqual({ row: 0, side: 'end' });
  });

  it('gives the selected item its title over a count when no row has room beside it', () => {
    const occupied = [{ lane: 'a', startMs: 3 * YEAR_MS, endMs: 5 * YEAR_MS }];
    const items = [point('chosen', 4), point('other', 4.2)];
    const placements = layoutLabels(items, { ...OPTIONS, occupied, firstId: 'chosen' });
    expect(placements.get('chosen')).toEqual({ row: 0, side: 'end' });
    expect(placements.get('other')).not.toEqual(expect.objectContaining({ row: 0, side: 'end' }));
  });
});
