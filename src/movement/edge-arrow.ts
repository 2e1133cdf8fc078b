// Pure: where to put the label of a place that lies outside the map's frame, so an arc to a
// far destination leaves the frame "gracefully": the label sits on the frame's edge, in the
// direction of the place, instead of the map zooming out to the whole world.

export interface ScreenPoint {
  readonly x: number;
  readonly y: number;
}

export interface EdgeAnchor extends ScreenPoint {
  /** Direction to the place, degrees clockwise from "up" on the screen. */
  readonly angle: number;
  /** Where the place itself lies, off the frame (unknown for a label that stands for several). */
  readonly place?: ScreenPoint;
}

/** Whether `point` is on a frame of `width` × `height` (its edges included). */
export function pointOnFrame(point: ScreenPoint, width: number, height: number): boolean {
  return point.x >= 0 && point.x <= width && point.y >= 0 && point.y <= height;
}

/**
 * The point on the frame (inset by `margin`) where the straight way from `from` to `to`
 * leaves it, or null when `to` is on the map at all (its marker shows, if only near the
 * edge). `from` outside the inset frame is replaced by the frame's centre.
 */
export function edgeAnchor(
  from: ScreenPoint,
  to: ScreenPoint,
  width: number,
  height: number,
  margin: number,
): EdgeAnchor | null {
  const left = margin;
  const top = margin;
  const right = width - margin;
  const bottom = height - margin;
  const inside = (point: ScreenPoint) =>
    point.x >= left && point.x <= right && point.y >= top && point.y <= bottom;
  if (pointOnFrame(to, width, height) || right <= left || bottom <= top) return null;
  const start = inside(from) ? from : { x: width / 2, y: height / 2 };
  const dx = to.x - start.x;
  const dy = to.y - start.y;
  // The smallest step along the way that reaches one of the four edges.
  const steps = [
    dx > 0 ? (right - start.x) / dx : dx < 0 ? (left - start.x) / dx : Number.POSITIVE_INFINITY,
    dy > 0 ? (bottom - start.y) / dy : dy < 0 ? (top - start.y) / dy : Number.POSITIVE_INFINITY,
  ];
  const step = Math.min(...steps);
  return { x: start.x + dx * step, y: start.y + dy * step, angle: bearing(start, to), place: to };
}

/** The direction from `from` to `to`, degrees clockwise from "up" on the screen. */
function bearing(from: ScreenPoint, to: ScreenPoint): number {
  return ((Math.atan2(to.x - from.x, from.y - to.y) * 180) / Math.PI + 360) % 360;
}

/**
 * The label with its arrow turned to point from where it ended up at its places (the average
 * way, for a label that stands for several): spread along the edge, or moved past a marker,
 * a label for a place just beyond the frame would otherwise still point the way it had from
 * the chosen site, and miss the place.
 */
export function aimedAt<T extends EdgeAnchor>(label: T, places: readonly ScreenPoint[]): T {
  if (places.length === 0) return label;
  let east = 0;
  let north = 0;
  for (const place of places) {
    const radians = (bearing(label, place) * Math.PI) / 180;
    east += Math.sin(radians);
    north += Math.cos(radians);
  }
  return { ...label, angle: ((Math.atan2(east, north) * 180) / Math.PI + 360) % 360 };
}

/** How far, in degrees, a label's arrow turns from the way to `place`, seen from the label. */
export function arrowError(label: EdgeAnchor, place: ScreenPoint): number {
  const turn = Math.abs(bearing(label, place) - label.angle) % 360;
  return Math.min(turn, 360 - turn);
}

export interface SizedAnchor extends EdgeAnchor {
  /** Estimated width and height of the label, in CSS pixels. */
  readonly width: number;
  readonly height: number;
}

/** A box on the map a label should not cover (a site's marker, a control), in CSS pixels. */
export interface Obstacle {
  readonly left: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
}

/**
 * Where a label centred at `position` along its edge may go so that it covers no obstacle,
 * moving on past each one it meets (`direction` 1) or back before it (-1).
 */
