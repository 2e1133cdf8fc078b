// Compact marks of one lane that would be drawn one over the other are moved apart, so each
// can be clicked; marks with room, spans and other lanes are left where they are.
import { describe, expect, it } from 'vitest';
import type { PlacedItem } from './label-placement';
import { MAX_NUDGE, NUDGE_PX, nudgeOverlappingMarks } from './mark-nudge';

// A window of 1,000 ms on 1,000 px: one millisecond is one pixel.
const WINDOW = { startMs: 0, endMs: 1000 };
const WIDTH = 1000;

function mark(id: string, atPx: number, lane = 'ashraf', extra: Partial<PlacedItem> = {}) {
  return {
    id,
    group: lane,
    type: 'point',
    start: atPx,
    className: 'category-attack is-compact',
    content: id,
    label: { kind: 'period', count: 1 },
    subgroup: 'compact',
    row: 99,
    ...extra,
  } as unknown as PlacedItem;
}

const classOf = (items: readonly PlacedItem[], id: string) =>
  items.find((item) => item.id === id)?.className;

const PLAIN = 'category-attack is-compact';
const nudged = (step: string) => `${PLAIN} ${step}`;

/** The classes of marks put at `positionsPx` in one lane, in that order. */
function classesAt(positionsPx: readonly number[], window = WINDOW) {
  const ids = positionsPx.map((_, index) => `m${index}`);
  const out = nudgeOverlappingMarks(
    ids.map((id, index) => mark(id, positionsPx[index] ?? 0)),
    window,
    WIDTH,
  );
  return ids.map((id) => classOf(out, id));
}

