// A documented subset of EDTF (ISO 8601-2): YYYY, YYYY-MM, YYYY-MM-DD, each with an optional
// ~ (approximate), ? (uncertain) or % (both), and intervals A/B. Precision is kept, never
// rounded to a day: a month is a month.
import { dataMessages } from '../i18n/data-messages';

export type EdtfPrecision = 'year' | 'month' | 'day';

export interface EdtfDate {
  readonly text: string;
  readonly year: number;
  readonly month?: number;
  readonly day?: number;
  readonly precision: EdtfPrecision;
  readonly approximate: boolean;
  readonly uncertain: boolean;
}

export interface EdtfInterval {
  readonly start: EdtfDate;
  readonly end: EdtfDate;
}

type EdtfResult<T> = { ok: true; value: T } | { ok: false; error: string };

const DATE_PATTERN = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?([~?%])?$/;

/**
 * Milliseconds (UTC) of a calendar day, with the year taken literally. `Date.UTC` reads the
 * years 0–99 as 1900–1999, so "0011" would silently become 1911; the full year is set
 * explicitly instead. Month and day may overflow as with `Date.UTC` (day 0 = last of previous).
 */
function utcMs(year: number, monthIndex: number, day: number): number {
  const date = new Date(0);
  date.setUTCFullYear(year, monthIndex, day);
  return date.getTime();
}

function daysInMonth(year: number, month: number): number {
  return new Date(utcMs(year, month, 0)).getUTCDate();
}

/** Parses one EDTF date of the subset; never throws. */
export function parseEdtfDate(input: string): EdtfResult<EdtfDate> {
  const text = input.trim();
  if (text === '') return { ok: false, error: dataMessages.dateEmpty };
  const match = DATE_PATTERN.exec(text);
  if (!match) {
    return {
      ok: false,
      error: dataMessages.dateShape(text),
    };
  }
  const [, yearText, monthText, dayText, qualifier] = match;
  const year = Number(yearText);
  const month = monthText === undefined ? undefined : Number(monthText);
  const day = dayText === undefined ? undefined : Number(dayText);
  if (month !== undefined && (month < 1 || month > 12)) {
    return { ok: false, error: dataMessages.dateMonth(text, monthText) };
  }
  if (month !== undefined && day !== undefined && (day < 1 || day > daysInMonth(year, month))) {
    return { ok: false, error: dataMessages.dateDay(text, dayText) };
  }
  const precision: EdtfPrecision =
    day !== undefined ? 'day' : month !== undefined ? 'month' : 'year';
  return {
    ok: true,
    value: {
      text,
      year,
      ...(month !== undefined ? { month } : {}),
      ...(day !== undefined ? { day } : {}),
      precision,
      approximate: qualifier === '~' || qualifier === '%',
      uncertain: qualifier === '?' || qualifier === '%',
    },
  };
}

/** Parses an interval "A/B"; the end must not come before the start. */
export function parseEdtfInterval(input: string): EdtfResult<EdtfInterval> {
  const parts = input.trim().split('/');
  if (parts.length !== 2) {
    return { ok: false, error: dataMessages.intervalShape(input.trim()) };
  }
  const start = parseEdtfDate(parts[0] ?? '');
  if (!start.ok) return { ok: false, error: dataMessages.intervalStart(start.error) };
  const end = parseEdtfDate(parts[1] ?? '');
  if (!end.ok) return { ok: false, error: dataMessages.intervalEnd(end.error) };
  if (endsBefore(end.value, start.value)) {
    return {
      ok: false,
      error: dataMessages.intervalReversed(end.value.text, start.value.text),
    };
  }
  return { ok: true, value: { start: start.value, end: end.value } };
}

/** First millisecond (UTC) that the date may denote. */
export function edtfStartMs(date: EdtfDate): number {
  return utcMs(date.year, (date.month ?? 1) - 1, date.day ?? 1);
}

/** First millisecond after the period the date denotes (exclusive end). */
export function edtfEndMs(date: EdtfDate): number {
  if (date.precision === 'day') return utcMs(date.year, (date.month ?? 1) - 1, (date.day ?? 1) + 1);
  if (date.precision === 'month') return utcMs(date.year, date.month ?? 1, 1);
  return utcMs(date.year + 1, 0, 1);
}

/** True when the whole period of `end` lies before `start` begins. */
export function endsBefore(end: EdtfDate, start: EdtfDate): boolean {
  return edtfEndMs(end) <= edtfStartMs(start);
}

/** Compares two dates by their start, then by precision (coarser first). */
export function compareEdtf(a: EdtfDate, b: EdtfDate): number {
  return edtfStartMs(a) - edtfStartMs(b) || edtfEndMs(b) - edtfEndMs(a);
}
