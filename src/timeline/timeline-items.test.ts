// The timeline's lanes and items, read as sentences.
import { describe, expect, it } from 'vitest';
import { edtfEndMs, edtfStartMs, parseEdtfDate } from '../data/edtf';
import type { AtlasEvent, Category, Claim, Site } from '../data/types';
import { FULL_WINDOW, MINIMUM_WINDOW_MS, NO_FILTERS, WINDOW_LIMITS } from '../state/atlas-state';
import {
  buildTimelineGroups,
  buildTimelineItem,
  filteredEventsInTimeOrder,
  itemDescription,
  sortByTime,
} from './timeline-items';
import { isEventInView, zoomWindow } from './timeline-window';

function date(text: string) {
  const parsed = parseEdtfDate(text);
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.value;
}

function makeEvent(
  id: string,
  dateText: string,
  options: { end?: string; siteId?: string; category?: Category; title?: string } = {},
): AtlasEvent {
  const start = date(dateText);
  const end = options.end ? date(options.end) : undefined;
  return {
    id,
    date: start,
    ...(end ? { end } : {}),
    siteId: options.siteId ?? 'camp-ashraf',
    category: options.category ?? 'attack',
    title: options.title ?? `Event ${id}`,
    summary: '',
    startMs: edtfStartMs(start),
    endMs: edtfEndMs(end ?? start),
    claims: [],
  };
}

function claim(eventId: string, index: number, killed: number): Claim {
  return {
    id: `${eventId}#${index}`,
    eventId,
    sourceId: 'doc',
    quote: 'q',
    speaker: 's',
    killed,
    note: '',
  };
}

function site(id: string, name: string): Site {
  const period = { start: date('1986'), end: date('2016') };
  return {
    id,
    name,
    aliases: [],
    kind: 'camp',
    country: 'IQ',
    period,
    summary: '',
    longitude: 0,
    latitude: 0,
    coordAccuracyM: 0,
    coordSource: '',
  };
}

describe('timeline items', () => {
  it('draws an exact day without an end as a point', () => {
    const item = buildTimelineItem(makeEvent('raid', '2011-04-08'));
    expect(item.type).toBe('point');
    expect(item.start).toBe(Date.UTC(2011, 3, 8));
    expect(item.end).toBeUndefined();
  });

  it('draws a month-precision event as a span covering the whole month', () => {
    const item = buildTimelineItem(makeEvent('mou', '2011-12'));
    expect(item.type).toBe('range');
    expect(item.start).toBe(Date.UTC(2011, 11, 1));
    expect(item.end).toBe(Date.UTC(2012, 0, 1));
    expect(item.className).toContain('precision-month');
  });

  it('draws a year-precision event as a span covering the whole year', () => {
    const item = buildTimelineItem(makeEvent('bombing', '2003'));
    expect([item.type, item.start, item.end]).toEqual([
      'range',
      Date.UTC(2003, 0, 1),
      Date.UTC(2004, 0, 1),
    ]);
  });

  it('draws an event with an end as a span up to the end of its last day', () => {
    const item = buildTimelineItem(makeEvent('visit', '2013-09-02', { end: '2013-09-03' }));
    expect(item.type).toBe('range');
    expect(item.end).toBe(Date.UTC(2013, 8, 4));
  });

  it('marks approximate and uncertain dates in the class and in the tooltip', () => {
    const approximate = buildTimelineItem(makeEvent('move', '1986-06~'));
    const uncertain = buildTimelineItem(makeEvent('offensive', '1991?'));
    expect(approximate.className).toContain('is-approximate');
    expect(approximate.className).not.toContain('is-uncertain');
    expect(approximate.label.description).toMatch(/^June 1986, approximate: /);
    expect(uncertain.className).toContain('is-uncertain');
    expect(uncertain.label.description).toMatch(/^1991, uncertain: /);
  });

  it('marks an event whose sources disagree with a badge and says so in words', () => {
    const event = { ...makeEvent('raid', '2011-04-08'), claims: [] as Claim[] };
    const disputed = { ...event, claims: [claim('raid', 0, 34), claim('raid', 1, 36)] };
    expect(buildTimelineItem(event).className).not.toContain('is-disputed');
    const item = buildTimelineItem(disputed);
    expect(item.className).toContain('is-disputed');
    expect(item.label).toMatchObject({ kind: 'event', disputed: true });
    expect(buildTimelineItem(event).label).toMatchObject({ kind: 'event', disputed: false });
    expect(itemDescription(disputed)).toContain('Sources disagree');
  });

  it('gives the category class, and the category and event id the drawn label needs', () => {
    const item = buildTimelineItem(makeEvent('raid', '2011-04-08', { category: 'legal' }));
    expect(item.className).toContain('category-legal');
    expect(item.label).toMatchObject({ kind: 'event', category: 'legal', eventId: 'raid' });
    expect(item.group).toBe('camp-ashraf');
  });

  it('keeps titles as plain text: the label is built as DOM text, never parsed', () => {
    const title = '<img src=x onerror="alert(1)"> & "quotes"';
    const item = buildTimelineItem(makeEvent('x', '2011-04-08', { title }));
    expect(item.label).toMatchObject({ kind: 'event', title });
    expect(item.content).toBe(`8 April 2011: ${title}`);
  });

  it('orders events by start, longer periods first', () => {
    const day = makeEvent('day', '2011-04-08');
    const month = makeEvent('month', '2011-04');
    const early = makeEvent('early', '2003');
    expect(sortByTime([day, month, early]).map((event) => event.id)).toEqual([
      'early',
      'month',
      'day',
    ]);
  });

  it('gives the filtered events in time order, sorted again only when they change', () => {
    const events = [
      makeEvent('day', '2011-04-08'),
      makeEvent('raid', '2009-07-28', { category: 'attack' }),
      makeEvent('move', '2012-02', { category: 'relocation' }),
    ];
    const dataset = { sources: [], sites: [], events, figures: [], moves: [] };
    const all = filteredEventsInTimeOrder(dataset, NO_FILTERS);
    expect(all.map((event) => event.id)).toEqual(['raid', 'day', 'move']);
    // The same filters give the very same sequence: a click or a key does not sort again.
    expect(filteredEventsInTimeOrder(dataset, NO_FILTERS)).toBe(all);
    const attacks = { ...NO_FILTERS, categories: ['attack' as const] };
    expect(filteredEventsInTimeOrder(dataset, attacks).map((event) => event.id)).toEqual([
      'raid',
      'day',
    ]);
  });
});

