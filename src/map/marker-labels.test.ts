import { describe, expect, it } from 'vitest';
import { type MarkerLabel, placeMarkerLabels } from './marker-labels';

function marker(id: string, x: number, y: number, extra: Partial<MarkerLabel> = {}): MarkerLabel {
  return { id, x, y, width: 80, height: 20, ...extra };
}

describe('placeMarkerLabels', () => {
  it('puts a lone name after its dot, or on the side asked for', () => {
    const sides = placeMarkerLabels(
      [marker('a', 200, 100), marker('b', 400, 300, { preferred: 'start' })],
      800,
      600,
    );
    expect(sides.get('a')).toBe('end');
    expect(sides.get('b')).toBe('start');
  });

  it('moves a name to a free side when the first would cover a neighbour', () => {
    // b sits 40 px east of a: a's name after its dot would cover b's dot and name.
    const sides = placeMarkerLabels([marker('a', 200, 100), marker('b', 240, 100)], 800, 600);
    expect(sides.get('a')).not.toBe('end');
    expect(sides.get('b')).toBe('end');
    expect(sides.get('a')).not.toBeNull();
  });

  it('gives no side to a marker showing no name, and keeps other names off its dot', () => {
    // b shows no name: a's name after its dot would cover b's dot, so it goes elsewhere.
    const sides = placeMarkerLabels(
      [marker('a', 200, 100), marker('b', 240, 100, { width: 0, height: 0 })],
      800,
      600,
    );
    expect(sides.get('b')).toBeNull();
    expect(sides.get('a')).not.toBe('end');
    expect(sides.get('a')).not.toBeNull();
  });

  it('lets an essential name with no free side cover unnamed dots, never a named one', () => {
    // a sits at the east edge: before its dot is the only side inside the map, and b's dot is
    // there. Only an essential name goes there, and only while b shows no name.
    const crowded = (extra: Partial<MarkerLabel>, b: Partial<MarkerLabel>) =>
      placeMarkerLabels([marker('a', 790, 300, extra), marker('b', 740, 300, b)], 800, 600).get(
        'a',
      );
    expect(crowded({}, { width: 0, height: 0 })).toBeNull();
    expect(crowded({ essential: true }, { width: 0, height: 0 })).toBe('start');
    expect(crowded({ essential: true }, {})).toBeNull();
  });

  it('puts an essential name with no free side where it covers fewest dots', () => {
    // After its dot the name covers two unnamed dots, before it one: it goes before.
    const unnamed = { width: 0, height: 0 };
    const sides = placeMarkerLabels(
      [
        marker('a', 400, 15, { essential: true }),
        marker('east1', 440, 15, unnamed),
        marker('east2', 480, 15, unnamed),
        marker('west', 360, 15, unnamed),
        marker('south', 400, 45, unnamed),
      ],
      800,
      600,
    );
    expect(sides.get('a')).toBe('start');
  });

  it('lets an essential name touch the ring of a named dot, not its centre', () => {
    // a's name before its dot spans y 290–310; b's dot (radius 10, centre 6) sits below it.
    const beside = (dy: number) =>
      placeMarkerLabels(
        [marker('a', 790, 300, { essential: true }), marker('b', 740, 300 + dy)],
        800,
        600,
      ).get('a');
    expect(beside(17)).toBe('start');
    expect(beside(12)).toBeNull();
  });

  it('gives the chosen site a side inside the map over any dot, when nothing else fits', () => {
    // a is at the east edge with b's named dot just before it: only the chosen name goes there.
    const sides = (extra: Partial<MarkerLabel>) =>
      placeMarkerLabels([marker('a', 790, 300, extra), marker('b', 740, 300)], 800, 600);
    expect(sides({ essential: true }).get('a')).toBeNull();
    const chosen = sides({ essential: true, chosen: true });
    expect(chosen.get('a')).toBe('start');
    // b's name keeps clear of it: every side left inside the map would touch it.
    expect(chosen.get('b')).toBeNull();
    expect(sides({}).get('b')).toBe('start');
  });

  it('lets essential names stacked a name apart touch borders, not overlap', () => {
    // Two names before their dots at the east edge, their centres dy apart (names 20 px tall).
    const stacked = (dy: number) =>
      placeMarkerLabels(
        [
          marker('a', 790, 300, { essential: true }),
          marker('b', 790, 300 + dy, { essential: true }),
        ],
        800,
        600,
      ).get('b');
    expect(stacked(18)).toBe('start');
    expect(stacked(16)).toBeNull();
  });

  it('keeps names inside the map: near the east edge a name goes before its dot', () => {
    expect(placeMarkerLabels([marker('edge', 790, 300)], 800, 600).get('edge')).toBe('start');
  });

  it('leaves a name to hover and focus when no side is free, and skips markers out of view', () => {
    const crowd = [
      marker('centre', 300, 300),
      marker('east', 330, 300),
      marker('west', 270, 300),
      marker('north', 300, 270),
      marker('south', 300, 330),
      marker('away', -50, 300),
    ];
    const sides = placeMarkerLabels(crowd, 800, 600);
    expect(sides.get('away')).toBeNull();
    expect([...sides.values()].filter((side) => side === null).length).toBeGreaterThanOrEqual(2);
  });
});

