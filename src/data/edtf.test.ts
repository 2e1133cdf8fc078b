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