function clearOfObstacles<T extends SizedAnchor>(
  label: T,
  along: 'x' | 'y',
  position: number,
  obstacles: readonly Obstacle[],
  gap: number,
  direction: 1 | -1,
): number {
  const half = along === 'x' ? label.width / 2 : label.height / 2;
  const [acrossLow, acrossHigh] =
    along === 'x'
      ? [label.y - label.height / 2, label.y + label.height / 2]
      : [label.x - label.width / 2, label.x + label.width / 2];
  let current = position;
  // Each obstacle in the label's band is passed at most once, in the direction of the spread.
  for (let round = 0; round < obstacles.length; round++) {
    const hit = obstacles.find((box) => {
      const [low, high] = along === 'x' ? [box.left, box.right] : [box.top, box.bottom];
      const [crossLow, crossHigh] = along === 'x' ? [box.top, box.bottom] : [box.left, box.right];
      return (
        crossLow < acrossHigh &&
        crossHigh > acrossLow &&
        low < current + half &&
        high > current - half
      );
    });
    if (!hit) break;
    current =
      direction === 1
        ? (along === 'x' ? hit.right : hit.bottom) + half + gap
        : (along === 'x' ? hit.left : hit.top) - half - gap;
  }
  return current;
}

/**
 * Moves labels on the same edge of the frame apart so none covers another, nor any of
 * `obstacles` where there is room: along the top and bottom edges from left to right, along
 * the sides from top to bottom. Keeps the order.
 */
export function spreadAlongEdges<T extends SizedAnchor>(
  labels: readonly T[],
  frameWidth: number,
  frameHeight: number,
  gap = 4,
  obstacles: readonly Obstacle[] = [],
): T[] {
  const edgeOf = (label: T) => edgeOfLabel(label, frameWidth, frameHeight);
  // Whole labels stay inside the frame (a label centred on the edge would be cut in half).
  const clamp = (value: number, half: number, size: number) =>
    Math.min(Math.max(value, half + gap), Math.max(half + gap, size - half - gap));
  const placed = new Map<T, T>();
  for (const edge of ['top', 'bottom', 'left', 'right'] as const) {
    const along = edge === 'top' || edge === 'bottom' ? 'x' : 'y';
    const across = along === 'x' ? 'y' : 'x';
    const onEdge = labels.filter((label) => edgeOf(label) === edge);
    onEdge.sort((a, b) => a[along] - b[along]);
    let reach = Number.NEGATIVE_INFINITY;
    for (const label of onEdge) {
      const half = along === 'x' ? label.width / 2 : label.height / 2;
      // Inside the frame across the edge first: a wide label on a side reaches in from it,
      // and the markers it must pass are those it covers there.
      const [acrossHalf, acrossSize] =
        across === 'x' ? [label.width / 2, frameWidth] : [label.height / 2, frameHeight];
      const held = { ...label, [across]: clamp(label[across], acrossHalf, acrossSize) };
      const wanted = Math.max(label[along], reach + half);
      const position = clearOfObstacles(held, along, wanted, obstacles, gap, 1);
      placed.set(label, { ...held, [along]: position });
      reach = position + half + gap;
    }
  }
  // Then walked back from the frame's far end so the last ones do not pile up.
  const inside = new Map<T, T>();
  for (const edge of ['top', 'bottom', 'left', 'right'] as const) {
    const along = edge === 'top' || edge === 'bottom' ? 'x' : 'y';
    const size = along === 'x' ? frameWidth : frameHeight;
    const onEdge = labels
      .filter((label) => edgeOf(label) === edge)
      .map((label) => placed.get(label) ?? label)
      .sort((a, b) => b[along] - a[along]);
    let limit = Number.POSITIVE_INFINITY;
    for (const label of onEdge) {
      const half = along === 'x' ? label.width / 2 : label.height / 2;
      const within = clamp(Math.min(label[along], limit - half), half, size);
      // Walked back off the frame's end, it may land on an obstacle there (a control): back
      // past it too, while that keeps it inside the frame.
      const back = clearOfObstacles(label, along, within, obstacles, gap, -1);
      const position = back - half >= gap ? back : within;
      limit = position - half - gap;
      inside.set(label, { ...label, [along]: position });
    }
  }
  return labels.map((label) => {
    const moved = placed.get(label) ?? label;
    const settled = inside.get(moved) ?? moved;
    return {
      ...settled,
      x: clamp(settled.x, settled.width / 2, frameWidth),
      y: clamp(settled.y, settled.height / 2, frameHeight),
    };
  });
}

type Edge = 'top' | 'bottom' | 'left' | 'right';

