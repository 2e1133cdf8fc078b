// Pure: which side of its dot each site marker's name goes, so that every marker in view
// shows its name without covering another name or dot. Markers earlier in the list choose
// first (camps, then cities, then the rest); a name with no free side is left to hover and
// focus.

export type LabelSide = 'end' | 'start' | 'below' | 'above';

export interface MarkerLabel {
  readonly id: string;
  /** The dot's centre on screen, in CSS pixels from the map's top left. */
  readonly x: number;
  readonly y: number;
  /** The name's box (name and count), in CSS pixels. */
  readonly width: number;
  readonly height: number;
  /** The side tried first (a camp's name goes west of it, away from its neighbours). */
  readonly preferred?: LabelSide;
}

interface Box {
  readonly left: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
}

/** Half the width of a dot with its ring, in CSS pixels (see map.css). */
const DOT_RADIUS_PX = 10;
/** From the dot's centre to the near edge of a name beside it (0.75rem, see map.css). */
const SIDE_GAP_PX = 12;
/** From the dot's centre to the near edge of a name above or below it (0.7rem). */
const VERTICAL_GAP_PX = 11;
/** Least room between two names. */
const CLEARANCE_PX = 2;

const SIDES: readonly LabelSide[] = ['end', 'start', 'below', 'above'];

function boxOf(marker: MarkerLabel, side: LabelSide): Box {
  const { x, y, width, height } = marker;
  switch (side) {
    case 'end':
      return {
        left: x + SIDE_GAP_PX,
        right: x + SIDE_GAP_PX + width,
        top: y - height / 2,
        bottom: y + height / 2,
      };
    case 'start':
      return {
        left: x - SIDE_GAP_PX - width,
        right: x - SIDE_GAP_PX,
        top: y - height / 2,
        bottom: y + height / 2,
      };
    case 'below':
      return {
        left: x - width / 2,
        right: x + width / 2,
        top: y + VERTICAL_GAP_PX,
        bottom: y + VERTICAL_GAP_PX + height,
      };
    case 'above':
      return {
        left: x - width / 2,
        right: x + width / 2,
        top: y - VERTICAL_GAP_PX - height,
        bottom: y - VERTICAL_GAP_PX,
      };
  }
}

function overlaps(a: Box, b: Box): boolean {
  return (
    a.left < b.right + CLEARANCE_PX &&
    b.left < a.right + CLEARANCE_PX &&
    a.top < b.bottom + CLEARANCE_PX &&
    b.top < a.bottom + CLEARANCE_PX
  );
}

/**
 * The side of each marker's name, or null when no side is free. Markers outside the map
 * (width × height) get null. Names stay inside the map and off every dot and placed name.
 */
export function placeMarkerLabels(
  markers: readonly MarkerLabel[],
  width: number,
  height: number,
): Map<string, LabelSide | null> {
  const inView = markers.filter(
    (marker) => marker.x >= 0 && marker.x <= width && marker.y >= 0 && marker.y <= height,
  );
  const dots: Box[] = inView.map((marker) => ({
    left: marker.x - DOT_RADIUS_PX,
    right: marker.x + DOT_RADIUS_PX,
    top: marker.y - DOT_RADIUS_PX,
    bottom: marker.y + DOT_RADIUS_PX,
  }));
  const placed: Box[] = [];
  const sides = new Map<string, LabelSide | null>(markers.map((marker) => [marker.id, null]));
  for (const marker of inView) {
    const order = marker.preferred
      ? [marker.preferred, ...SIDES.filter((side) => side !== marker.preferred)]
      : SIDES;
    const side = order.find((candidate) => {
      const box = boxOf(marker, candidate);
      return (
        box.left >= 0 &&
        box.right <= width &&
        box.top >= 0 &&
        box.bottom <= height &&
        // Its own dot is left out: a name above or below it sits 11 px from its centre, within
        // the 2 px every name keeps from a dot, so it could never go there.
        !dots.some((dot, index) => inView[index] !== marker && overlaps(box, dot)) &&
        !placed.some((other) => overlaps(box, other))
      );
    });
    if (side === undefined) continue;
    placed.push(boxOf(marker, side));
    sides.set(marker.id, side);
  }
  return sides;
}
