import { describe, expect, it } from 'vitest';
import type { AtlasEvent, Site } from '../data/types';
import { sitesInStoryOrder, sitesInTabOrder } from './site-order';

function site(id: string, longitude: number): Site {
  return { id, longitude } as Site;
}
function event(siteId: string, year: number): AtlasEvent {
  return { siteId, startMs: Date.UTC(year, 0, 1) } as AtlasEvent;
}

describe('sitesInStoryOrder', () => {
  it('puts the site of the earliest event first, whatever the file order', () => {
    const sites = [site('tirana', 19.8), site('camp-ashraf', 44.7), site('camp-liberty', 44.3)];
    const events = [event('tirana', 2013), event('camp-liberty', 2012), event('camp-ashraf', 1986)];
    expect(sitesInStoryOrder(sites, events).map((each) => each.id)).toEqual([
      'camp-ashraf',
      'camp-liberty',
      'tirana',
    ]);
  });

  it('places sites without events last, from west to east', () => {
    const sites = [site('tehran', 51.4), site('madrid', -3.7), site('baghdad', 44.4)];
    const events = [event('baghdad', 2009)];
    expect(sitesInStoryOrder(sites, events).map((each) => each.id)).toEqual([
      'baghdad',
      'madrid',
      'tehran',
    ]);
  });

  it('orders sites whose first events fall on the same day from west to east', () => {
    const sites = [site('finland', 26), site('spain', -4)];
    const events = [event('finland', 2012), event('spain', 2012)];
    expect(sitesInStoryOrder(sites, events).map((each) => each.id)).toEqual(['spain', 'finland']);
  });
});

describe('sitesInTabOrder', () => {
  it('keeps each region together, in the order the story reaches it', () => {
    const sites = [
      site('camp-ashraf', 44.7),
      site('baghdad', 44.4),
      site('washington', -77),
      site('camp-liberty', 44.3),
      site('germany', 10.5),
      site('tirana', 19.8),
      site('new-york', -74),
      site('tehran', 51.4),
    ];
    const events = [
      event('camp-ashraf', 1986),
      event('baghdad', 2008),
      event('washington', 2011),
      event('camp-liberty', 2011.5),
      event('germany', 2012),
      event('tirana', 2012.5),
      event('new-york', 2013),
      event('tehran', 2014),
    ];
    // Story order alone would go Iraq, America, Iraq, Europe, America, Iran.
    expect(sitesInTabOrder(sites, events).map((each) => each.id)).toEqual([
      'camp-ashraf',
      'baghdad',
      'camp-liberty',
      'tehran',
      'washington',
      'new-york',
      'germany',
      'tirana',
    ]);
  });
});