/** The edge of the frame a label sits nearest to. */
export function edgeOfLabel(label: ScreenPoint, frameWidth: number, frameHeight: number): Edge {
  const sides = [
    ['top', label.y],
    ['bottom', frameHeight - label.y],
    ['left', label.x],
    ['right', frameWidth - label.x],
  ] as const;
  return [...sides].sort((a, b) => a[1] - b[1])[0]?.[0] ?? 'top';
}

/**
 * Where the labels of one edge cannot all fit side by side (nine countries off a phone's top
 * edge), or where spreading them apart would carry a label so far along the edge that its
 * arrow no longer points at its place (more than `maxTurn` degrees off, seen from where the
 * label ends up), neighbours along the edge become one label made by `merge`: the two
 * nearest each other first, among those whose one arrow still points at all their places
 * from where it would be placed, beside the sites' markers and controls (`obstacles`).
 * So a camp just beyond the top of the map keeps its own name and place beside "9 places" for
 * the far countries off the same edge: one label for the whole edge would point between
 * them, and a row of every name would push the camp's far along the edge. Far places, whose
 * way hardly turns along an edge, keep their names side by side where they fit. Two labels
 * that each stand for several places, side by side, become one. None is hidden under another.
 */
export function mergeCrowdedEdges<T extends SizedAnchor>(
  labels: readonly T[],
  frameWidth: number,
  frameHeight: number,
  merge: (group: readonly T[]) => T,
  gap = 4,
  maxTurn = 30,
  obstacles: readonly Obstacle[] = [],
): T[] {
  const result: T[] = [];
  for (const edge of ['top', 'bottom', 'left', 'right'] as const) {
    const along = edge === 'top' || edge === 'bottom' ? 'x' : 'y';
    const room = along === 'x' ? frameWidth : frameHeight;
    const length = (label: T) => (along === 'x' ? label.width : label.height);
    // Runs of neighbouring labels, each shown as one label (`merge` always gets the labels
    // as they came, so that a label standing for many is not weighed as one).
    type Run = { readonly members: readonly T[]; readonly shown: T };
    let runs: Run[] = labels
      .filter((label) => edgeOfLabel(label, frameWidth, frameHeight) === edge)
      .sort((a, b) => a[along] - b[along])
      .map((label) => ({ members: [label], shown: label }));
    // How far, at most, a label's arrow turns from the places of the labels it stands for.
    const worstTurn = (shown: T, members: readonly T[]) =>
      Math.max(0, ...members.map((member) => (member.place ? arrowError(shown, member.place) : 0)));
    const misleads = (shown: T, members: readonly T[]) => worstTurn(shown, members) > maxTurn;
    const joined = (at: number): Run => {
      const members = [...(runs[at]?.members ?? []), ...(runs[at + 1]?.members ?? [])];
      return { members, shown: merge(members) };
    };
    // A merged label is judged where it would be placed beside the others and the markers:
    // pushed along the edge past a marker, its one arrow may miss a place it names.
    const joinedTurn = (at: number) => {
      const run = joined(at);
      const others = runs.filter((_, k) => k !== at && k !== at + 1).map((other) => other.shown);
      const placed = spreadAlongEdges(
        [...others, run.shown],
        frameWidth,
        frameHeight,
        gap,
        obstacles,
      ).at(-1);
      return worstTurn(placed ?? run.shown, run.members);
    };
    const joinedMisleads = (at: number) => joinedTurn(at) > maxTurn;
    const distance = (at: number) =>
      (runs[at + 1]?.shown[along] ?? 0) - (runs[at]?.shown[along] ?? 0);
    const pairs = () =>
      runs
        .slice(1)
        .map((_, at) => at)
        .sort((a, b) => distance(a) - distance(b));
    while (runs.length > 1) {
      const shown = runs.map((run) => run.shown);
      const overfull = shown.reduce((total, label) => total + length(label) + gap, gap) > room;
      const spread = spreadAlongEdges(shown, frameWidth, frameHeight, gap);
      const pushedOff = runs.some((run, at) => misleads(spread[at] ?? run.shown, run.members));
      let pair: number | undefined;
      if (overfull || pushedOff) {
        // The nearest neighbours whose one label still points at their places; an edge that
        // cannot hold its labels takes the two whose one arrow turns least from theirs.
        pair = pairs().find((at) => !joinedMisleads(at));
        if (pair === undefined && overfull)
          pair = pairs()
            .map((at) => ({ at, turn: joinedTurn(at) }))
            .sort((a, b) => a.turn - b.turn)[0]?.at;
      } else {
        pair = pairs().find((at) => {
          const [first, second] = [runs[at], runs[at + 1]];
          if (!first || !second || first.members.length < 2 || second.members.length < 2)
            return false;
          const sideBySide = distance(at) < length(first.shown) + length(second.shown) + 2 * gap;
          return sideBySide && !joinedMisleads(at);
        });
      }
      if (pair === undefined) break;
      runs = [...runs.slice(0, pair), joined(pair), ...runs.slice(pair + 2)];
    }
    result.push(...runs.map((run) => run.shown));
  }
  return result;
}

