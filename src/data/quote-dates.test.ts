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
