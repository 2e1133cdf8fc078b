import { describe, expect, it } from 'vitest';
import {
  flightZoom,
  IN_VIEW_CLEARANCE_PX,
  MARKER_RADIUS_PX,
  mercatorPixels,
  ZOOM_OUT_AT_MOST,
} from './flight-zoom';

/** Where a neighbour's centre lands at a zoom, against the box's half-sizes. */
function placed(offset: readonly [number, number], zoomChange: number) {
  const scale = 2 ** zoomChange;
  return [Math.abs(offset[0] * scale), Math.abs(offset[1] * scale)] as const;
}

describe('mercatorPixels', () => {
  it('puts the meeting of the equator and the prime meridian at the centre of the world', () => {
    expect(mercatorPixels(0, 0, 0)).toEqual([256, 256]);
    expect(mercatorPixels(0, 0, 1)).toEqual([512, 512]);
  });

  it('puts the projection’s northern limit at the top and grows southwards', () => {
    const [, top] = mercatorPixels(0, 85.0511287798, 0);
    expect(top).toBeCloseTo(0, 3);
    const [, north] = mercatorPixels(44.6, 34, 7);
    const [, south] = mercatorPixels(44.6, 33, 7);
    expect(south).toBeGreaterThan(north);
  });
});

describe('flightZoom', () => {
  // Camp Liberty from Camp Ashraf at zoom 7, on a projector's map of 569 × 323 px.
  const projectorMap = { width: 569, height: 323 };
  const libertyFromAshraf = [-79, 142.5] as const;

  it('keeps the site’s own zoom with no neighbour, or one well inside or far outside', () => {
    expect(flightZoom({ zoom: 7, offsets: [], ...projectorMap })).toBe(7);
    expect(flightZoom({ zoom: 7, offsets: [[30, 40]], ...projectorMap })).toBe(7);
    expect(flightZoom({ zoom: 7, offsets: [[900, -700]], ...projectorMap })).toBe(7);
  });

  it('zooms out a little to bring a neighbour on the edge well inside', () => {
    const zoom = flightZoom({ zoom: 7, offsets: [libertyFromAshraf], ...projectorMap });
    expect(zoom).toBeLessThan(7);
    expect(zoom).toBeGreaterThan(6.5);
    const [, down] = placed(libertyFromAshraf, zoom - 7);
    expect(down).toBeLessThanOrEqual(projectorMap.height / 2 - IN_VIEW_CLEARANCE_PX + 1e-9);
  });

  it('zooms in a little instead when that takes a neighbour just past the edge wholly out', () => {
    // A map 250 px tall: Camp Liberty's centre 17 px below the edge, its marker's top showing.
    const shortMap = { width: 700, height: 250 };
    const zoom = flightZoom({ zoom: 7, offsets: [libertyFromAshraf], ...shortMap });
    expect(zoom).toBeGreaterThan(7);
    expect(zoom).toBeLessThan(7.1);
    const [, down] = placed(libertyFromAshraf, zoom - 7);
    expect(down).toBeGreaterThanOrEqual(shortMap.height / 2 + MARKER_RADIUS_PX - 1e-9);
  });

  it('clears every neighbour at once, not only the one that decided the change', () => {
    // Taking the first into view brings the second onto the side edge; both end clear.
    const offsets = [libertyFromAshraf, [300, 0] as const];
    const zoom = flightZoom({ zoom: 7, offsets, ...projectorMap });
    for (const offset of offsets) {
      const [across, down] = placed(offset, zoom - 7);
      const inView =
        across <= projectorMap.width / 2 - IN_VIEW_CLEARANCE_PX + 1e-9 &&
        down <= projectorMap.height / 2 - IN_VIEW_CLEARANCE_PX + 1e-9;
      const outOfView =
        across >= projectorMap.width / 2 + MARKER_RADIUS_PX - 1e-9 ||
        down >= projectorMap.height / 2 + MARKER_RADIUS_PX - 1e-9;
      expect(inView || outOfView, `neighbour at ${offset.join(', ')}`).toBe(true);
    }
  });

  it('keeps the site’s own zoom when no zoom within reach clears the neighbours', () => {
    // Neighbours on the edge at every distance from the centre: some is always cut.
    const offsets = Array.from({ length: 80 }, (_, index) => [0, 60 + index * 4] as const);
    expect(flightZoom({ zoom: 7, offsets, ...projectorMap })).toBe(7);
  });

  it('never zooms out further than its limit', () => {
    // Every zoom within reach leaves one of these cut; all four are in view only from a
    // little more than one zoom level out.
    const offsets = [[0, 120] as const, [0, 160] as const, [0, 200] as const, [0, 250] as const];
    const furtherOut = offsets.map((offset) => placed(offset, -ZOOM_OUT_AT_MOST - 0.05)[1]);
    expect(Math.max(...furtherOut)).toBeLessThan(projectorMap.height / 2 - IN_VIEW_CLEARANCE_PX);
    expect(flightZoom({ zoom: 7, offsets, ...projectorMap })).toBe(7);
  });

  it('leaves a map too small to judge alone', () => {
    expect(flightZoom({ zoom: 7, offsets: [libertyFromAshraf], width: 60, height: 60 })).toBe(7);
  });
});
