import { describe, expect, it } from 'vitest';
import type { Move } from '../data/types';
import { testMove } from './moves-fixture.test-helpers';
import { arcWidth, largestCount, movesInWindow } from './visible-moves';

const move = (id: string, start: string, end: string | null, counts: number[] = []): Move =>
  testMove(id, ['a', 'b'], start, end, counts);

const year = (from: number, to = from + 1) => ({
  startMs: Date.UTC(from, 0, 1),
  endMs: Date.UTC(to, 0, 1),
});

describe('movesInWindow', () => {
  const france = move('1986-france-to-ashraf', '1986-06~', null);
  const liberty = move('2012-ashraf-to-liberty', '2012', null);
  const albania = move('2012-liberty-to-albania', '2012?', '2016-09-09');

  it('shows the 2012 moves and hides the 1986 move in a window in 2012', () => {
    const shown = movesInWindow([france, liberty, albania], year(2012));
    expect(shown.map((item) => item.id)).toEqual([
      '2012-ashraf-to-liberty',
      '2012-liberty-to-albania',
    ]);
  });

  it('shows a move over a period in any window that overlaps the period', () => {
    expect(movesInWindow([albania], year(2015))).toEqual([albania]);
    expect(movesInWindow([albania], year(2017))).toEqual([]);
  });

  it('shows a move dated to a month only in windows that reach that month', () => {
    const june = move('1986-june', '1986-06', null);
    expect(
      movesInWindow([june], { startMs: Date.UTC(1986, 6, 1), endMs: Date.UTC(1987, 0, 1) }),
    ).toEqual([]);
    expect(
      movesInWindow([june], { startMs: Date.UTC(1986, 5, 30), endMs: Date.UTC(1986, 6, 2) }),
    ).toEqual([june]);
  });
});

describe('arc width', () => {
  it('uses the largest number a document gives, never a sum or an average', () => {
    expect(largestCount(move('m', '2012', null, [400, 1200]))).toBe(1200);
    expect(largestCount(move('m', '2012', null))).toBeNull();
  });

  it('draws a move without a number thin, and a larger move wider', () => {
    expect(arcWidth(null)).toBe(2);
    expect(arcWidth(280)).toBeLessThan(arcWidth(1000));
    expect(arcWidth(1_000_000)).toBe(8);
  });
});
