// Three hand-made moves for the movement tests: two between the same places, one far.
import { type EdtfDate, edtfEndMs, edtfStartMs, parseEdtfDate } from '../data/edtf';
import type { Move, MoveClaim, Site } from '../data/types';

export function edtf(text: string): EdtfDate {
  const result = parseEdtfDate(text);
  if (!result.ok) throw new Error(result.error);
  return result.value;
}

export function testMove(
  id: string,
  [originId, destinationId]: [string, string],
  start: string,
  end: string | null,
  counts: number[] = [],
): Move {
  const claims: MoveClaim[] = (counts.length > 0 ? counts : [undefined]).map((count, index) => ({
    id: `${id}#${index + 1}`,
    moveId: id,
    sourceId: 'doc',
    quote: 'a quote long enough to be found',
    speaker: 'someone',
    ...(count === undefined ? {} : { count, qualifier: 'exact' as const }),
    scope: count === undefined ? '' : 'moved',
    note: '',
  }));
  return {
    id,
    originId,
    destinationId,
    destinationLevel: 'place',
    date: edtf(start),
    ...(end ? { end: edtf(end) } : {}),
    startMs: edtfStartMs(edtf(start)),
    endMs: edtfEndMs(edtf(end ?? start)),
    eventIds: [],
    title: id,
    note: '',
    claims,
  };
}

export const DATASET_MOVES: readonly Move[] = [
  testMove('a-to-b', ['a', 'b'], '2012', null, [1200]),
  testMove('a-to-b-later', ['a', 'b'], '2013-09', null),
  testMove('b-to-c', ['b', 'c'], '2012?', '2016-09-09'),
];

/** The three places of DATASET_MOVES: two camps near Baghdad and, far from them, Tirana. */
export const DATASET_SITES: readonly Site[] = (
  [
    ['a', 44.68, 33.95],
    ['b', 44.25, 33.3],
    ['c', 19.82, 41.33],
  ] as const
).map(([id, longitude, latitude]) => ({ id, name: id, longitude, latitude, kind: 'camp' }) as Site);
