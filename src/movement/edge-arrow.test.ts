import { describe, expect, it } from 'vitest';
import {
  aimedAt,
  arrowError,
  type EdgeAnchor,
  edgeAnchor,
  mergeCrowdedEdges,
  mergeEdgesOverObstacles,
  mergeOverlapping,
  type ScreenPoint,
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
    expect(anchor).toEqual({ x: 90, y: 50, angle: 90, place: { x: 250, y: 50 } });
  });

  it('points up and to the left for a place to the north-west', () => {
    const anchor = edgeAnchor({ x: 80, y: 80 }, { x: -120, y: -120 }, 100, 100, 0);
    expect(anchor?.x).toBeCloseTo(0);
    expect(anchor?.y).toBeCloseTo(0);
    expect(anchor?.angle).toBeCloseTo(315);
  });

  it('starts from the centre when the origin is off the frame too', () => {
    const anchor = edgeAnchor({ x: -500, y: 50 }, { x: 50, y: 400 }, 100, 100, 0);
    expect(anchor).toEqual({ x: 50, y: 100, angle: 180, place: { x: 50, y: 400 } });
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

  it('moves a wide label on a side past a marker it covers once it is inside the frame', () => {
    // Anchored on the right edge, a label 150 px wide reaches 150 px into the frame; the
    // marker at x 250–300 lies there, clear of the label drawn from the anchor's own point.
    const marker = { left: 250, top: 140, right: 300, bottom: 180 };
    const [placed] = spreadAlongEdges([label(390, 160, 150)], 400, 300, 4, [marker]);
    if (!placed) throw new Error('no label');
    expect(placed.x).toBe(400 - 75 - 4);
    const apart =
      placed.y + placed.height / 2 <= marker.top || placed.y - placed.height / 2 >= marker.bottom;
    expect(apart, `label at y ${placed.y}`).toBe(true);
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

  // As on the map: a label on the top edge of a 965 × 300 frame, for a place seen from a camp
  // at (480, 200); a merged label stands where its labels stood on average and points their
  // average way.
  const camp = { x: 480, y: 200 };
  const toward = (place: { x: number; y: number }, width = 100) => {
    const anchor = edgeAnchor(camp, place, 965, 300, 28);
    if (!anchor) throw new Error('the place is on the frame');
    return { ...anchor, width, height: 20 };
  };
  type Label = ReturnType<typeof toward>;
  const mergeAtAverage = (group: readonly Label[]): Label => {
    const average = (pick: (label: Label) => number) =>
      group.reduce((sum, label) => sum + pick(label), 0) / group.length;
    const east = average((label) => Math.sin((label.angle * Math.PI) / 180));
    const north = average((label) => Math.cos((label.angle * Math.PI) / 180));
    return {
      x: average((label) => label.x),
      y: average((label) => label.y),
      angle: ((Math.atan2(east, north) * 180) / Math.PI + 360) % 360,
      width: 80,
      height: 20,
    };
  };
  // Ten countries far to the north-west, and another camp just beyond the top, to the north.
  const countries = Array.from({ length: 10 }, (_, index) =>
    toward({ x: -3000 + index * 200, y: -4000 + index * 50 }),
  );
  const nearCamp = toward({ x: 560, y: -60 }, 110);

  it('keeps its own name and place for a near place beside a crowd of far ones', () => {
    const result = mergeCrowdedEdges([...countries, nearCamp], 965, 300, mergeAtAverage);
    // Every name side by side would push the camp's label far along the edge, pointing away
    // from the camp; one label for all would point between the countries and the camp.
    expect(result).toContainEqual(nearCamp);
    const others = result.filter((label) => label !== nearCamp);
    expect(others).toHaveLength(1);
    expect(others[0]?.angle).toBeGreaterThan(270);
  });

  it('keeps the names of far places side by side where they fit', () => {
    // Far to the north-east: spread along the top, each arrow still points its way.
    const far = Array.from({ length: 6 }, (_, index) =>
      toward({ x: 6000 + index * 150, y: -5000 + index * 40 }),
    );
    expect(mergeCrowdedEdges(far, 965, 300, mergeAtAverage)).toHaveLength(6);
  });
});

describe('mergeCrowdedEdges, beside a marker on the edge', () => {
  // Seen from a site low in a 400 × 150 frame: a place just beyond the top edge (as Belgium
  // beside the Netherlands' marker) and three far places the same way, on a crowded edge.
  const site = { x: 200, y: 120 };
  type Named = EdgeAnchor & {
    readonly width: number;
    readonly height: number;
    readonly name: string;
    readonly places: readonly ScreenPoint[];
  };
  const named = (name: string, place: ScreenPoint): Named => {
    const anchor = edgeAnchor(site, place, 400, 150, 14);
    if (!anchor) throw new Error(`${name} is on the map`);
    return { ...anchor, width: 90, height: 20, name, places: [place] };
  };
  const merge = (group: readonly Named[]): Named => {
    const east = group.reduce((sum, item) => sum + Math.sin((item.angle * Math.PI) / 180), 0);
    const north = group.reduce((sum, item) => sum + Math.cos((item.angle * Math.PI) / 180), 0);
    return {
      x: group.reduce((sum, item) => sum + item.x, 0) / group.length,
      y: group.reduce((sum, item) => sum + item.y, 0) / group.length,
      angle: ((Math.atan2(east, north) * 180) / Math.PI + 360) % 360,
      width: 90,
      height: 20,
      name: group.map((item) => item.name).join(' + '),
      places: group.flatMap((item) => item.places),
    };
  };
  const labels = [
    named('Belgium', { x: 150, y: -10 }),
    named('Spain', { x: -900, y: -3000 }),
    named('France', { x: -200, y: -3000 }),
    named('Italy', { x: 900, y: -3000 }),
  ];
  const marker = { left: 130, top: 0, right: 190, bottom: 30 };

  it('does not merge the nearest two when, placed past the marker, their arrow would miss one', () => {
    const result = mergeCrowdedEdges(labels, 400, 150, merge, 4, 30, [marker]);
    const placed = spreadAlongEdges(result, 400, 150, 4, [marker]).map((item) =>
      aimedAt(item, item.places),
    );
    expect(placed.map((item) => item.name).sort()).toEqual(['Belgium', 'Italy', 'Spain + France']);
    for (const item of placed)
      for (const place of item.places) expect(arrowError(item, place)).toBeLessThan(30);
    // Judged where it stood before placing, Belgium and Spain were merged, and pushed past
    // the marker their one arrow missed each by 44°.
    const blind = mergeCrowdedEdges(labels, 400, 150, merge);
    expect(blind.map((item) => item.name)).toContain('Belgium + Spain');
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

describe('mergeOverlapping, with the places each label names', () => {
  type Named = {
    readonly x: number;
    readonly y: number;
    readonly angle: number;
    readonly width: number;
    readonly height: number;
    readonly places: readonly ScreenPoint[];
  };
  const named = (x: number, y: number, place: ScreenPoint): Named => ({
    x,
    y,
    angle: 0,
    width: 60,
    height: 20,
    places: [place],
  });
  const joined = (group: readonly Named[]): Named => ({
    x: group.reduce((sum, item) => sum + item.x, 0) / group.length,
    y: group.reduce((sum, item) => sum + item.y, 0) / group.length,
    angle: 0,
    width: 60,
    height: 20,
    places: group.flatMap((item) => item.places),
  });

  it('at a corner, merges the two labels whose one arrow points at both places, not the nearest two', () => {
    // Top-right corner: a place straight up, and two places to the right, one label each.
    const up = named(360, 14, { x: 360, y: -1000 });
    const right = named(370, 26, { x: 2000, y: 26 });
    const lower = named(370, 44, { x: 2000, y: 60 });
    const result = mergeOverlapping(
      [up, right, lower],
      joined,
      (labels) => [...labels],
      (item) => item.places,
    );
    // Up and right, the nearest, would make one arrow 45° off each of them.
    expect(result).toHaveLength(2);
    expect(result).toContainEqual(up);
    for (const item of result.map((each) => aimedAt(each, each.places)))
      for (const place of item.places) expect(arrowError(item, place)).toBeLessThan(30);
  });

  it('when every pair would mislead, merges the pair that misleads least, not the nearest', () => {
    const up = named(360, 14, { x: 360, y: -1000 });
    const right = named(370, 26, { x: 2000, y: 26 });
    const upRight = named(376, 44, { x: 2000, y: -3000 });
    const result = mergeOverlapping(
      [up, right, upRight],
      joined,
      (labels) => [...labels],
      (item) => item.places,
    );
    // Up and right, the nearest, would turn 45° from each; right and up-right, 31°.
    expect(result).toContainEqual(up);
    expect(result).toHaveLength(2);
  });

  it('when the two at a corner would mislead, merges one with its neighbour along the edge to make room', () => {
    // Top-left corner: a place far to the west, labelled on the left edge, under a place
    // straight up labelled on the top edge; a second place up, a little east, beside it.
    const west = named(30, 30, { x: -2000, y: 30 });
    const up = named(80, 12, { x: 80, y: -2000 });
    const upEast = named(150, 12, { x: 400, y: -2000 });
    const result = mergeOverlapping(
      [west, up, upEast],
      joined,
      (labels) => [...labels],
      (item) => item.places,
    );
    // West and up, the two that cover each other, would make one arrow 45° off each.
    expect(result).toHaveLength(2);
    expect(result).toContainEqual(west);
    const both = result.find((item) => item.places.length === 2);
    expect(both?.places).toEqual([up.places[0], upEast.places[0]]);
    for (const item of result.map((each) => aimedAt(each, each.places)))
      for (const place of item.places) expect(arrowError(item, place)).toBeLessThan(30);
  });
});

describe('mergeEdgesOverObstacles', () => {
  const label = (x: number, y: number, width = 60) => ({ x, y, angle: 0, width, height: 20 });
  // The angle counts the labels a merged label stands for (0 for a label of its own).
  const merge = (group: readonly ReturnType<typeof label>[]) => ({
    ...label(200, 14, 70),
    angle: group.reduce((count, item) => count + (item.angle || 1), 0),
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

  it('merges the far places and keeps a near place’s own label, whose arrow would otherwise miss it', () => {
    // A camp just above the map's top-left, and two countries far to the north-east, on a
    // top edge with room for two labels only (a marker in the middle, the controls at the end).
    type Placed = ReturnType<typeof label> & { readonly places: readonly ScreenPoint[] };
    const named = (x: number, place: ScreenPoint): Placed => ({
      ...label(x, 14, 100),
      places: [place],
    });
    const camp = named(60, { x: 60, y: -20 });
    const near = named(120, { x: 2500, y: -3000 });
    const far = named(250, { x: 2600, y: -3000 });
    const joined = (group: readonly Placed[]): Placed => ({
      ...label(group.reduce((sum, item) => sum + item.x, 0) / group.length, 14, 100),
      places: group.flatMap((item) => item.places),
    });
    const obstacles = [
      { left: 40, top: 6, right: 60, bottom: 22 },
      { left: 300, top: 4, right: 400, bottom: 40 },
    ];
    const spread = (labels: readonly Placed[]) => spreadAlongEdges(labels, 400, 150, 4, obstacles);
    const result = mergeEdgesOverObstacles(
      [camp, near, far],
      400,
      150,
      obstacles,
      joined,
      spread,
      (item) => item.places,
    );
    // The nearest two (the camp and a country) would make one arrow 40° off each.
    expect(result.map((item) => item.places.length).sort()).toEqual([1, 2]);
    expect(result).toContainEqual(camp);
    const placed = spread(result).map((item) => aimedAt(item, item.places));
    for (const item of placed)
      for (const place of item.places) expect(arrowError(item, place)).toBeLessThan(30);
  });

  it('keeps a single label even where it covers a marker: there is nothing to merge', () => {
    const markers = Array.from({ length: 12 }, (_, index) => marker(index * 34, 6));
    const one = [label(200, 14, 80)];
    expect(mergeEdgesOverObstacles(one, 400, 150, markers, merge, place(markers))).toEqual(one);
  });
});

describe('aimedAt', () => {
  it('turns a label moved along the edge to point at its place from where it is', () => {
    // Pointing straight up from where the way left the frame, then moved 200 px along it.
    const moved = { x: 300, y: 10, angle: 0 };
    const place = { x: 100, y: -50 };
    expect(arrowError(moved, place)).toBeGreaterThan(70);
    const aimed = aimedAt(moved, [place]);
    expect(arrowError(aimed, place)).toBeCloseTo(0);
    expect(aimed.angle).toBeGreaterThan(270);
  });

  it('points a label for several places their average way, and leaves one without places', () => {
    const label = { x: 100, y: 10, angle: 90 };
    const aimed = aimedAt(label, [
      { x: 0, y: -90 },
      { x: 200, y: -90 },
    ]);
    expect(aimed.angle).toBeCloseTo(0);
    expect(aimedAt(label, [])).toBe(label);
  });
});
