// The views subscribe to selectors through useSyncExternalStore: a selector that returned a
// new list for the same inputs would render them again and again. Each gives back the very
// same list while its inputs are the same objects, and a new one when an input changes.
import { describe, expect, it } from 'vitest';
import { NO_FILTERS } from './atlas-state';
import { findEvent, findSite } from './dataset-index';
import { selectCountsBySite, selectDisputedEvents, selectFilteredEvents } from './selectors';
import { DATASET, EVENTS, SITES } from './state-fixture.test-helpers';

describe('memoised selectors', () => {
  it('return the same list for the same inputs, a new one for new inputs', () => {
    const first = selectFilteredEvents(DATASET, NO_FILTERS);
    expect(selectFilteredEvents(DATASET, NO_FILTERS)).toBe(first);
    const other = { ...NO_FILTERS };
    const second = selectFilteredEvents(DATASET, other);
    expect(second).not.toBe(first);
    expect(second).toEqual(first);
    expect(selectDisputedEvents(DATASET)).toBe(selectDisputedEvents(DATASET));
    const visible = selectFilteredEvents(DATASET, other);
    expect(selectCountsBySite(visible)).toBe(selectCountsBySite(visible));
  });
});

describe('lookups by id', () => {
  it('find every event and site of the dataset by its id, and nothing for an unknown id', () => {
    for (const event of EVENTS) expect(findEvent(DATASET, event.id)).toBe(event);
    for (const site of SITES) expect(findSite(DATASET, site.id)).toBe(site);
    expect(findEvent(DATASET, 'no-such-event')).toBeUndefined();
    expect(findEvent(DATASET, null)).toBeUndefined();
    expect(findSite(DATASET, null)).toBeUndefined();
  });
});
