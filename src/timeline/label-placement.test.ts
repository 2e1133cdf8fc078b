// Items in their lanes and rows: the pure step between the label layout and vis-timeline.
import { describe, expect, it } from 'vitest';
import type { Site } from '../data/types';
import { COMPACT_ROW, placeItems } from './label-placement';
import { OTHER_PLACES_LANE } from './lanes';
import type { TimelineItemData } from './timeline-items';

const YEAR_MS = 365 * 24 * 3600 * 1000;

function site(id: string, kind: Site['kind'], country: string): Site {
  return { id, name: id, kind, country } as Site;
}

const SITES = new Map(
  [site('ashraf', 'camp', 'IQ'), site('tirana', 'city', 'AL'), site('madrid', 'city', 'ES')].map(
    (entry) => [entry.id, entry],
  ),
);

function point(id: string, group: string, years: number, title = 'Short title'): TimelineItemData {
  return {
    id,
    group,
    type: 'point',
    start: years * YEAR_MS,
    className: 'category-legal',
    content: title,
    label: {
      kind: 'event',
      eventId: id,
      category: 'legal',
      title,
      description: title,
      disputed: false,
    },
  };
}

const CONTEXT = {
  sites: SITES,
  window: { startMs: 0, endMs: 10 * YEAR_MS },
  widthPx: 1000,
  measure: (title: string) => title.length * 7,
  selectedId: null,
};

describe('placeItems', () => {
  it('puts camps and home cities in their own lane and every other place in one', () => {
    const items = [point('a', 'ashraf', 1), point('b', 'madrid', 2), point('c', 'tirana', 3)];
    const placed = placeItems(items, CONTEXT);
    expect(placed.map((item) => item.group)).toEqual(['ashraf', OTHER_PLACES_LANE, 'tirana']);
    expect(placed.map((item) => item.subgroup)).toEqual(['row-0', 'row-0', 'row-0']);
  });

  it('marks an item without room as compact on the strip below the rows of titles', () => {
    // Three items a few days apart in a one-row lane: the first title takes the room, and
    // the marks of the other two overlap it.
    const title = 'A title of thirty-two characters';
    const items = ['a', 'b', 'c'].map((id, index) => point(id, 'tirana', 1 + index / 100, title));
    const placed = placeItems(items, CONTEXT);
    expect(placed[0]?.className).toBe('category-legal');
    expect(placed[1]).toMatchObject({ subgroup: 'compact', row: COMPACT_ROW });
    expect(placed[1]?.className).toContain('is-compact');
  });

  it('leaves items without a title (counts of events) on the first row of their lane', () => {
    const count: TimelineItemData = {
      ...point('period|x', 'madrid', 1),
      label: { kind: 'period', count: '37 events', description: '37 events' },
    };
    const placed = placeItems([count], CONTEXT);
    expect(placed[0]).toMatchObject({ group: OTHER_PLACES_LANE, subgroup: 'row-0', row: 0 });
  });
});