/** Whether a label (centred on its point) covers `box` by more than a pixel. */
function covers(label: SizedAnchor, box: Obstacle): boolean {
  return (
    label.x - label.width / 2 < box.right - 1 &&
    label.x + label.width / 2 > box.left + 1 &&
    label.y - label.height / 2 < box.bottom - 1 &&
    label.y + label.height / 2 > box.top + 1
  );
}

/**
 * How far, at most, a label's one arrow, aimed from where the label is, turns from one of its
 * places, in degrees.
 */
function worstAimedTurn(label: EdgeAnchor, places: readonly ScreenPoint[]): number {
  const aimed = aimedAt(label, places);
  return Math.max(0, ...places.map((place) => arrowError(aimed, place)));
}
/** Two labels that may become one, what they would become, and how that would show. */
interface MergeChoice<T> {
  readonly pair: readonly [T, T];
  readonly joined: T;
  /** How far apart the two are, in CSS pixels. */
  readonly distance: number;
  /** How far the joined label's arrow, where it would be placed, turns from its places at most. */
  readonly turn: number;
  /** Whether that is more than the largest turn allowed. */
  readonly misleading: boolean;
}

/**
 * Makes one label of the pair among `choices` whose arrow still points at all its places,
 * the nearest first (when none does, the one whose arrow turns least from its places), and
 * returns the labels after it; null when there is no choice.
 */
function mergeBestPair<T extends SizedAnchor>(
  labels: readonly T[],
  choices: readonly MergeChoice<T>[],
): T[] | null {
  // When every choice misleads, the one that misleads least.
  const best = [...choices].sort(
    (a, b) =>
      Number(a.misleading) - Number(b.misleading) ||
      (a.misleading ? a.turn - b.turn : a.distance - b.distance),
  )[0];
  if (!best) return null;
  return [...labels.filter((label) => !best.pair.includes(label)), best.joined];
}

/**
 * The choice of making `a` and `b` one label: where `place` would put it, and how it would
 * point from there.
 */
function choiceOf<T extends SizedAnchor>(
  labels: readonly T[],
  a: T,
  b: T,
  merge: (group: readonly T[]) => T,
  place: (labels: readonly T[]) => T[],
  placesOf: (label: T) => readonly ScreenPoint[],
  maxTurn: number,
): MergeChoice<T> {
  const joined = merge([a, b]);
  // `place` keeps the order of the labels it is given: the joined label is the last.
  const others = labels.filter((label) => label !== a && label !== b);
  const shown = place([...others, joined]).at(-1) ?? joined;
  const turn = worstAimedTurn(shown, placesOf(joined));
  return {
    pair: [a, b],
    joined,
    distance: Math.hypot(a.x - b.x, a.y - b.y),
    turn,
    misleading: turn > maxTurn,
  };
}

/** The places a label stands for, when the caller does not say: its own, if known. */
function ownPlace(label: EdgeAnchor): readonly ScreenPoint[] {
  return label.place ? [label.place] : [];
}

/**
 * Where labels spread by `place` still cover a site's marker or a control (a short map,
 * whose markers fill the band along its top), neighbours along that edge become one label
 * made by `merge`, which finds room where two could not: two at a
 * time, the nearest first, among those whose one arrow still points at all their places
 * (`placesOf`; more than `maxTurn` degrees off misleads), until none covers anything. Making
 * the whole edge one label at once pointed a camp just off the map the way of far countries.
 * Returns the labels before placing.
 */
