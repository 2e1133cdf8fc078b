// Selectors, checked against the hand-made dataset in state-fixture.test-helpers.ts: every
// expected id list below is read off that table.
import { describe, expect, it } from 'vitest';
import type { Category } from '../data/types';
import { FULL_WINDOW, NO_FILTERS, type TimeWindow } from './atlas-state';
import { findEvent, findSite } from './dataset-index';
import {
  disagreementsOf,
  isDisputed,
  isSiteActive,
  neighbourEvent,
  selectCountsBySite,
  selectDisputedEvents,
  selectFilteredEvents,
  selectShownEvents,
} from './selectors';
import { DATASET, EVENTS, ids, SITES } from './state-fixture.test-helpers';

const byId = (id: string) => {
  const found = EVENTS.find((event) => event.id === id);
  if (!found) throw new Error(id);
  return found;
};
const filtered = (filters: Partial<typeof NO_FILTERS>) =>
  ids(selectFilteredEvents(DATASET, { ...NO_FILTERS, ...filters }));
const years = (from: number, to: number): TimeWindow => ({
  startMs: Date.UTC(from, 0, 1),
  endMs: Date.UTC(to, 0, 1),
});

describe('the category filter', () => {
  const expected: Record<Category, string> = {
    settlement: '1986-06-settle',
    'armed-conflict': '1991-04-fighting',
    attack: '2009-07-28-raid',
    legal: '2010-ruling',
    diplomacy: '2011-05-talks',
    humanitarian: '2012-03-aid',
    relocation: '2013-09-11-move',
    advocacy: '2016-campaign',
  };
  for (const [category, eventId] of Object.entries(expected)) {
    it(`keeps only the ${category} event when ${category} is chosen`, () => {
      expect(filtered({ categories: [category as Category] })).toEqual([eventId]);
    });
  }

  it('keeps the events of every chosen category, in time order', () => {
    expect(filtered({ categories: ['relocation', 'settlement'] })).toEqual([
      '1986-06-settle',
      '2013-09-11-move',
    ]);
  });

  it('keeps every event when no category is chosen', () => {
    expect(filtered({})).toHaveLength(8);
  });
});

describe('the site filter', () => {
  it('keeps the events of each chosen site', () => {
    expect(filtered({ siteIds: ['ashraf'] })).toEqual([
      '1986-06-settle',
      '1991-04-fighting',
      '2009-07-28-raid',
    ]);
    expect(filtered({ siteIds: ['liberty'] })).toEqual(['2010-ruling', '2012-03-aid']);
    expect(filtered({ siteIds: ['tirana'] })).toEqual([
      '2011-05-talks',
      '2013-09-11-move',
      '2016-campaign',
    ]);
    expect(filtered({ siteIds: ['liberty', 'tirana'] })).toHaveLength(5);
  });

  it('combines with the category filter (both must match)', () => {
    expect(filtered({ siteIds: ['tirana'], categories: ['relocation', 'legal'] })).toEqual([
      '2013-09-11-move',
    ]);
  });
});

describe('the text search', () => {
  it('finds words in the title', () => {
    expect(filtered({ text: 'fighting' })).toEqual(['1991-04-fighting']);
  });

  it('finds words in the summary', () => {
    expect(filtered({ text: 'pomegranates' })).toEqual(['2010-ruling']);
  });

  it('finds words in a quote', () => {
    expect(filtered({ text: 'bare desert' })).toEqual(['1986-06-settle']);
  });

  it("finds a claim's speaker", () => {
    expect(filtered({ text: 'Zeynep' })).toEqual(['2016-campaign']);
    expect(filtered({ text: 'rapporteur' })).toEqual(['2009-07-28-raid']);
  });

  it('ignores case and surrounding spaces', () => {
    expect(filtered({ text: '  FIRST FLIGHT ' })).toEqual(['2013-09-11-move']);
  });

  it('finds nothing for words that appear nowhere', () => {
    expect(filtered({ text: 'xylophone' })).toEqual([]);
  });
});

describe('disputed events', () => {
  it('marks an event whose documents give different death tolls', () => {
    expect(isDisputed(byId('2009-07-28-raid'))).toBe(true);
    expect(disagreementsOf(byId('2009-07-28-raid')).figures.map((f) => f.measure)).toEqual([
      'killed',
    ]);
  });

  it('marks the same number with a different qualifier ("2" against "at least 2")', () => {
    expect(isDisputed(byId('2013-09-11-move'))).toBe(true);
  });

  it('does not mark the same figure repeated by two claims', () => {
    expect(isDisputed(byId('2011-05-talks'))).toBe(false);
  });

  it('marks an event disputed only on its date, with all its claims to compare', () => {
    const aid = byId('2012-03-aid');
    expect(isDisputed(aid)).toBe(true);
    expect(disagreementsOf(aid).figures).toEqual([]);
    expect(disagreementsOf(aid).dateClaims.map((claim) => claim.id)).toEqual([
      '2012-03-aid#0',
      '2012-03-aid#1',
    ]);
  });

  it('does not mark a claim that repeats the event date', () => {
    expect(isDisputed(byId('2016-campaign'))).toBe(false);
  });

  it('lists exactly the disputed events, and the filter keeps only those', () => {
    const disputed = ['2009-07-28-raid', '2012-03-aid', '2013-09-11-move'];
    expect(ids(selectDisputedEvents(DATASET))).toEqual(disputed);
    expect(filtered({ disputedOnly: true })).toEqual(disputed);
    expect(filtered({ disputedOnly: true, siteIds: ['liberty'] })).toEqual(['2012-03-aid']);
  });
});