describe('nudgeOverlappingMarks', () => {
  it('moves the second of two marks of the same day one step right, and leaves the first', () => {
    const out = nudgeOverlappingMarks([mark('a', 500), mark('b', 500)], WINDOW, WIDTH);
    expect(classOf(out, 'a')).toBe('category-attack is-compact');
    expect(classOf(out, 'b')).toBe('category-attack is-compact nudge-1');
  });

  it('moves each further mark of the same spot one step more, up to the last step', () => {
    const ids = ['a', 'b', 'c', 'd', 'e'];
    const out = nudgeOverlappingMarks(
      ids.map((id) => mark(id, 300)),
      WINDOW,
      WIDTH,
    );
    expect(ids.map((id) => classOf(out, id)?.match(/nudge-\d/)?.[0] ?? 'none')).toEqual([
      'none',
      'nudge-1',
      'nudge-2',
      'nudge-3',
      'nudge-3',
    ]);
    expect(MAX_NUDGE).toBe(3);
  });

  it('leaves marks that are a step apart or more where they are', () => {
    const out = nudgeOverlappingMarks(
      [mark('a', 100), mark('b', 100 + NUDGE_PX), mark('c', 200)],
      WINDOW,
      WIDTH,
    );
    expect(out.map((item) => item.className)).toEqual(Array(3).fill('category-attack is-compact'));
  });

  it('moves a mark only as far as it takes to clear the one before it as drawn', () => {
    expect(NUDGE_PX).toBe(14);
    // With steps of 14 px: b is 4 px after a, one step draws it at 118. c's date is 4 px
    // after b's, but b is drawn at 118: c needs ceil((118 + 14 - 108) / 14) = 2 steps.
    const out = nudgeOverlappingMarks(
      [mark('a', 100), mark('b', 104), mark('c', 108)],
      WINDOW,
      WIDTH,
    );
    expect([classOf(out, 'b'), classOf(out, 'c')]).toEqual([
      'category-attack is-compact nudge-1',
      'category-attack is-compact nudge-2',
    ]);
  });

  it('takes the marks in time order, whatever order they come in', () => {
    const out = nudgeOverlappingMarks([mark('late', 505), mark('early', 500)], WINDOW, WIDTH);
    expect(classOf(out, 'early')).toBe('category-attack is-compact');
    expect(classOf(out, 'late')).toBe('category-attack is-compact nudge-1');
  });

  it('counts pixels from the window: the same dates on a wider timeline need no nudge', () => {
    const items = [mark('a', 500), mark('b', 505)];
    expect(classOf(nudgeOverlappingMarks(items, WINDOW, WIDTH), 'b')).toContain('nudge-1');
    expect(classOf(nudgeOverlappingMarks(items, WINDOW, WIDTH * 4), 'b')).not.toContain('nudge');
  });

  it('leaves marks of other lanes, titled items and spans alone', () => {
    const out = nudgeOverlappingMarks(
      [
        mark('a', 500),
        mark('other-lane', 500, 'liberty'),
        mark('titled', 500, 'ashraf', { subgroup: 'row-0', row: 0 }),
        mark('span', 500, 'ashraf', { type: 'range', end: 900 }),
      ],
      WINDOW,
      WIDTH,
    );
    expect(out.map((item) => item.className)).toEqual(Array(4).fill('category-attack is-compact'));
  });

  it('counts a span no wider than a mark as a mark: raised above the spans and moved apart', () => {
    // A month at coarse zoom (10 px) on the day of a mark, and a span of 400 px beside them.
    const out = nudgeOverlappingMarks(
      [
        mark('day', 500),
        mark('month', 500, 'ashraf', { type: 'range', end: 510 }),
        mark('year', 500, 'ashraf', { type: 'range', end: 900 }),
      ],
      WINDOW,
      WIDTH,
    );
    expect(classOf(out, 'day')).toBe(PLAIN);
    expect(classOf(out, 'month')).toBe(`${PLAIN} is-short-span nudge-1`);
    expect(classOf(out, 'year')).toBe(PLAIN);
  });

  it('moves a run of marks at the right edge left, so none leaves the timeline', () => {
    // Three marks on the last day of the window: moved right they would be drawn past it.
    const out = nudgeOverlappingMarks(
      [mark('a', 995), mark('b', 995), mark('c', 995)],
      WINDOW,
      WIDTH,
    );
    expect(['a', 'b', 'c'].map((id) => classOf(out, id))).toEqual([
      'category-attack is-compact nudge-back-2',
      'category-attack is-compact nudge-back-1',
      'category-attack is-compact',
    ]);
  });

  it('moves right a run that still fits before the edge', () => {
    // 20 px marks: the second one, moved to 974, ends at 994, inside the 1,000 px.
    const out = nudgeOverlappingMarks([mark('a', 960), mark('b', 962)], WINDOW, WIDTH);
    expect(classOf(out, 'b')).toBe('category-attack is-compact nudge-1');
  });

  it('keeps moving right a run whose last mark ends exactly at the edge', () => {
    // The second mark, moved to 980, ends at 1,000: still inside.
    expect(classesAt([966, 966])).toEqual([PLAIN, nudged('nudge-1')]);
  });

  it('moves left a pair whose second mark, moved right, would end past the edge', () => {
    // Moved to 989 the second mark would end at 1,009: the first moves left instead.
    expect(classesAt([975, 975])).toEqual([nudged('nudge-back-1'), PLAIN]);
  });

  it('moves each mark of a run at the edge left only as far as it takes', () => {
    // The last two marks share a day; the first is 5 px before them and must clear the
    // second as it is drawn after its own move left.
    expect(classesAt([990, 995, 995])).toEqual([
      nudged('nudge-back-2'),
      nudged('nudge-back-1'),
      PLAIN,
    ]);
  });

  it('settles each run of marks on its own: one far left moves right, one at the edge left', () => {
    expect(classesAt([100, 100, 995, 995])).toEqual([
      PLAIN,
      nudged('nudge-1'),
      nudged('nudge-back-1'),
      PLAIN,
    ]);
  });

  it('settles a run at the edge even when another mark follows it', () => {
    // The fourth, just past the window, starts a run of its own; the run before it must
    // still move left rather than past the edge.
    expect(classesAt([975, 975, 975, 1017])).toEqual([
      nudged('nudge-back-2'),
      nudged('nudge-back-1'),
      PLAIN,
      PLAIN,
    ]);
  });

  it('counts pixels from the window’s start, wherever the window begins', () => {
    // The right-edge case again, in a window from 1,000 to 2,000 ms; and near its start,
    // far from the edge, a pair moved right.
    const window = { startMs: 1000, endMs: 2000 };
    expect(classesAt([1995, 1995, 1995], window)).toEqual([
      nudged('nudge-back-2'),
      nudged('nudge-back-1'),
      PLAIN,
    ]);
    expect(classesAt([1100, 1100], window)).toEqual([PLAIN, nudged('nudge-1')]);
  });

  it('orders marks of the same moment by id, so the same one stays on its date every time', () => {
    const out = nudgeOverlappingMarks([mark('b', 500), mark('a', 500)], WINDOW, WIDTH);
    expect(classOf(out, 'a')).toBe('category-attack is-compact');
    expect(classOf(out, 'b')).toBe('category-attack is-compact nudge-1');
  });

  it('changes nothing before the timeline has a width', () => {
    const items = [mark('a', 500), mark('b', 500)];
    expect(nudgeOverlappingMarks(items, WINDOW, 0)).toEqual(items);
  });
});
