import { describe, expect, it } from 'vitest';
import {
  edgeAnchor,
  mergeCrowdedEdges,
  mergeEdgesOverObstacles,
  mergeOverlapping,
  spreadAlongEdges,
} from './edge-arrow';

describe('edgeAnchor', () => {
  it('gives nothing for a place inside the frame', () => {
    expect(edgeAnchor({ x: 10, y: 10 }, { x: 50, y: 50 }, 100, 100, 0)).toBeNull();
  });

  it('gives nothing for a place near the edge, whose marker is still on the map', () => {
    expect(edgeAnchor({ x: 50, y: 50 }, { x: 95, y: 4 }, 100, 100, 10)).toBeNull();
    expect(edgeAnchor({ x: 50, y: 50 }, { x: 95, y: -4 }, 100, 100, 10)).not.toBeNull();
  });

  it('puts the label where the way to a far place leaves the frame', () => {
    const anchor = edgeAnchor({ x: 50, y: 50 }, { x: 250, y: 50 }, 100, 100, 10);
    expect(anchor).toEqual({ x: 90, y: 50, angle: 90 });
  });

  it('points up and to the left for a place to the north-west', () => {
    const anchor = edgeAnchor({ x: 80, y: 80 }, { x: -120, y: -120 }, 100, 100, 0);
    expect(anchor?.x).toBeCloseTo(0);
    expect(anchor?.y).toBeCloseTo(0);
    expect(anchor?.angle).toBeCloseTo(315);
  });

  it('starts from the centre when the origin is off the frame too', () => {
    const anchor = edgeAnchor({ x: -500, y: 50 }, { x: 50, y: 400 }, 100, 100, 0);
    expect(anchor).toEqual({ x: 50, y: 100, angle: 180 });
  });
});

describe('spreadAlongEdges', () => {
  const label = (x: number, y: number, width = 60) => ({ x, y, angle: 0, width, height: 20 });

  it('moves a label on past a site marker it would cover, and back from a control at the end', () => {
    const marker = { left: 90, top: 0, right: 150, bottom: 30 };
    const control = { left: 360, top: 0, right: 400, bottom: 60 };
    const spread = spreadAlongEdges([label(100, 10), label(390, 10)], 400, 300, 4, [
      marker,
      control,
    ]);
    expect(spread.map((item) => item.x)).toEqual([184, 326]);
    // Nothing covers the marker or the control any more.
    for (const item of spread) {
      for (const box of [marker, control]) {
        const apart = item.x + item.width / 2 <= box.left || item.x - item.width / 2 >= box.right;
        expect(apart).toBe(true);
      }
    }
  });

  it('leaves alone an obstacle away from the edge band', () => {
    const lower = { left: 0, top: 100, right: 400, bottom: 140 };
    expect(spreadAlongEdges([label(100, 10)], 400, 300, 4, [lower])[0]?.x).toBe(100);
  });

  it('moves labels on the top edge apart, left to right, so none covers another', () => {
    const spread = spreadAlongEdges([label(110, 10), label(100, 10), label(300, 10)], 400, 300);
    expect(spread.map((item) => item.x)).toEqual([164, 100, 300]);
    expect(spread.map((item) => item.y)).toEqual([14, 14, 14]);
  });

  it('walks labels back from the frame’s far end so the last ones do not pile up', () => {
    const spread = spreadAlongEdges([label(360, 10), label(390, 10)], 400, 300);
    expect(spread.map((item) => item.x)).toEqual([302, 366]);
  });

  it('moves labels on a side apart from top to bottom and leaves other edges alone', () => {
    const spread = spreadAlongEdges([label(5, 100), label(5, 105), label(200, 290)], 400, 300);
    // …and each whole label inside the frame.
    expect(spread.map((item) => [item.x, item.y])).toEqual([
      [34, 100],
      [34, 124],
      [200, 286],
    ]);
  });
});

describe('mergeCrowdedEdges', () => {
  const label = (x: number, y: number, width = 60) => ({ x, y, angle: 0, width, height: 20 });
  const merge = (group: readonly ReturnType<typeof label>[]) => ({
    ...label(200, 10, 300),
    angle: group.length,
  });

  it('makes one label of an edge whose labels cannot all fit side by side', () => {
    const crowded = [label(50, 10, 150), label(150, 10, 150), label(250, 10, 150)];
    const result = mergeCrowdedEdges([...crowded, label(5, 150)], 400, 300, merge);
    expect(result).toHaveLength(2);
    expect(result[0]?.angle).toBe(3);
  });

  it('leaves labels alone where they fit', () => {
    const fitting = [label(50, 10), label(150, 10)];
    expect(mergeCrowdedEdges(fitting, 400, 300, merge)).toEqual(fitting);
  });
});

describe('mergeOverlapping', () => {
  const label = (x: number, y: number, width = 60) => ({ x, y, angle: 0, width, height: 20 });

  it('merges labels that still cover each other at a corner, and leaves the rest', () => {
    const merge = (group: readonly ReturnType<typeof label>[]) => ({
      ...label(40, 40, 70),
      angle: group.length,
    });
    const result = mergeOverlapping(
      [label(30, 12), label(34, 20), label(300, 12)],
      merge,
      (labels) => [...labels],
    );
    expect(result.map((item) => [item.x, item.angle])).toEqual([
      [300, 0],
      [40, 2],
    ]);
  });
});

describe('mergeEdgesOverObstacles', () => {
  const label = (x: number, y: number, width = 60) => ({ x, y, angle: 0, width, height: 20 });
  const merge = (group: readonly ReturnType<typeof label>[]) => ({
    ...label(200, 14, 70),
    angle: group.length,
  });
  const marker = (left: number, top: number) => ({
    left,
    top,
    right: left + 16,
    bottom: top + 16,
  });
  const place =
    (obstacles: ReturnType<typeof marker>[]) => (labels: readonly ReturnType<typeof label>[]) =>
      spreadAlongEdges(labels, 400, 150, 4, obstacles);

  it('makes one label of an edge whose spread labels still cover markers', () => {
    // Four markers along a short map's top band leave no room for three names beside them.
    const markers = [marker(60, 8), marker(150, 10), marker(240, 6), marker(330, 12)];
    const top = [label(100, 14, 80), label(200, 14, 80), label(300, 14, 80)];
    const side = label(10, 100, 20);
    const spread = place(markers)([...top, side]);
    expect(
      spread.some((at) =>
        markers.some((box) => at.x - at.width / 2 < box.right && at.x + at.width / 2 > box.left),
      ),
    ).toBe(true);

    const result = mergeEdgesOverObstacles(
      [...top, side],
      400,
      150,
      markers,
      merge,
      place(markers),
    );
    expect(result.map((item) => item.angle).sort()).toEqual([0, 3]);
    expect(result).toContainEqual(side);
  });

  it('leaves an edge alone where its labels find room between the markers', () => {
    const markers = [marker(10, 8), marker(380, 8)];
    const top = [label(100, 14, 80), label(200, 14, 80)];
    expect(mergeEdgesOverObstacles(top, 400, 150, markers, merge, place(markers))).toEqual(top);
  });

  it('keeps a single label even where it covers a marker: there is nothing to merge', () => {
    const markers = Array.from({ length: 12 }, (_, index) => marker(index * 34, 6));
    const one = [label(200, 14, 80)];
    expect(mergeEdgesOverObstacles(one, 400, 150, markers, merge, place(markers))).toEqual(one);
  });
});