// The distances of map.css: a name beside a dot starts 12 px (0.75rem) from its centre, one
// above or below starts 11 px (0.7rem) away; a dot with its ring reaches 10 px from its
// centre; two names keep 2 px apart. A name here is 50 × 14 px.
const NAME = { width: 50, height: 14 };
const one = (x: number, y: number, width: number, height: number, extra = {}) =>
  placeMarkerLabels([marker('m', x, y, { ...NAME, ...extra })], width, height).get('m');

describe('placeMarkerLabels and the map’s controls', () => {
  // A scale bar 100 × 20 px at the map's right, level with the marker (New York's name ran
  // under it on a small map).
  const scaleBar = { left: 300, top: 90, right: 400, bottom: 110 };

  it('keeps a name off a control, on another side of its dot', () => {
    const sides = placeMarkerLabels([marker('a', 250, 100)], 800, 600, [scaleBar]);
    expect(sides.get('a')).toBe('start');
    expect(placeMarkerLabels([marker('a', 250, 100)], 800, 600).get('a')).toBe('end');
  });

  it('keeps an essential name off a control, and lets only the chosen site’s go under one', () => {
    // At the east edge of a 400 px map, before the dot is the only side inside it, and a
    // control lies there.
    const control = { left: 250, top: 90, right: 370, bottom: 110 };
    const nothingElse = [marker('a', 390, 100, { essential: true })];
    expect(placeMarkerLabels(nothingElse, 400, 600, [control]).get('a')).toBeNull();
    const chosen = [marker('a', 390, 100, { chosen: true })];
    expect(placeMarkerLabels(chosen, 400, 600, [control]).get('a')).toBe('start');
    // With every side under a control, the side that covers least of them.
    const everySideCovered = [
      { left: 210, top: 90, right: 300, bottom: 110 },
      { left: 100, top: 95, right: 190, bottom: 105 },
      { left: 150, top: 111, right: 250, bottom: 140 },
      { left: 150, top: 60, right: 250, bottom: 89 },
    ];
    const boxed = [marker('a', 200, 100, { chosen: true })];
    expect(placeMarkerLabels(boxed, 800, 600, everySideCovered).get('a')).toBe('start');
    // With a side free of it, the chosen site's name takes that one.
    const roomBelow = [marker('a', 390, 100, { width: 20, chosen: true })];
    expect(placeMarkerLabels(roomBelow, 400, 600, [control]).get('a')).toBe('below');
  });
});

