// Pure: the residents chart's scales (time to x, people to y, and back for brushing), the
// year ticks and where the timeline's window falls on the chart.
import type { TimeWindow } from '../state/atlas-state';
import type { ResidentsSeries } from './residents-series';

export interface LinearScale {
  (value: number): number;
  invert(position: number): number;
}

export function linearScale(
  [domainStart, domainEnd]: readonly [number, number],
  [rangeStart, rangeEnd]: readonly [number, number],
): LinearScale {
  const ratio = (rangeEnd - rangeStart) / (domainEnd - domainStart || 1);
  const scale = ((value: number) => rangeStart + (value - domainStart) * ratio) as LinearScale;
  scale.invert = (position: number) => domainStart + (position - rangeStart) / ratio;
  return scale;
}

/** From January of the year before the first figure to `endMs`, in whole years. */
export function chartTimeDomain(
  series: readonly ResidentsSeries[],
  endMs: number,
): readonly [number, number] {
  const starts = series.flatMap((line) => line.marks.map((mark) => mark.startMs));
  const first = starts.length > 0 ? Math.min(...starts) : endMs - 365 * 86_400_000;
  return [Date.UTC(new Date(first).getUTCFullYear() - 1, 0, 1), endMs];
}

/**
 * 1 January of the years inside the domain, every year or every 2nd, 5th … so that labels
 * stay `spacing` pixels apart (with a scale) and none is drawn past `lastX`.
 */
export function yearTicks(
  [startMs, endMs]: readonly [number, number],
  x?: LinearScale,
  spacing = 0,
  lastX = Number.POSITIVE_INFINITY,
): number[] {
  const all: number[] = [];
  for (let year = new Date(startMs).getUTCFullYear(); ; year++) {
    const tick = Date.UTC(year, 0, 1);
    if (tick > endMs) break;
    if (tick >= startMs && (!x || x(tick) <= lastX)) all.push(tick);
  }
  if (!x || all.length < 2) return all;
  const yearWidth = Math.abs(x(Date.UTC(2001, 0, 1)) - x(Date.UTC(2000, 0, 1)));
  const step = [1, 2, 5, 10].find((every) => every * yearWidth >= spacing) ?? 10;
  return all.filter((tick) => new Date(tick).getUTCFullYear() % step === 0);
}

/** A round top for the people axis (1,000s) above the largest figure. */
export function peopleTop(series: readonly ResidentsSeries[]): number {
  const values = series.flatMap((line) => line.marks.map((mark) => mark.value));
  return Math.max(1000, Math.ceil(Math.max(0, ...values) / 1000) * 1000);
}

/** The window's part of the chart, in pixels, cut to the chart's edges; null if outside. */
export function bandExtent(
  window: TimeWindow,
  x: LinearScale,
  [left, right]: readonly [number, number],
): { x: number; width: number } | null {
  const start = Math.max(left, x(window.startMs));
  const end = Math.min(right, x(window.endMs));
  if (end <= start) return null;
  return { x: start, width: end - start };
}
