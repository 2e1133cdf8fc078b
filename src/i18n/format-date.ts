// Dates in words, with their precision: "June 1986, approximate", "8 April 2011". Month
// names and order come from Intl.DateTimeFormat in the strings' locale; every date is UTC.
import type { EdtfDate } from '../data/edtf';
import { LOCALE, strings } from './strings';

const dayFormat = new Intl.DateTimeFormat(LOCALE, {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});
const monthFormat = new Intl.DateTimeFormat(LOCALE, {
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

/** Midnight UTC of the date's first day (setUTCFullYear, since Date.UTC maps 0–99 to 19xx). */
function firstDayMs(date: EdtfDate): number {
  const day = new Date(0);
  day.setUTCFullYear(date.year, (date.month ?? 1) - 1, date.day ?? 1);
  return day.getTime();
}

function datePart(date: EdtfDate): string {
  if (date.precision === 'day') return dayFormat.format(firstDayMs(date));
  if (date.precision === 'month') return monthFormat.format(firstDayMs(date));
  return String(date.year);
}

/** The date with its qualifier in words. */
export function formatEdtf(date: EdtfDate): string {
  const qualifier =
    date.approximate && date.uncertain
      ? strings.approximateAndUncertain
      : date.approximate
        ? strings.approximate
        : date.uncertain
          ? strings.uncertain
          : '';
  return qualifier ? `${datePart(date)}, ${qualifier}` : datePart(date);
}

/** A date range in words: "June 1986 – September 2013". */
export function formatEdtfRange(date: EdtfDate, end?: EdtfDate): string {
  return end ? `${formatEdtf(date)} – ${formatEdtf(end)}` : formatEdtf(date);
}

/** A UTC millisecond as "8 April 2011". */
export function formatDay(ms: number): string {
  return dayFormat.format(ms);
}
