// The reducer, action by action: what each one changes, and that a no-op returns the very
// same state (so the store notifies nobody and the URL gets no entry).
import { describe, expect, it } from 'vitest';
import { atlasReducer, clampWindow } from './actions';
import {
  type AtlasState,
  FULL_WINDOW,
  INITIAL_STATE,
  MINIMUM_WINDOW_MS,
  WINDOW_LIMITS,
} from './atlas-state';

const DAY = 24 * 60 * 60 * 1000;
const withEvent: AtlasState = {
  ...INITIAL_STATE,
  selectedEventId: '2009-07-28-raid',
  selectedSiteId: 'ashraf',
};

describe('select-event', () => {
  it('selects an event and its site, and records who chose it', () => {
    const next = atlasReducer(INITIAL_STATE, {
      type: 'select-event',
      eventId: '2010-ruling',
      siteId: 'liberty',
      origin: 'list',
    });
    expect(next).toMatchObject({
      selectedEventId: '2010-ruling',
      selectedSiteId: 'liberty',
      selectionOrigin: 'list',
    });
  });

  it('keeps the selected site when the action names none', () => {
    const next = atlasReducer(withEvent, { type: 'select-event', eventId: null, origin: 'panel' });
    expect(next.selectedEventId).toBeNull();
    expect(next.selectedSiteId).toBe('ashraf');
  });

  it('returns the same state when the same event is chosen again', () => {
    expect(
      atlasReducer(withEvent, { type: 'select-event', eventId: '2009-07-28-raid', origin: 'map' }),
    ).toBe(withEvent);
  });

  it('leaves a page and closes the reader in the same step when asked', () => {
    const onPage: AtlasState = {
      ...withEvent,
      page: 'disputed',
      reader: { sourceId: 'statement', passageId: null },
    };
    const fromPage = atlasReducer(onPage, {
      type: 'select-event',
      eventId: '2009-07-28-raid',
      page: 'atlas',
      origin: 'panel',
    });
    expect(fromPage.page).toBe('atlas');
    expect(fromPage.reader).toEqual({ sourceId: 'statement', passageId: null });
    const fromReader = atlasReducer(onPage, {
      type: 'select-event',
      eventId: '2009-07-28-raid',
      closeReader: true,
      origin: 'panel',
    });
    expect(fromReader.reader).toBeNull();
    expect(fromReader.page).toBe('disputed');
  });
});

describe('select-site', () => {
  it('selects a site and keeps the event', () => {
    const next = atlasReducer(withEvent, { type: 'select-site', siteId: 'tirana', origin: 'map' });
    expect(next).toMatchObject({
      selectedSiteId: 'tirana',
      selectedEventId: '2009-07-28-raid',
      selectionOrigin: 'map',
    });
  });

  it('returns the same state for the site already selected', () => {
    expect(atlasReducer(withEvent, { type: 'select-site', siteId: 'ashraf', origin: 'map' })).toBe(
      withEvent,
    );
  });
});

describe('set-window', () => {
  it('moves the window and records who moved it', () => {
    const window = { startMs: Date.UTC(2010, 0, 1), endMs: Date.UTC(2012, 0, 1) };
    const next = atlasReducer(INITIAL_STATE, { type: 'set-window', window, origin: 'timeline' });
    expect(next.window).toEqual(window);
    expect(next.windowOrigin).toBe('timeline');
  });

  it('returns the same state for the same window', () => {
    expect(
      atlasReducer(INITIAL_STATE, {
        type: 'set-window',
        window: { ...FULL_WINDOW },
        origin: 'timeline',
      }),
    ).toBe(INITIAL_STATE);
  });

  it('keeps the window inside the limits and at least a day long', () => {
    expect(clampWindow({ startMs: Date.UTC(1900, 0, 1), endMs: Date.UTC(2100, 0, 1) })).toEqual(
      WINDOW_LIMITS,
    );
    const start = Date.UTC(2011, 3, 8);
    expect(clampWindow({ startMs: start, endMs: start + 1000 })).toEqual({
      startMs: start,
      endMs: start + DAY,
    });
    expect(MINIMUM_WINDOW_MS).toBe(DAY);
  });

  it('puts a reversed window the right way round', () => {
    const early = Date.UTC(2009, 0, 1);
    const late = Date.UTC(2012, 0, 1);
    expect(clampWindow({ startMs: late, endMs: early })).toEqual({ startMs: early, endMs: late });
  });

  it('keeps a one-day window at the very end inside the limits', () => {
    const end = WINDOW_LIMITS.endMs;
    expect(clampWindow({ startMs: end - 10, endMs: end })).toEqual({
      startMs: end - DAY,
      endMs: end,
    });
  });
});

