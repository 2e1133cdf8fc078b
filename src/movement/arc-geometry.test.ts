import { describe, expect, it } from 'vitest';
import { arcLine, arrivalBearing, unwrapLongitude } from './arc-geometry';

const ASHRAF = [44.68, 33.95] as const;
const LIBERTY = [44.25, 33.3] as const;
const TIRANA = [19.82, 41.33] as const;

describe('arcLine', () => {
  it('starts and ends exactly on its two places', () => {
    const line = arcLine(LIBERTY, TIRANA);
    expect(line[0]).toEqual([44.25, 33.3]);
    expect(line[line.length - 1]).toEqual([19.82, 41.33]);
    expect(line).toHaveLength(49);
  });

  it('bows away from the straight line between the places', () => {
    const line = arcLine([0, 0], [10, 0]);
    const middle = line[24];
    expect(middle?.[0]).toBeCloseTo(5);
    // Travelling east, the curve bows to the left of travel: north.
    expect(middle?.[1]).toBeGreaterThan(0.5);
  });

  it('draws a second arc between the same places further out, so both show', () => {
    const first = arcLine(ASHRAF, LIBERTY, 0)[24];
    const second = arcLine(ASHRAF, LIBERTY, 1)[24];
    expect(first).not.toEqual(second);
  });

  it('crosses the antimeridian the short way, without a jump across the world', () => {
    const line = arcLine([170, 10], [-170, 20]);
    expect(line[0]).toEqual([170, 10]);
    // The end is the destination, its longitude unwrapped by 360°.
    expect(line[line.length - 1]).toEqual([190, 20]);
    for (let index = 1; index < line.length; index++) {
      const step = Math.abs((line[index]?.[0] ?? 0) - (line[index - 1]?.[0] ?? 0));
      expect(step).toBeLessThan(5);
    }
  });

  it('unwraps a longitude only when that makes the way shorter', () => {
    expect(unwrapLongitude(170, -170)).toBe(190);
    expect(unwrapLongitude(-170, 170)).toBe(-190);
    expect(unwrapLongitude(44, 19)).toBe(19);
  });
});

describe('arrivalBearing', () => {
  it('points the arrowhead along the last stretch of the arc', () => {
    expect(
      arrivalBearing([
        [0, 0],
        [0, 1],
      ]),
    ).toBeCloseTo(0);
    expect(
      arrivalBearing([
        [0, 0],
        [1, 0],
      ]),
    ).toBeCloseTo(90);
    expect(
      arrivalBearing([
        [1, 0],
        [0, 0],
      ]),
    ).toBeCloseTo(270);
  });

  it('points roughly north-west on the arc from Camp Liberty to Tirana', () => {
    const bearing = arrivalBearing(arcLine(LIBERTY, TIRANA));
    expect(bearing).toBeGreaterThan(180);
    expect(bearing).toBeLessThan(360);
  });
});