export function mergeEdgesOverObstacles<T extends SizedAnchor>(
  labels: readonly T[],
  frameWidth: number,
  frameHeight: number,
  obstacles: readonly Obstacle[],
  merge: (group: readonly T[]) => T,
  place: (labels: readonly T[]) => T[],
  placesOf: (label: T) => readonly ScreenPoint[] = ownPlace,
  maxTurn = 30,
): T[] {
  let current: T[] = [...labels];
  for (let round = 0; round < labels.length; round++) {
    const placed = place(current);
    const blocked = (label: T) => {
      const at = placed[current.indexOf(label)] ?? label;
      return obstacles.some((box) => covers(at, box));
    };
    const choices: MergeChoice<T>[] = [];
    for (const edge of ['top', 'bottom', 'left', 'right'] as const) {
      const along = edge === 'top' || edge === 'bottom' ? 'x' : 'y';
      const onEdge = current
        .filter((label) => edgeOfLabel(label, frameWidth, frameHeight) === edge)
        .sort((a, b) => a[along] - b[along]);
      // Any two neighbours of an edge with a label on a marker: the others crowding it
      // along the edge may be the ones to merge.
      if (!onEdge.some(blocked)) continue;
      onEdge.slice(1).forEach((second, at) => {
        const first = onEdge[at] as T;
        choices.push(choiceOf(current, first, second, merge, place, placesOf, maxTurn));
      });
    }
    const merged = mergeBestPair(current, choices);
    if (!merged) break;
    current = merged;
  }
  return current;
}

/** Whether two labels (centred on their points) cover each other by more than a pixel. */
function overlap(a: SizedAnchor, b: SizedAnchor): boolean {
  return (
    Math.abs(a.x - b.x) < (a.width + b.width) / 2 - 1 &&
    Math.abs(a.y - b.y) < (a.height + b.height) / 2 - 1
  );
}

/**
 * Merges labels that still cover each other (two edges meet at a corner) until none does,
 * two at a time, preferring a pair whose one arrow still points at all its places (as
 * `mergeEdgesOverObstacles`); `merge` makes one label of a pair, `place` spreads the result
 * again. Where every such pair would mislead, one of the two may merge instead with another
 * label (a neighbour along its edge) when that makes the room the other needs: at a phone's
 * corner, Norway merged with Denmark beside it, rather than with the United Kingdom round
 * the corner, whose one arrow would point 39° off each.
 */
export function mergeOverlapping<T extends SizedAnchor>(
  labels: readonly T[],
  merge: (group: readonly T[]) => T,
  place: (labels: readonly T[]) => T[],
  placesOf: (label: T) => readonly ScreenPoint[] = ownPlace,
  maxTurn = 30,
): T[] {
  let current = [...labels];
  const choice = (a: T, b: T) => choiceOf(current, a, b, merge, place, placesOf, maxTurn);
  // Whether, once `made`, the label `freed` no longer covers any other where placed.
  const frees = (made: MergeChoice<T>, freed: T) => {
    const others = current.filter((label) => !made.pair.includes(label));
    const after = place([...others, made.joined]);
    const at = others.indexOf(freed);
    const freedAt = after[at];
    return freedAt !== undefined && after.every((other, k) => k === at || !overlap(freedAt, other));
  };
  for (let round = 0; round < labels.length; round++) {
    const placed = place(current);
    const covering: (readonly [T, T])[] = [];
    placed.forEach((a, i) => {
      placed.forEach((b, j) => {
        if (j > i && overlap(a, b)) covering.push([current[i] as T, current[j] as T]);
      });
    });
    if (covering.length === 0) return placed;
    const direct = covering.map(([a, b]) => choice(a, b));
    let choices = direct;
    if (direct.every((made) => made.misleading)) {
      const instead: MergeChoice<T>[] = [];
      for (const [a, b] of covering) {
        for (const other of current) {
          if (other === a || other === b) continue;
          for (const [merged, freed] of [
            [a, b],
            [b, a],
          ] as const) {
            const made = choice(merged, other);
            if (!made.misleading && frees(made, freed)) instead.push(made);
          }
        }
      }
      if (instead.length > 0) choices = instead;
    }
    const merged = mergeBestPair(current, choices);
    if (!merged) return placed;
    current = merged;
  }
  return place(current);
}
