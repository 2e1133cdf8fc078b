import { describe, expect, it } from 'vitest';
import type { AtlasEvent, Site } from '../data/types';
import {
  buildLanes,
  campRowsFor,
  laneOfSite,
  OTHER_PLACES_LANE,
  orderLanes,
  withSelectedLane,
} from './lanes';

function site(id: string, kind: Site['kind'], country: string): Site {
  return {
    id,
    name: id.toUpperCase(),
    aliases: [],
    kind,
    country,
    period: {} as Site['period'],
    summary: '',
    longitude: 0,
    latitude: 0,
    coordAccuracyM: 0,
    coordSource: '',
  };
}

function event(id: string, siteId: string, year: number): AtlasEvent {
  return {
    id,
    siteId,
    startMs: Date.UTC(year, 0, 1),
    endMs: Date.UTC(year + 1, 0, 1),
  } as AtlasEvent;
}

const SITES = [
  site('ashraf', 'camp', 'IQ'),
  site('baghdad', 'city', 'IQ'),
  site('tirana', 'city', 'AL'),
  site('washington', 'city', 'US'),
  site('germany', 'country', 'DE'),
];

describe('lanes', () => {
  it('keeps a lane for camps and home cities, and shares one for every other place', () => {
    expect(laneOfSite(SITES[0])).toBe('ashraf');
    expect(laneOfSite(SITES[2])).toBe('tirana');
    expect(laneOfSite(SITES[3])).toBe(OTHER_PLACES_LANE);
    expect(laneOfSite(SITES[4])).toBe(OTHER_PLACES_LANE);
  });

  it('puts camps first, then cities by first event, then the other places, naming them', () => {
    const lanes = buildLanes(
      SITES,
      [
        event('a', 'tirana', 2012),
        event('b', 'washington', 2011),
        event('c', 'baghdad', 2008),
        event('d', 'ashraf', 2009),
        event('e', 'germany', 2012),
      ],
      'germany',
    );
    expect(lanes.map((lane) => lane.id)).toEqual([
      'ashraf',
      'baghdad',
      'tirana',
      OTHER_PLACES_LANE,
    ]);
    const other = lanes[3];
    expect(other?.title).toContain('GERMANY');
    expect(other?.title).toContain('WASHINGTON');
    expect(other?.className).toContain('is-selected-site');
  });

  it('marks only the lane of the selected site, the order read once for every selection', () => {
    const events = [event('c', 'baghdad', 2008), event('d', 'ashraf', 2009)];
    const lanes = orderLanes(SITES, events);
    const marked = (selected: string | null) =>
      withSelectedLane(lanes, SITES, selected)
        .filter((lane) => lane.className.includes('is-selected-site'))
        .map((lane) => lane.id);
    expect(marked('baghdad')).toEqual(['baghdad']);
    expect(marked('ashraf')).toEqual(['ashraf']);
    expect(marked(null)).toEqual([]);
    // The lanes read once are left as they were.
    expect(lanes.some((lane) => lane.className.includes('is-selected-site'))).toBe(false);
    expect(withSelectedLane(lanes, SITES, 'ashraf')).toEqual(buildLanes(SITES, events, 'ashraf'));
  });

  it('draws no lane for a place without events', () => {
    expect(buildLanes(SITES, [event('d', 'ashraf', 2009)], null).map((lane) => lane.id)).toEqual([
      'ashraf',
    ]);
  });
});

describe('campRowsFor', () => {
  it('gives a camp two rows on a laptop and more on a taller timeline, up to four', () => {
    expect(campRowsFor(0)).toBe(2);
    expect(campRowsFor(328)).toBe(2);
    expect(campRowsFor(430)).toBe(4);
    expect(campRowsFor(2000)).toBe(4);
  });

  it('gives a camp one row when two would push the last lane out of a short timeline', () => {
    // 1280×720 and 1024×768 beside the side column leave the lanes 267–280 px.
    expect(campRowsFor(280)).toBe(1);
    expect(campRowsFor(267)).toBe(1);
    expect(campRowsFor(303)).toBe(2);
  });
});
