import { describe, expect, it } from 'vitest';
import { parseEdtfDate } from '../data/edtf';
import { formatDay, formatEdtf, formatEdtfRange } from './format-date';

function date(text: string) {
  const parsed = parseEdtfDate(text);
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.value;
}

describe('dates in words', () => {
  it('writes a day, a month and a year in words', () => {
    expect(formatEdtf(date('2011-04-08'))).toBe('8 April 2011');
    expect(formatEdtf(date('1986-06'))).toBe('June 1986');
    expect(formatEdtf(date('2003'))).toBe('2003');
  });

  it('says when a date is approximate, uncertain or both', () => {
    expect(formatEdtf(date('1986-06~'))).toBe('June 1986, approximate');
    expect(formatEdtf(date('1991?'))).toBe('1991, uncertain');
    expect(formatEdtf(date('2009-07-28%'))).toBe('28 July 2009, approximate and uncertain');
  });

  it('joins a range with a dash', () => {
    expect(formatEdtfRange(date('1986-06'), date('2013-09'))).toBe('June 1986 – September 2013');
  });

  it('reads a millisecond as its UTC day, whatever the time of day', () => {
    expect(formatDay(Date.UTC(2011, 3, 8))).toBe('8 April 2011');
    expect(formatDay(Date.UTC(2016, 11, 31, 23, 59))).toBe('31 December 2016');
  });

  it('names every month and day as the locale formatter does', () => {
    const reference = new Intl.DateTimeFormat('en-GB', {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    });
    for (let month = 0; month < 12; month++) {
      for (const day of [1, 9, 10, 28]) {
        const ms = Date.UTC(2013, month, day);
        expect(formatDay(ms)).toBe(reference.format(ms));
      }
    }
  });
});
