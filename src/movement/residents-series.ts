// Pure: the residents chart's marks, one per `residents` figure, never merged. A figure dated
// to the day is a point; one dated to a month or a year is a span across it. Figures for the
// same site and time from different documents are separate marks, set side by side
// (`stack`), and nothing is drawn between marks: a time no figure covers stays empty.

import { compareIds } from '../data/compare-ids';
import { edtfEndMs, edtfStartMs } from '../data/edtf';
import type { Figure, Qualifier } from '../data/types';

export const RESIDENTS_MEASURE = 'residents';

export interface ResidentsMark {
  readonly figureId: string;
  readonly siteId: string;
  readonly sourceId: string;
  readonly value: number;
  readonly qualifier: Qualifier;
  readonly kind: 'point' | 'span';
  /** The date as written (EDTF), e.g. `2013-09` or `2015-01~`. */
  readonly dateText: string;
  readonly approximate: boolean;
  readonly startMs: number;
  /** Exclusive; for a point, the end of its day. */
  readonly endMs: number;
  /** 0 for the first mark at this site and time, 1 for the next, … */
  readonly stack: number;
}

export interface ResidentsSeries {
  readonly siteId: string;
  readonly marks: readonly ResidentsMark[];
}

/** The residents figures as marks, grouped by site (in first-figure order) and sorted by time. */
export function residentsSeries(figures: readonly Figure[]): readonly ResidentsSeries[] {
  const bySite = new Map<string, ResidentsMark[]>();
  const residents = figures
    .filter((figure) => figure.measure === RESIDENTS_MEASURE)
    .map((figure) => ({
      figure,
      startMs: edtfStartMs(figure.date),
      endMs: edtfEndMs(figure.date),
    }))
    .sort((a, b) => a.startMs - b.startMs || compareIds(a.figure.id, b.figure.id));
  for (const { figure, startMs, endMs } of residents) {
    const marks = bySite.get(figure.siteId) ?? [];
    const stack = marks.filter((mark) => mark.startMs < endMs && mark.endMs > startMs).length;
    marks.push({
      figureId: figure.id,
      siteId: figure.siteId,
      sourceId: figure.sourceId,
      value: figure.value,
      qualifier: figure.qualifier,
      kind: figure.date.precision === 'day' ? 'point' : 'span',
      dateText: figure.date.text,
      approximate: figure.date.approximate || figure.date.uncertain,
      startMs,
      endMs,
      stack,
    });
    bySite.set(figure.siteId, marks);
  }
  return [...bySite.entries()].map(([siteId, marks]) => ({ siteId, marks }));
}

/** The marks whose time lies, at least in part, in the window. */
export function marksInWindow(
  series: readonly ResidentsSeries[],
  window: { startMs: number; endMs: number },
): readonly ResidentsMark[] {
  return series.flatMap((line) =>
    line.marks.filter((mark) => mark.startMs < window.endMs && mark.endMs > window.startMs),
  );
}
