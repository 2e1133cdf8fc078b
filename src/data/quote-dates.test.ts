import { describe, expect, it } from 'vitest';
import { parseEdtfDate } from './edtf';
import { coarserDateThan, dateMentions } from './quote-dates';

function edtf(text: string) {
  const result = parseEdtfDate(text);
  if (!result.ok) throw new Error(result.error);
  return result.value;
}

describe('dates named in a quote', () => {
  it('reads days, months and years in the forms the documents use', () => {
    expect(
      dateMentions('on July 21, 2004, then 28 December 2011, Dec 28, 2011, July 2009 and in 2003'),
    ).toEqual([
      { text: 'July 21, 2004', month: 7, day: 21, year: 2004 },
      { text: '28 December 2011', day: 28, month: 12, year: 2011 },
      { text: 'Dec 28, 2011', month: 12, day: 28, year: 2011 },
      { text: 'July 2009', month: 7, year: 2009 },
      { text: '2003', year: 2003 },
    ]);
  });

  it('does not read a decade or a number as a year', () => {
    expect(dateMentions('since the late 1980’s, 17000 weapons')).toEqual([]);
  });
});

describe('a quote coarser than its event', () => {
  it('is flagged for a year or month that contains the event date', () => {
    expect(coarserDateThan('granted … status in 2004 under', edtf('2004-07-21'))).toMatch(
      /only "2004".*write 2004 /,
    );
    expect(coarserDateThan('In July 2004, the U.S.', edtf('2004-07-21'))).toMatch(/write 2004-07/);
  });

  it('is not flagged when the quote is as precise, names another date, or the event is vague', () => {
    expect(coarserDateThan('on July 21, 2004, a letter', edtf('2004-07-21'))).toBeNull();
    expect(coarserDateThan('its report of March 2013', edtf('2013-02-09'))).toBeNull();
    expect(coarserDateThan('since June 15 there was none', edtf('2014-06-15?'))).toBeNull();
    expect(coarserDateThan('In early 2003, forces', edtf('2003-02~'))).toBeNull();
    expect(coarserDateThan('in 2009 to Iraqi forces', edtf('2009'))).toBeNull();
  });
});

describe('dates named in a quote, one reading per span', () => {
  it('reads every month by its name or its abbreviation', () => {
    const quote =
      '1 Jan 2010, 2 Feb. 2010, 3 March 2010, 4 Apr 2010, 5 May 2010, 6 Jun 2010, 7 Jul 2010, 8 Aug 2010, 9 Sept 2010, 10 Oct 2010, 11 Nov 2010, 12 Dec 2010';
    expect(dateMentions(quote).map((mention) => [mention.day, mention.month])).toEqual([
      [1, 1],
      [2, 2],
      [3, 3],
      [4, 4],
      [5, 5],
      [6, 6],
      [7, 7],
      [8, 8],
      [9, 9],
      [10, 10],
      [11, 11],
      [12, 12],
    ]);
  });

  it('reads a day and a month without a year, in either order, in the order written', () => {
    expect(dateMentions('from June 15 until 3rd August')).toEqual([
      { text: 'June 15', month: 6, day: 15 },
      { text: '3rd August', day: 3, month: 8 },
    ]);
  });

  it('lists the mentions in the order of the text, whichever form they take', () => {
    expect(dateMentions('in 2003, then on 8 April 2011').map((mention) => mention.text)).toEqual([
      '2003',
      '8 April 2011',
    ]);
  });
});

describe('a quote coarser than its event, and the date it suggests', () => {
  it('suggests a two-digit month, for October to December too', () => {
    expect(coarserDateThan('In December 2011, the residents', edtf('2011-12-28'))).toBe(
      'the quote dates it only "December 2011", coarser than the event\'s 2011-12-28: write 2011-12 (or the right coarser date) in this claim\'s date',
    );
  });

  it('flags a year alone for an event dated to the month', () => {
    expect(coarserDateThan('the move began in 2012 and', edtf('2012-02'))).toMatch(
      /only "2012", coarser than the event's 2012-02: write 2012 /,
    );
    expect(coarserDateThan('the move began in February 2012', edtf('2012-02'))).toBeNull();
  });

  it('looks past a day of another year, month or day to the year that contains the event', () => {
    for (const quote of [
      'on 21 July 2005, a year after events in 2004',
      'on 21 June 2004, and later in 2004',
      'on 20 July 2004, and again in 2004',
    ]) {
      expect(coarserDateThan(quote, edtf('2004-07-21')), quote).toMatch(/only "2004"/);
    }
  });

  it('does not take another month of the same year for the event’s', () => {
    expect(coarserDateThan('a letter of June 2004 said', edtf('2004-07-21'))).toBeNull();
  });

  it('flags "a year ago" and its kin for an event dated to the day, and only then', () => {
    const cases: [string, string][] = [
      ['it happened about a year ago, they said', 'about a year ago'],
      ['raided last week by forces', 'last week'],
      ['residents were recently moved', 'recently'],
    ];
    for (const [quote, relative] of cases) {
      expect(coarserDateThan(quote, edtf('2011-04-08')), quote).toBe(
        `the quote dates it only as "${relative}", coarser than the event's 2011-04-08: give this claim its own coarser date, marked ~, ? or %`,
      );
    }
    expect(coarserDateThan('it happened about a year ago', edtf('2011-04'))).toBeNull();
    expect(coarserDateThan('it happened on 8 April 2011', edtf('2011-04-08'))).toBeNull();
  });

  it('leaves an approximate or uncertain-and-approximate event date alone', () => {
    expect(coarserDateThan('in 2011 forces entered', edtf('2011-04-08~'))).toBeNull();
    expect(coarserDateThan('in 2011 forces entered', edtf('2011-04-08%'))).toBeNull();
    expect(coarserDateThan('in 2011 forces entered', edtf('2011-04-08?'))).toMatch(/only "2011"/);
  });
});

describe('a quote that names the event’s own date as well as a coarser one', () => {
  it('is not flagged: the precise mention is enough', () => {
    expect(coarserDateThan('on 21 July 2004, early in 2004', edtf('2004-07-21'))).toBeNull();
    expect(coarserDateThan('in July 2004, that is in 2004', edtf('2004-07'))).toBeNull();
  });

  it('counts a day and month without a year as the event’s, in the year it names elsewhere', () => {
    expect(coarserDateThan('since June 15 and all through 2014', edtf('2014-06-15'))).toBeNull();
  });

  it('counts a day as precise enough for an event dated to the month', () => {
    expect(coarserDateThan('on 21 July 2004, in 2004', edtf('2004-07'))).toBeNull();
  });
});

describe('a quote that names only another year', () => {
  it('is not flagged: it does not contain the event', () => {
    expect(coarserDateThan('a year later, in 2005, the residents', edtf('2004-07-21'))).toBeNull();
    expect(coarserDateThan('by 2003 the camp had grown', edtf('2004-07'))).toBeNull();
  });
});
