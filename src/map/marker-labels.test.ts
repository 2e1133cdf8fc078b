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
