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
  /** The name's box (name and count), in CSS pixels; 0 × 0 for a marker whose name is not
   *  shown (its dot still keeps the other names off). */
  readonly width: number;
  readonly height: number;
  /** The side tried first (a camp's name goes west of it, away from its neighbours). */
  readonly preferred?: LabelSide;
  /** A name that shows where it fits at all: with no free side, it may cover the dots of
   *  markers that show no name, the white ring of a named marker's dot and the border of
   *  another name; never a named dot's centre, another name's text or the edge. */
  readonly essential?: boolean;
  /** The chosen site's name: with no room even so, it takes the first side inside the map
   *  over any dot (list it first, so that the other names keep clear of it). */
  readonly chosen?: boolean;
}

/** A box on the map, in CSS pixels from its top left. */
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
/** Half the width of a dot without its white ring: what an essential name never covers. */
const DOT_CORE_RADIUS_PX = 6;
/** Least room between two names. */
const CLEARANCE_PX = 2;
/** How far an essential name may run over another name's rounded border (two camps' names
 *  stacked, their dots a name's height apart). */
const ESSENTIAL_NAME_OVERLAP_PX = 3;

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

function overlaps(a: Box, b: Box, clearance = CLEARANCE_PX): boolean {
  return (
    a.left < b.right + clearance &&
    b.left < a.right + clearance &&
    a.top < b.bottom + clearance &&
    b.top < a.bottom + clearance
  );
}

/**
 * The side of each marker's name, or null when no side is free. Markers outside the map
 * (width × height) get null. Names stay inside the map and off every dot and placed name,
 * and off `controls` (the map's buttons and scale bar): a chosen site's name with no room
 * elsewhere is the only one that may go under them, where it covers least of them.
 */
export function placeMarkerLabels(
  markers: readonly MarkerLabel[],
  width: number,
  height: number,
  controls: readonly Box[] = [],
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
  const inside = (box: Box) =>
    box.left >= 0 && box.right <= width && box.top >= 0 && box.bottom <= height;
  const clearOfControls = (box: Box) => !controls.some((control) => overlaps(box, control));
  // How much of the controls a name would cover, in square pixels.
  const controlsCovered = (box: Box) =>
    controls.reduce(
      (area, control) =>
        area +
        Math.max(0, Math.min(box.right, control.right) - Math.max(box.left, control.left)) *
          Math.max(0, Math.min(box.bottom, control.bottom) - Math.max(box.top, control.top)),
      0,
    );
  for (const marker of inView) {
    if (marker.width === 0 || marker.height === 0) continue;
    const order = marker.preferred
      ? [marker.preferred, ...SIDES.filter((side) => side !== marker.preferred)]
      : SIDES;
    const fits = (candidate: LabelSide, relaxed: boolean) => {
      const box = boxOf(marker, candidate);
      return (
        inside(box) &&
        clearOfControls(box) &&
        // Its own dot is left out: a name above or below it sits 11 px from its centre, within
        // the 2 px every name keeps from a dot, so it could never go there.
        !inView.some((other, index) => {
          const dot = dots[index];
          if (!dot || other === marker) return false;
          if (!relaxed) return overlaps(box, dot);
          if (other.width === 0 || other.height === 0) return false;
          return (
            box.left < other.x + DOT_CORE_RADIUS_PX &&
            other.x - DOT_CORE_RADIUS_PX < box.right &&
            box.top < other.y + DOT_CORE_RADIUS_PX &&
            other.y - DOT_CORE_RADIUS_PX < box.bottom
          );
        }) &&
        !placed.some((other) =>
          overlaps(box, other, relaxed ? -ESSENTIAL_NAME_OVERLAP_PX : CLEARANCE_PX),
        )
      );
    };
    // Of the sides an essential name may take, the one covering fewest dots.
    const dotsCovered = (candidate: LabelSide) => {
      const box = boxOf(marker, candidate);
      return dots.filter((dot, index) => inView[index] !== marker && overlaps(box, dot)).length;
    };
    const side =
      order.find((candidate) => fits(candidate, false)) ??
      (marker.essential
        ? order
            .filter((candidate) => fits(candidate, true))
            .sort((a, b) => dotsCovered(a) - dotsCovered(b))[0]
        : undefined) ??
      (marker.chosen
        ? order
            .filter((candidate) => inside(boxOf(marker, candidate)))
            .sort(
              (a, b) => controlsCovered(boxOf(marker, a)) - controlsCovered(boxOf(marker, b)),
            )[0]
        : undefined);
    if (side === undefined) continue;
    placed.push(boxOf(marker, side));
    sides.set(marker.id, side);
  }
  return sides;
}
