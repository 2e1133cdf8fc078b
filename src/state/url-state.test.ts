import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CATEGORIES } from '../data/types';
import { type AtlasState, FULL_WINDOW, INITIAL_STATE } from './atlas-state';
import { parseUrlState, serialiseUrlState, type UrlContext } from './url-state';

const context: UrlContext = {
  eventIds: new Set(['2011-04-08-ashraf-raid', '2013-09-01-ashraf-attack']),
  siteIds: new Set(['camp-ashraf', 'camp-liberty', 'tirana']),
  sourceIds: new Set(['overview']),
  passageIds: new Set(['2011-04-08-ashraf-raid#2']),
};

describe('parseUrlState', () => {
  it('opens with the defaults and no notice for an empty query', () => {
    const { state, notices } = parseUrlState('', context);
    expect(notices).toEqual([]);
    expect(state.window).toEqual(FULL_WINDOW);
    expect(state.selectedEventId).toBeNull();
  });

  it('reads a shared link with an event, a window and a category', () => {
    const { state, notices } = parseUrlState(
      '?event=2011-04-08-ashraf-raid&from=2009-01&to=2014-12&cat=attack',
      context,
    );
    expect(notices).toEqual([]);
    expect(state.selectedEventId).toBe('2011-04-08-ashraf-raid');
    expect(new Date(state.window.startMs).toISOString()).toBe('2009-01-01T00:00:00.000Z');
    expect(new Date(state.window.endMs).toISOString()).toBe('2015-01-01T00:00:00.000Z');
    expect(state.filters.categories).toEqual(['attack']);
  });

  it('ignores unknown and malformed parameters with a notice each, keeping the rest', () => {
    const { state, notices } = parseUrlState(
      'event=nope&from=yesterday&cat=attack,riots&colour=red&site=camp-liberty',
      context,
    );
    expect(state.selectedEventId).toBeNull();
    expect(state.window).toEqual(FULL_WINDOW);
    expect(state.filters.categories).toEqual(['attack']);
    expect(state.selectedSiteId).toBe('camp-liberty');
    expect(notices).toHaveLength(4);
    expect(notices.join('\n')).toMatch(/event=nope.*\n?.*/);
    expect(notices.some((notice) => notice.startsWith('colour'))).toBe(true);
  });

  it('cuts a window reaching beyond the atlas to its years, with a notice', () => {
    const { state, notices } = parseUrlState('from=0011&to=2101', context);
    expect(new Date(state.window.startMs).toISOString()).toBe('1980-01-01T00:00:00.000Z');
    expect(new Date(state.window.endMs).toISOString()).toBe('2021-01-01T00:00:00.000Z');
    expect(notices).toEqual([
      'from and to: the atlas covers 1980–2020, so the window was cut to it',
    ]);
  });

  it('shows the whole period, with a notice, for a window wholly outside the atlas', () => {
    for (const query of ['from=2101&to=2102', 'from=0011&to=0012']) {
      const { state, notices } = parseUrlState(query, context);
      expect(state.window, query).toEqual(FULL_WINDOW);
      expect(notices, query).toEqual([
        'from and to: the atlas covers 1980–2020, so the whole period is shown',
      ]);
    }
  });

  it('shows the whole period when the window ends before it starts', () => {
    const { state, notices } = parseUrlState('from=2014&to=2009', context);
    expect(state.window).toEqual(FULL_WINDOW);
    expect(notices[0]).toMatch(/ends before it starts/);
  });

  it('cuts an enormous search string and says so', () => {
    const { state, notices } = parseUrlState(`q=${'a'.repeat(5000)}`, context);
    expect(state.filters.text).toHaveLength(200);
    expect(notices[0]).toMatch(/cut/);
  });

  it('opens the reader at a quoted passage', () => {
    const { state } = parseUrlState('source=overview&quote=2011-04-08-ashraf-raid%232', context);
    expect(state.reader).toEqual({ sourceId: 'overview', passageId: '2011-04-08-ashraf-raid#2' });
  });
});