describe('the time window', () => {
  it('shows the filtered events that overlap the window', () => {
    expect(ids(selectShownEvents(DATASET, NO_FILTERS, years(2010, 2013)))).toEqual([
      '2010-ruling',
      '2011-05-talks',
      '2012-03-aid',
    ]);
    expect(
      ids(selectShownEvents(DATASET, { ...NO_FILTERS, siteIds: ['tirana'] }, years(2010, 2014))),
    ).toEqual(['2011-05-talks', '2013-09-11-move']);
  });

  it('counts an event that ends where the window starts as outside it, a millisecond more as inside', () => {
    const raidEnd = Date.UTC(2009, 6, 29);
    const shown = (startMs: number) =>
      ids(selectShownEvents(DATASET, NO_FILTERS, { startMs, endMs: Date.UTC(2010, 0, 1) }));
    expect(shown(raidEnd)).toEqual([]);
    expect(shown(raidEnd - 1)).toEqual(['2009-07-28-raid']);
  });

  it('counts an event that starts where the window ends as outside it', () => {
    const raidStart = Date.UTC(2009, 6, 28);
    const shown = (endMs: number) =>
      ids(selectShownEvents(DATASET, NO_FILTERS, { startMs: Date.UTC(2009, 0, 1), endMs }));
    expect(shown(raidStart)).toEqual([]);
    expect(shown(raidStart + 1)).toEqual(['2009-07-28-raid']);
  });

  it('counts the shown events of each site', () => {
    const counts = selectCountsBySite(selectShownEvents(DATASET, NO_FILTERS, years(2009, 2017)));
    expect(Object.fromEntries(counts)).toEqual({ ashraf: 1, liberty: 2, tirana: 3 });
  });

  it("dims a site whose period does not overlap the window, up to the period's last day", () => {
    const [ashraf, liberty] = SITES;
    if (!ashraf || !liberty) throw new Error('fixture');
    expect(isSiteActive(ashraf, years(1990, 1991))).toBe(true);
    expect(isSiteActive(liberty, years(1990, 1991))).toBe(false);
    // Ashraf's period ends with 2013: a window opening on 1 January 2014 is past it.
    expect(isSiteActive(ashraf, years(2014, 2015))).toBe(false);
    expect(
      isSiteActive(ashraf, { startMs: Date.UTC(2013, 11, 31), endMs: FULL_WINDOW.endMs }),
    ).toBe(true);
    // Liberty's period starts with 2012: a window closing on 1 January 2012 is before it.
    expect(isSiteActive(liberty, years(2011, 2012))).toBe(false);
  });
});

describe('previous and next event', () => {
  const three = [byId('1986-06-settle'), byId('2009-07-28-raid'), byId('2016-campaign')];

  it('steps forward and back from the selected event', () => {
    expect(neighbourEvent(three, '2009-07-28-raid', 1)?.id).toBe('2016-campaign');
    expect(neighbourEvent(three, '2009-07-28-raid', -1)?.id).toBe('1986-06-settle');
  });

  it('stays on the first or last event at the ends', () => {
    expect(neighbourEvent(three, '2016-campaign', 1)?.id).toBe('2016-campaign');
    expect(neighbourEvent(three, '1986-06-settle', -1)?.id).toBe('1986-06-settle');
  });

  it('starts from the first event going forward and the last going back when none is selected', () => {
    expect(neighbourEvent(three, null, 1)?.id).toBe('1986-06-settle');
    expect(neighbourEvent(three, null, -1)?.id).toBe('2016-campaign');
    expect(neighbourEvent(three, '2010-ruling', 1)?.id).toBe('1986-06-settle');
  });

  it('has nothing to step to in an empty list', () => {
    expect(neighbourEvent([], null, 1)).toBeUndefined();
  });
});

describe('lookups by id', () => {
  it('finds an event and a site by id, and nothing for null or an unknown id', () => {
    expect(findEvent(DATASET, '2010-ruling')?.title).toBe('A court rules');
    expect(findEvent(DATASET, 'nothing')).toBeUndefined();
    expect(findEvent(DATASET, null)).toBeUndefined();
    expect(findSite(DATASET, 'tirana')?.name).toBe('Tirana');
    expect(findSite(DATASET, null)).toBeUndefined();
  });
});