describe('placeMarkerLabels at the edges of the map', () => {
  it('puts a name after its dot while it fits, to the last pixel', () => {
    // The name after the dot spans x + 12 to x + 62.
    expect(one(138, 100, 200, 200)).toBe('end');
    expect(one(139, 100, 200, 200)).toBe('start');
  });

  it('puts a name before its dot while it fits, to the last pixel', () => {
    // The name before the dot spans x − 62 to x − 12.
    expect(one(62, 100, 200, 200, { preferred: 'start' })).toBe('start');
    expect(one(61, 100, 200, 200, { preferred: 'start' })).toBe('end');
  });

  it('keeps a name within the map’s top and bottom beside its dot', () => {
    // Beside the dot the name spans y − 7 to y + 7.
    expect(one(100, 7, 200, 200)).toBe('end');
    expect(one(100, 6, 200, 200)).not.toBe('end');
    expect(one(100, 193, 200, 200)).toBe('end');
    expect(one(100, 194, 200, 200)).not.toBe('end');
  });

  it('counts a dot on the very edge of the map as in view, and one a pixel beyond as not', () => {
    const sides = placeMarkerLabels(
      [
        marker('west', 0, 100, NAME),
        marker('east', 400, 150, NAME),
        marker('beyond-west', -1, 100, NAME),
        marker('beyond-east', 401, 100, NAME),
        marker('beyond-north', 100, -1, NAME),
        marker('beyond-south', 100, 301, NAME),
      ],
      400,
      300,
    );
    expect(Object.fromEntries(sides)).toEqual({
      west: 'end',
      east: 'start',
      'beyond-west': null,
      'beyond-east': null,
      'beyond-north': null,
      'beyond-south': null,
    });
  });

  it('keeps names off a dot on the top or bottom edge, and not off one beyond it', () => {
    // The name after a dot at (100, 10) spans y 3 to 17; a dot at (130, 0) reaches y 10.
    const nearTop = (y: number) =>
      placeMarkerLabels([marker('edge', 130, y, NAME), marker('a', 100, 10, NAME)], 400, 300).get(
        'a',
      );
    expect(nearTop(0)).not.toBe('end');
    expect(nearTop(-1)).toBe('end');
    const nearBottom = (y: number) =>
      placeMarkerLabels([marker('edge', 130, y, NAME), marker('a', 100, 290, NAME)], 400, 300).get(
        'a',
      );
    expect(nearBottom(300)).not.toBe('end');
    expect(nearBottom(301)).toBe('end');
  });
});

describe('placeMarkerLabels above and below', () => {
  it('puts a name with no room beside its dot below it, or above it near the bottom', () => {
    // A map 60 px wide: 50 px of name fit neither after (x 42–92) nor before (x −32–18) a
    // dot at x 30, but do below it (x 5–55, y 111–125) or, near the bottom, above it.
    expect(one(30, 100, 60, 200)).toBe('below');
    expect(one(30, 190, 60, 200)).toBe('above');
  });

  it('still keeps a name below its dot off a neighbour’s dot', () => {
    // Below a's dot the name spans y 111 to 125; b's dot (10 px up from its centre) 2 px
    // clear of it: b at y 137 or more.
    const below = (by: number) =>
      placeMarkerLabels([marker('a', 30, 100, NAME), marker('b', 30, by, NAME)], 60, 300).get('a');
    expect(below(137)).toBe('below');
    expect(below(136)).toBe('above');
  });
});

describe('placeMarkerLabels between neighbours', () => {
  it('keeps a name off another dot, with 2 px to spare', () => {
    // The name after a spans x 112 to 162; b's dot reaches 10 px west of its centre, and
    // must stay 2 px clear: b at 174 or more.
    const beside = (bx: number) =>
      placeMarkerLabels([marker('a', 100, 100, NAME), marker('b', bx, 100, NAME)], 400, 300).get(
        'a',
      );
    expect(beside(174)).toBe('end');
    expect(beside(173)).toBe('start');
  });

  it('keeps a name off a name placed before it, with 2 px to spare', () => {
    // a's name after its dot spans y 93 to 107; b, placed first right below a, puts its name
    // after its dot too, at y b − 7 to b + 7: 2 px clear of a's name from b = 116.
    const sides = (by: number) =>
      placeMarkerLabels([marker('b', 100, by, NAME), marker('a', 100, 100, NAME)], 400, 300);
    expect(sides(116).get('a')).toBe('end');
    expect(sides(116).get('b')).toBe('end');
    expect(sides(115).get('a')).not.toBe('end');
  });

  it('lets the first marker in the list choose first', () => {
    const pair = [marker('camp', 100, 100, NAME), marker('city', 150, 100, NAME)];
    expect(Object.fromEntries(placeMarkerLabels(pair, 400, 300))).toEqual({
      camp: 'start',
      city: 'end',
    });
    expect(Object.fromEntries(placeMarkerLabels([...pair].reverse(), 400, 300))).toEqual({
      city: 'end',
      camp: 'start',
    });
  });
});
