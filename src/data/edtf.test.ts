import { describe, expect, it } from 'vitest';
import { compareEdtf, edtfEndMs, edtfStartMs, parseEdtfDate, parseEdtfInterval } from './edtf';

function parsed(text: string) {
  const result = parseEdtfDate(text);
  if (!result.ok) throw new Error(result.error);
  return result.value;
}

describe('parseEdtfDate', () => {
  it('keeps the precision of a year, a month and a day', () => {
    expect(parsed('1986').precision).toBe('year');
    expect(parsed('1986-06').precision).toBe('month');
    expect(parsed('2011-04-08').precision).toBe('day');
    expect(parsed('1986-06').day).toBeUndefined();
  });

  it('reads ~ as approximate, ? as uncertain and % as both', () => {
    expect(parsed('1986-06~')).toMatchObject({ approximate: true, uncertain: false });
    expect(parsed('2013-09?')).toMatchObject({ approximate: false, uncertain: true });
    expect(parsed('2009%')).toMatchObject({ approximate: true, uncertain: true });
    expect(parsed('2009')).toMatchObject({ approximate: false, uncertain: false });
  });

  it('spans a whole month for a month-precision date, not its first day', () => {
    const june = parsed('1986-06');
    expect(new Date(edtfStartMs(june)).toISOString()).toBe('1986-06-01T00:00:00.000Z');
    expect(new Date(edtfEndMs(june)).toISOString()).toBe('1986-07-01T00:00:00.000Z');
    const year = parsed('2003');
    expect(new Date(edtfEndMs(year)).toISOString()).toBe('2004-01-01T00:00:00.000Z');
  });

  it('rejects impossible months and days and foreign shapes with a reason', () => {
    for (const bad of [
      '',
      '86',
      '1986-13',
      '2013-02-29',
      '2012-04-31',
      '1986/06',
      'June 1986',
      '2011-4-8',
      '2011-04-08~~',
    ]) {
      const result = parseEdtfDate(bad);
      expect(result.ok, bad).toBe(false);
      if (!result.ok) expect(result.error.length).toBeGreaterThan(5);
    }
    expect(parseEdtfDate('2012-02-29').ok).toBe(true);
  });

  it('reads years 0000–0099 as four-digit years, not as the 1900s', () => {
    const early = parsed('0011');
    expect(new Date(edtfStartMs(early)).toISOString()).toBe('0011-01-01T00:00:00.000Z');
    expect(new Date(edtfEndMs(early)).toISOString()).toBe('0012-01-01T00:00:00.000Z');
    const december = parsed('0099-12-31');
    expect(new Date(edtfStartMs(december)).toISOString()).toBe('0099-12-31T00:00:00.000Z');
    expect(new Date(edtfEndMs(december)).toISOString()).toBe('0100-01-01T00:00:00.000Z');
    expect(parseEdtfDate('0000-02-29').ok).toBe(true);
    expect(parseEdtfDate('0100-02-29').ok).toBe(false);
  });

  it('reads a year far after the atlas period as that year', () => {
    const late = parsed('2101-03');
    expect(new Date(edtfStartMs(late)).toISOString()).toBe('2101-03-01T00:00:00.000Z');
    expect(compareEdtf(parsed('0011'), parsed('1986'))).toBeLessThan(0);
  });

  it('orders by start and puts the coarser of two equal starts first', () => {
    const dates = ['2011-04-08', '2011', '2011-04', '2009-07-28'].map(parsed);
    expect(dates.sort(compareEdtf).map((date) => date.text)).toEqual([
      '2009-07-28',
      '2011',
      '2011-04',
      '2011-04-08',
    ]);
  });
});

describe('parseEdtfInterval', () => {
  it('reads a start and an end of different precision', () => {
    const result = parseEdtfInterval('1986-06~/2013-09');
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.value.start.approximate).toBe(true);
      expect(result.value.end.precision).toBe('month');
    }
  });

  it('refuses an interval that ends before it starts, or has no end', () => {
    expect(parseEdtfInterval('2013/2012').ok).toBe(false);
    expect(parseEdtfInterval('2013').ok).toBe(false);
    expect(parseEdtfInterval('2013/x').ok).toBe(false);
  });

  it('accepts an interval inside one period', () => {
    expect(parseEdtfInterval('2013-09/2013').ok).toBe(true);
  });
});