describe('filters', () => {
  it('merges a partial filter change into the filters', () => {
    const next = atlasReducer(INITIAL_STATE, {
      type: 'set-filters',
      filters: { text: 'raid' },
      origin: 'filters',
    });
    expect(next.filters).toEqual({
      categories: [],
      siteIds: [],
      text: 'raid',
      disputedOnly: false,
      showContext: false,
    });
    const both = atlasReducer(next, {
      type: 'set-filters',
      filters: { disputedOnly: true, siteIds: ['ashraf'] },
      origin: 'filters',
    });
    expect(both.filters).toEqual({
      categories: [],
      siteIds: ['ashraf'],
      text: 'raid',
      disputedOnly: true,
      showContext: false,
    });
  });

  it('adds a category on the first toggle and removes it on the second', () => {
    const once = atlasReducer(INITIAL_STATE, {
      type: 'toggle-category',
      category: 'attack',
      origin: 'filters',
    });
    expect(once.filters.categories).toEqual(['attack']);
    const twice = atlasReducer(once, {
      type: 'toggle-category',
      category: 'legal',
      origin: 'filters',
    });
    expect(twice.filters.categories).toEqual(['attack', 'legal']);
    const back = atlasReducer(twice, {
      type: 'toggle-category',
      category: 'attack',
      origin: 'filters',
    });
    expect(back.filters.categories).toEqual(['legal']);
  });
});

describe('view, page and reader', () => {
  it('switches the view, and returns the same state for the current one', () => {
    expect(
      atlasReducer(INITIAL_STATE, { type: 'set-view', view: 'list', origin: 'panel' }).view,
    ).toBe('list');
    expect(atlasReducer(INITIAL_STATE, { type: 'set-view', view: 'map', origin: 'panel' })).toBe(
      INITIAL_STATE,
    );
  });

  it('opens a page, and returns the same state for the current one', () => {
    expect(
      atlasReducer(INITIAL_STATE, { type: 'set-page', page: 'about', origin: 'panel' }).page,
    ).toBe('about');
    expect(atlasReducer(INITIAL_STATE, { type: 'set-page', page: 'atlas', origin: 'panel' })).toBe(
      INITIAL_STATE,
    );
  });

  it('opens and closes the reader, leaving a page in the same step when asked', () => {
    const target = { sourceId: 'statement', passageId: '2010-ruling#0' };
    const onAbout: AtlasState = { ...INITIAL_STATE, page: 'about' };
    const opened = atlasReducer(onAbout, {
      type: 'open-reader',
      target,
      page: 'atlas',
      origin: 'panel',
    });
    expect(opened.reader).toEqual(target);
    expect(opened.page).toBe('atlas');
    const kept = atlasReducer(onAbout, { type: 'open-reader', target, origin: 'panel' });
    expect(kept.page).toBe('about');
    expect(
      atlasReducer(opened, { type: 'open-reader', target: null, origin: 'panel' }).reader,
    ).toBe(null);
  });
});

describe('restore', () => {
  it('replaces the whole state and marks both selection and window as restored', () => {
    const saved: AtlasState = {
      ...withEvent,
      view: 'list',
      selectionOrigin: 'map',
      windowOrigin: 'timeline',
    };
    const next = atlasReducer(INITIAL_STATE, { type: 'restore', state: saved, origin: 'url' });
    expect(next).toEqual({ ...saved, selectionOrigin: 'url', windowOrigin: 'url' });
  });
});
