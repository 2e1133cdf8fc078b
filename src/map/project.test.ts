import { describe, expect, it } from 'vitest';
import { frameHeight, geometryPath, projectPoint } from './project';

const frame = { west: 0, south: 0, east: 10, north: 10, width: 100 };

describe('projectPoint', () => {
  it('puts the north-west corner at the origin and the south-east at the far corner', () => {
    expect(projectPoint(frame, 0, 10)).toEqual([0, 0]);
    const [x, y] = projectPoint(frame, 10, 0);
    expect(x).toBe(100);
    expect(y).toBeCloseTo(frameHeight(frame));
  });

  it('stretches the height by the cosine of the middle latitude', () => {
    const north = { west: 0, south: 55, east: 10, north: 65, width: 100 };
    expect(frameHeight(north) / frameHeight(frame)).toBeCloseTo(
      1 / Math.cos(Math.PI / 3) / (1 / Math.cos(Math.PI / 36)),
      5,
    );
  });
});

describe('geometryPath', () => {
  it('draws a polygon ring as a closed path and skips points', () => {
    const path = geometryPath(frame, {
      type: 'Polygon',
      coordinates: [
        [
          [0, 10],
          [10, 10],
          [10, 0],
          [0, 10],
        ],
      ],
    });
    expect(path.startsWith('M0.0 0.0L100.0 0.0')).toBe(true);
    expect(path.endsWith('Z')).toBe(true);
    expect(geometryPath(frame, { type: 'Point', coordinates: [1, 1] })).toBe('');
  });
});
