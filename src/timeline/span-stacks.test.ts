// Compact spans of one lane with the very same period are drawn as one stack that says how
// many there are, and a click on it steps through them; anything else is left as it was.
import { describe, expect, it } from 'vitest';
import type { PlacedItem } from './label-placement';
import {
  eventForClick,
  eventsDrawnAs,
  STACK_TOP_CLASS,
  STACKED_CLASS,
  type StackedItem,
  stackIdenticalSpans,
} from './span-stacks';

function span(id: string, start: number, end: number, extra: Partial<PlacedItem> = {}): PlacedItem {
  return {
    id,
    group: 'other',
    type: 'range',
    start,
    end,
    className: 'category-relocation is-compact',
    content: `About ${id}`,
    label: {
      kind: 'event',
      eventId: id,
      category: 'relocation',
      title: `Title ${id}`,
      description: `About ${id}`,
      disputed: false,
    },
    subgroup: 'compact',
    row: 99,
    ...extra,
  } as PlacedItem;
}

const byId = (items: readonly StackedItem[], id: string) => items.find((item) => item.id === id);
const classes = (items: readonly StackedItem[]) =>
  Object.fromEntries(
    items.map((item) => [
      item.id,
      item.className.includes(STACK_TOP_CLASS)
        ? 'top'
        : item.className.includes(STACKED_CLASS)
          ? 'under'
          : 'plain',
    ]),
  );

describe('stackIdenticalSpans', () => {
  it('draws spans of the very same period in one lane as one: the first by id on top, with the count', () => {
    const out = stackIdenticalSpans(
      [span('c', 10, 20), span('a', 10, 20), span('b', 10, 20)],
      null,
    );
    expect(classes(out)).toEqual({ c: 'under', a: 'top', b: 'under' });
    const top = byId(out, 'a');
    expect(top?.label.kind === 'event' && top.label.stackCount).toBe(3);
    expect(top?.stack).toEqual(['a', 'b', 'c']);
    // The tooltip and screen-reader text name the others; the change reaches the timeline.
    expect(top?.content).toContain('Title b; Title c');
    expect(top?.label.kind === 'event' && top.label.description).toBe(top?.content);
  });

  it('puts the chosen event on top of its stack', () => {
    const out = stackIdenticalSpans([span('a', 10, 20), span('b', 10, 20)], 'b');
    expect(classes(out)).toEqual({ a: 'under', b: 'top' });
  });

  it('leaves spans of other periods, other lanes, title rows and points as they were', () => {
    const items = [
      span('a', 10, 20),
      span('b', 10, 21),
      span('c', 10, 20, { group: 'tirana' }),
      span('d', 10, 20, { subgroup: 'row-0', row: 0 }),
      span('e', 10, 20, { type: 'point', end: undefined }),
    ];
    const out = stackIdenticalSpans(items, null);
    expect(out).toEqual(items);
  });

  it('keeps in the stack the chosen event that left the strip for a row with its title', () => {
    const out = stackIdenticalSpans(
      [span('a', 10, 20, { subgroup: 'row-1', row: 1 }), span('b', 10, 20), span('c', 10, 20)],
      'a',
    );
    expect(classes(out)).toEqual({ a: 'plain', b: 'top', c: 'under' });
    expect(byId(out, 'b')?.stack).toEqual(['a', 'b', 'c']);
    const top = byId(out, 'b');
    expect(top?.label.kind === 'event' && top.label.stackCount).toBe(2);
  });
});

describe('eventForClick', () => {
  const [top] = stackIdenticalSpans([span('a', 10, 20), span('b', 10, 20), span('c', 10, 20)], 'a');

  it('chooses the clicked event when nothing of its stack is chosen', () => {
    expect(eventForClick(top, 'a', null)).toBe('a');
    expect(eventForClick(top, 'a', 'elsewhere')).toBe('a');
  });

  it('steps to the next of the stack by id, and from the last back to the first', () => {
    expect(eventForClick(top, 'a', 'a')).toBe('b');
    expect(eventForClick(top, 'a', 'b')).toBe('c');
    expect(eventForClick(top, 'a', 'c')).toBe('a');
  });

  it('chooses an item that is no stack as it is', () => {
    expect(eventForClick(span('x', 0, 1), 'x', 'x')).toBe('x');
    expect(eventForClick(undefined, 'x', 'x')).toBe('x');
  });
});

describe('eventsDrawnAs', () => {
  it('gives a stack top with the spans hidden under it, not one of its period shown with its title', () => {
    const out = stackIdenticalSpans(
      [
        span('a', 10, 20),
        span('b', 10, 20),
        span('c', 10, 20),
        span('d', 10, 20, { subgroup: 'row-0', row: 0 }),
        span('e', 30, 40),
      ],
      null,
    );
    const drawn = new Map(out.map((item) => [item.id, item]));
    expect(eventsDrawnAs(drawn, 'a')).toEqual(['a', 'b', 'c']);
    expect(eventsDrawnAs(drawn, 'e')).toEqual(['e']);
    expect(eventsDrawnAs(drawn, 'unknown')).toEqual(['unknown']);
  });
});