describe('serialiseUrlState', () => {
  it('writes nothing for the defaults', () => {
    expect(serialiseUrlState(INITIAL_STATE)).toBe('');
  });

  it('writes a readable query for a year-aligned window', () => {
    const state: AtlasState = {
      ...INITIAL_STATE,
      selectedEventId: '2011-04-08-ashraf-raid',
      window: { startMs: Date.UTC(2009, 0, 1), endMs: Date.UTC(2015, 0, 1) },
      filters: { ...INITIAL_STATE.filters, categories: ['attack', 'legal'] },
    };
    expect(serialiseUrlState(state)).toBe(
      'event=2011-04-08-ashraf-raid&from=2009&to=2014&cat=attack,legal',
    );
  });

  it('round-trips every state made of known values and day-aligned windows', () => {
    const day = 24 * 60 * 60 * 1000;
    const stateArbitrary = fc.record({
      event: fc.option(fc.constantFrom(...context.eventIds), { nil: null }),
      site: fc.option(fc.constantFrom(...context.siteIds), { nil: null }),
      startDay: fc.integer({ min: 0, max: 365 * 30 }),
      lengthDays: fc.integer({ min: 1, max: 365 * 5 }),
      categories: fc.uniqueArray(fc.constantFrom(...CATEGORIES)),
      text: fc.string({ maxLength: 30 }),
      disputedOnly: fc.boolean(),
      showContext: fc.boolean(),
      list: fc.boolean(),
    });
    fc.assert(
      fc.property(stateArbitrary, (value) => {
        const startMs = FULL_WINDOW.startMs + value.startDay * day;
        const state: AtlasState = {
          ...INITIAL_STATE,
          selectedEventId: value.event,
          selectedSiteId: value.site,
          window: { startMs, endMs: startMs + value.lengthDays * day },
          filters: {
            categories: value.categories,
            siteIds: [],
            text: value.text,
            disputedOnly: value.disputedOnly,
            showContext: value.showContext,
          },
          view: value.list ? 'list' : 'map',
          selectionOrigin: 'url',
          windowOrigin: 'url',
        };
        const reparsed = parseUrlState(serialiseUrlState(state), context);
        expect(reparsed.notices).toEqual([]);
        expect({
          ...reparsed.state,
          filters: { ...reparsed.state.filters, text: reparsed.state.filters.text.trim() },
        }).toEqual({
          ...state,
          filters: {
            ...state.filters,
            text: state.filters.text.trim() === '' ? '' : state.filters.text.trim(),
          },
        });
      }),
    );
  });

  it('never throws on random query strings and always returns a usable state', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (query) => {
        const { state } = parseUrlState(query, context);
        expect(state.window.endMs).toBeGreaterThan(state.window.startMs);
        expect(state.selectedEventId === null || context.eventIds.has(state.selectedEventId)).toBe(
          true,
        );
        expect(state.filters.text.length).toBeLessThanOrEqual(200);
      }),
    );
  });
});

describe('links written by hand', () => {
  const withFigure: UrlContext = {
    ...context,
    passageIds: new Set([...context.passageIds, 'ashraf-residents-2003']),
  };

  it('reads the sites filter, each site once, in the order given', () => {
    const { state, notices } = parseUrlState('sites=tirana,camp-ashraf,tirana', context);
    expect(notices).toEqual([]);
    expect(state.filters.siteIds).toEqual(['tirana', 'camp-ashraf']);
  });

  it('writes the sites filter back as sites=', () => {
    const state: AtlasState = {
      ...INITIAL_STATE,
      filters: { ...INITIAL_STATE.filters, siteIds: ['camp-ashraf', 'tirana'] },
    };
    expect(serialiseUrlState(state)).toBe('sites=camp-ashraf,tirana');
  });

  it("opens the reader at a figure's passage (a figure's id has no #)", () => {
    const { state, notices } = parseUrlState(
      'source=overview&quote=ashraf-residents-2003',
      withFigure,
    );
    expect(notices).toEqual([]);
    expect(state.reader).toEqual({ sourceId: 'overview', passageId: 'ashraf-residents-2003' });
  });
});
