import { describe, expect, it } from 'vitest';
import type { Site } from '../data/types';
import { byPlacementPriority, declutter } from './declutter';

describe('declutter', () => {
  it('leaves points that are far enough apart where they are', () => {
    expect(
      declutter(
        [
          { id: 'a', x: 0, y: 0 },
          { id: 'b', x: 100, y: 0 },
        ],
        24,
      ).size,
    ).toBe(0);
  });

  it('moves the later of two overlapping points clear of the first', () => {
    const offsets = declutter(
      [
        { id: 'camp', x: 50, y: 50 },
        { id: 'city', x: 55, y: 52 },
      ],
      24,
    );
    expect(offsets.has('camp')).toBe(false);
    const [dx, dy] = offsets.get('city') ?? [0, 0];
    expect(Math.hypot(55 + dx - 50, 52 + dy - 50)).toBeGreaterThanOrEqual(24);
  });

  it('keeps a marker nudged near the frame’s edge on the frame', () => {
    // Two sites near the east edge of a small overview: the second is pushed away from the
    // first, which is eastward, unless the frame holds it.
    const points = [
      { id: 'first', x: 74, y: 50 },
      { id: 'second', x: 80, y: 52 },
    ];
    const [freeX] = declutter(points, 26).get('second') ?? [0, 0];
    expect(80 + freeX).toBeGreaterThan(100 - 13);
    const [dx, dy] = declutter(points, 26, { width: 100, height: 100 }).get('second') ?? [0, 0];
    expect(80 + dx).toBeLessThanOrEqual(100 - 13);
    expect(Math.hypot(80 + dx - 74, 52 + dy - 50)).toBeGreaterThanOrEqual(26);
  });

  it('may still nudge a marker whose own point is off the frame, but not further off', () => {
    const points = [
      { id: 'first', x: 95, y: 50 },
      { id: 'second', x: 104, y: 50 },
    ];
    const [dx, dy] = declutter(points, 26, { width: 100, height: 100 }).get('second') ?? [0, 0];
    const beyond = (x: number, y: number) =>
      Math.max(0, x - 87) + Math.max(0, 13 - y, y - 87) + Math.max(0, 13 - x);
    expect(beyond(104 + dx, 50 + dy)).toBeLessThanOrEqual(beyond(104, 50));
    expect(Math.hypot(104 + dx - 95, 50 + dy - 50)).toBeGreaterThanOrEqual(26);
  });

  it('keeps three stacked points apart from each other', () => {
    const offsets = declutter(
      ['a', 'b', 'c'].map((id) => ({ id, x: 10, y: 10 })),
      20,
    );
    const placed = ['a', 'b', 'c'].map((id) => {
      const [dx, dy] = offsets.get(id) ?? [0, 0];
      return [10 + dx, 10 + dy];
    });
    for (let i = 0; i < placed.length; i += 1)
      for (let j = i + 1; j < placed.length; j += 1)
        expect(
          Math.hypot(
            (placed[i]?.[0] ?? 0) - (placed[j]?.[0] ?? 0),
            (placed[i]?.[1] ?? 0) - (placed[j]?.[1] ?? 0),
          ),
        ).toBeGreaterThanOrEqual(20);
  });
});

describe('declutter with three sites as close as Camp Ashraf, Camp Liberty and Baghdad', () => {
  it('keeps the pushed points on their own side: west stays west of east', () => {
    const offsets = declutter(
      [
        { id: 'camp-ashraf', x: 0, y: 0 },
        { id: 'camp-liberty', x: -9.5, y: 17.5 },
        { id: 'baghdad', x: -6.2, y: 16.4 },
      ],
      26,
    );
    const placedX = (id: string, x: number) => x + (offsets.get(id)?.[0] ?? 0);
    expect(placedX('camp-liberty', -9.5)).toBeLessThan(placedX('baghdad', -6.2));
    expect(offsets.has('camp-ashraf')).toBe(false);
  });

  it('pushes a point away from the one it overlaps, not towards it', () => {
    const [dx] = declutter(
      [
        { id: 'east', x: 10, y: 0 },
        { id: 'west', x: 0, y: 0 },
      ],
      24,
    ).get('west') ?? [0, 0];
    expect(dx).toBeLessThan(0);
  });
});

describe('byPlacementPriority', () => {
  it('lets camps keep their exact place before cities and countries', () => {
    const sites = [
      { id: 'germany', kind: 'country' },
      { id: 'baghdad', kind: 'city' },
      { id: 'camp-liberty', kind: 'camp' },
    ] as Site[];
    expect(byPlacementPriority(sites).map((site) => site.id)).toEqual([
      'camp-liberty',
      'baghdad',
      'germany',
    ]);
  });
});