describe('timeline lanes', () => {
  const sites = [site('camp-ashraf', 'Camp Ashraf'), site('camp-liberty', 'Camp <Liberty>')];

  it('makes one lane per site with events, ordered by the date of its first event', () => {
    const events = [
      makeEvent('b', '2012', { siteId: 'camp-liberty' }),
      makeEvent('a', '2013', { siteId: 'camp-ashraf' }),
      makeEvent('c', '1986', { siteId: 'camp-ashraf' }),
    ];
    const groups = buildTimelineGroups(sites, events, null);
    expect(groups.map((group) => [group.id, group.order])).toEqual([
      ['camp-ashraf', 0],
      ['camp-liberty', 1],
    ]);
    expect(groups[1]?.content).toBe('Camp <Liberty>');
  });

  it('puts the camps before cities and countries, even when those appear earlier', () => {
    const withPlaces = [
      ...sites,
      { ...site('baghdad', 'Baghdad'), kind: 'city' as const },
      { ...site('germany', 'Germany'), kind: 'country' as const },
    ];
    const events = [
      makeEvent('g', '2008', { siteId: 'germany' }),
      makeEvent('b', '2009', { siteId: 'baghdad' }),
      makeEvent('l', '2012', { siteId: 'camp-liberty' }),
      makeEvent('a', '2011', { siteId: 'camp-ashraf' }),
    ];
    expect(buildTimelineGroups(withPlaces, events, null).map((group) => group.id)).toEqual([
      'camp-ashraf',
      'camp-liberty',
      'baghdad',
      'germany',
    ]);
  });

  it('leaves out sites that have no event after filtering', () => {
    const groups = buildTimelineGroups(sites, [makeEvent('a', '2013')], null);
    expect(groups.map((group) => group.id)).toEqual(['camp-ashraf']);
  });

  it('highlights the lane of the selected site only', () => {
    const events = [makeEvent('a', '2013'), makeEvent('b', '2012', { siteId: 'camp-liberty' })];
    const groups = buildTimelineGroups(sites, events, 'camp-liberty');
    expect(groups.find((group) => group.id === 'camp-liberty')?.className).toBe(
      'site-camp-liberty is-selected-site',
    );
    expect(groups.find((group) => group.id === 'camp-ashraf')?.className).toBe('site-camp-ashraf');
  });
});

describe('timeline window', () => {
  it('zooms in around the centre of the window', () => {
    const start = FULL_WINDOW.startMs;
    const zoomed = zoomWindow({ startMs: start, endMs: start + 1000 * MINIMUM_WINDOW_MS }, 0.5);
    expect(zoomed).toEqual({
      startMs: start + 250 * MINIMUM_WINDOW_MS,
      endMs: start + 750 * MINIMUM_WINDOW_MS,
    });
  });

  it('never zooms out beyond the limits, nor in below one day', () => {
    expect(zoomWindow(FULL_WINDOW, 10)).toEqual(WINDOW_LIMITS);
    const tiny = zoomWindow({ startMs: FULL_WINDOW.startMs, endMs: FULL_WINDOW.startMs + 1 }, 0.5);
    expect(tiny.endMs - tiny.startMs).toBe(MINIMUM_WINDOW_MS);
  });

  it('zooms around the selected event, which keeps its place on screen', () => {
    const window = { startMs: Date.UTC(2000, 0, 1), endMs: Date.UTC(2010, 0, 1) };
    const anchor = Date.UTC(2002, 0, 1);
    const zoomed = zoomWindow(window, 0.5, anchor);
    const shareBefore = (anchor - window.startMs) / (window.endMs - window.startMs);
    const shareAfter = (anchor - zoomed.startMs) / (zoomed.endMs - zoomed.startMs);
    expect(zoomed.endMs - zoomed.startMs).toBe((window.endMs - window.startMs) / 2);
    expect(shareAfter).toBeCloseTo(shareBefore, 6);
  });

  it('counts an event at the very edge of the window as out of view', () => {
    const window = { startMs: Date.UTC(2011, 3, 8), endMs: Date.UTC(2021, 0, 1) };
    expect(isEventInView(makeEvent('raid', '2011-04-08'), window)).toBe(false);
    expect(isEventInView(makeEvent('raid', '2015-04-08'), window)).toBe(true);
  });
});
