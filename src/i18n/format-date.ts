// Dates in words, with their precision: "June 1986, approximate", "8 April 2011".
import type { EdtfDate } from '../data/edtf';
import { monthNames, strings } from './strings';

function datePart(date: EdtfDate): string {
  const month = date.month ? monthNames[date.month - 1] : undefined;
  if (date.precision === 'day') return `${date.day} ${month} ${date.year}`;
  if (date.precision === 'month') return `${month} ${date.year}`;
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
  const day = new Date(ms);
  return `${day.getUTCDate()} ${monthNames[day.getUTCMonth()]} ${day.getUTCFullYear()}`;
}
