// Dates in words, with their precision: "June 1986, approximate", "8 April 2011". Month
// names and the order of day, month and year come from the strings; every date is UTC.
// Not Intl.DateTimeFormat: its first use costs a cold page 15–30 ms of locale set-up before
// the first event can be drawn, for words the strings already hold.
import type { EdtfDate } from '../data/edtf';
import { strings } from './strings';

/** The date's calendar parts; a date's year, month and day are read in UTC. */
function utcParts(ms: number): { year: number; month: number; day: number } {
  const day = new Date(ms);
  return { year: day.getUTCFullYear(), month: day.getUTCMonth() + 1, day: day.getUTCDate() };
}

/** The month's name, 1 = January. */
function monthName(month: number): string {
  return strings.monthNames[month - 1] ?? String(month);
}

function datePart(date: EdtfDate): string {
  if (date.precision === 'day') {
    return strings.dayDate(date.day ?? 1, monthName(date.month ?? 1), date.year);
  }
  if (date.precision === 'month') {
    return strings.monthDate(monthName(date.month ?? 1), date.year);
  }
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
  const { year, month, day } = utcParts(ms);
  return strings.dayDate(day, monthName(month), year);
}