describe('parseEdtfDate tells the editor what is wrong with a date', () => {
  const error = (text: string) => {
    const result = parseEdtfDate(text);
    return result.ok ? 'accepted' : result.error;
  };

  it('names the month or the day that does not exist, at the edges of each', () => {
    expect(error('1986-00')).toBe('"1986-00" has month 00, which is not between 01 and 12');
    expect(error('1986-13~')).toBe('"1986-13~" has month 13, which is not between 01 and 12');
    expect(error('2011-04-00')).toBe('"2011-04-00" has day 00, which does not exist in that month');
    expect(error('2011-04-31')).toBe('"2011-04-31" has day 31, which does not exist in that month');
    expect(error('2011-02-29')).toBe('"2011-02-29" has day 29, which does not exist in that month');
    for (const good of ['1986-01', '1986-12', '2011-04-01', '2011-04-30', '2011-12-31']) {
      expect(error(good), good).toBe('accepted');
    }
  });

  it('says an empty cell is empty, and quotes a date of another shape', () => {
    expect(error('  ')).toBe('the date is empty');
    expect(error('2011-4-8')).toBe(
      '"2011-4-8" is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD (optionally followed by ~, ? or %)',
    );
  });

  it('reads the year, month and day as numbers, and keeps the text without its spaces', () => {
    expect(parsed(' 2011-04-08? ')).toEqual({
      text: '2011-04-08?',
      year: 2011,
      month: 4,
      day: 8,
      precision: 'day',
      approximate: false,
      uncertain: true,
    });
    expect(parsed('1986')).toEqual({
      text: '1986',
      year: 1986,
      precision: 'year',
      approximate: false,
      uncertain: false,
    });
  });

  it('ends a day at the next midnight, across the end of a month and of a year', () => {
    expect(new Date(edtfStartMs(parsed('2011-04-08'))).toISOString()).toBe(
      '2011-04-08T00:00:00.000Z',
    );
    expect(new Date(edtfEndMs(parsed('2011-04-30'))).toISOString()).toBe(
      '2011-05-01T00:00:00.000Z',
    );
    expect(new Date(edtfEndMs(parsed('2011-12-31'))).toISOString()).toBe(
      '2012-01-01T00:00:00.000Z',
    );
    expect(new Date(edtfEndMs(parsed('2011-12'))).toISOString()).toBe('2012-01-01T00:00:00.000Z');
  });
});

describe('parseEdtfInterval tells the editor which end is wrong', () => {
  const error = (text: string) => {
    const result = parseEdtfInterval(text);
    return result.ok ? 'accepted' : result.error;
  };

  it('names the start, the end, the shape or the order', () => {
    expect(error('1986-13/2013')).toBe(
      'its start: "1986-13" has month 13, which is not between 01 and 12',
    );
    expect(error('1986/2013-02-30')).toBe(
      'its end: "2013-02-30" has day 30, which does not exist in that month',
    );
    expect(error(' 1986/2000/2013 ')).toBe(
      '"1986/2000/2013" is not an interval of the form START/END',
    );
    expect(error('2013/2012-12-31')).toBe('its end 2012-12-31 comes before its start 2013');
  });

  it('accepts an end on the very day, month or year it starts', () => {
    for (const good of ['2013-01-01/2013-01-01', '2012-12-31/2013', '2013/2013-01', '2013/2013']) {
      expect(error(good), good).toBe('accepted');
    }
  });

  it('keeps both ends as dates', () => {
    const result = parseEdtfInterval('1986-06~/2013-09');
    expect(result.ok && [result.value.start.text, result.value.end.text]).toEqual([
      '1986-06~',
      '2013-09',
    ]);
  });
});

describe('compareEdtf', () => {
  it('puts the later start after, and of equal starts the longer first', () => {
    expect(compareEdtf(parsed('2011-04-09'), parsed('2011-04-08'))).toBeGreaterThan(0);
    expect(compareEdtf(parsed('2011-04-08'), parsed('2011-04'))).toBeGreaterThan(0);
    expect(compareEdtf(parsed('2011-04'), parsed('2011-04-08'))).toBeLessThan(0);
    expect(compareEdtf(parsed('2011-04~'), parsed('2011-04'))).toBe(0);
  });
});
