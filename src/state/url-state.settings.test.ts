// Every setting a link can hold, read and written one at a time, with the one-line notice
// for each value the atlas cannot use. Expected values are written out, not computed.
import { describe, expect, it } from 'vitest';
import { type AtlasState, FULL_WINDOW, INITIAL_STATE } from './atlas-state';
import { parseUrlState, serialiseUrlState, type UrlContext } from './url-state';

const context: UrlContext = {
  eventIds: new Set(['2011-04-08-ashraf-raid']),
  siteIds: new Set(['camp-ashraf', 'tirana']),
  sourceIds: new Set(['overview']),
  passageIds: new Set(['2011-04-08-ashraf-raid#2']),
};

const parse = (query: string) => parseUrlState(query, context);

describe('switches (disputed, context, present) take 1 or 0', () => {
  for (const name of ['disputed', 'context', 'present']) {
    it(`reads ${name}=1 as on and ${name}=0 as off, without a notice`, () => {
      expect(parse(`${name}=1`).notices).toEqual([]);
      expect(parse(`${name}=0`).notices).toEqual([]);
    });

    it(`names ${name} when it holds anything else, and leaves it off`, () => {
      expect(parse(`${name}=yes`).notices).toEqual([`${name}: use 1 or 0`]);
    });
  }

  it('turns each switch on only with 1', () => {
    const on = parse('disputed=1&context=1&present=1').state;
    expect([on.filters.disputedOnly, on.filters.showContext, on.presenting]).toEqual([
      true,
      true,
      true,
    ]);
    const off = parse('disputed=0&context=0&present=0').state;
    expect([off.filters.disputedOnly, off.filters.showContext, off.presenting]).toEqual([
      false,
      false,
      false,
    ]);
  });
});

describe('view and page', () => {
  it('reads view=list and view=map without a notice', () => {
    expect(parse('view=list')).toMatchObject({ state: { view: 'list' }, notices: [] });
    expect(parse('view=map')).toMatchObject({ state: { view: 'map' }, notices: [] });
  });

  it('shows the map for an unknown view, and says so', () => {
    expect(parse('view=grid')).toMatchObject({
      state: { view: 'map' },
      notices: ['view=grid: use list or map'],
    });
  });

  it('opens each page a link can name, and the atlas for an unknown one', () => {
    expect(parse('page=about')).toMatchObject({ state: { page: 'about' }, notices: [] });
    expect(parse('page=disputed')).toMatchObject({ state: { page: 'disputed' }, notices: [] });
    expect(parse('page=atlas')).toMatchObject({ state: { page: 'atlas' }, notices: [] });
    expect(parse('page=help')).toMatchObject({
      state: { page: 'atlas' },
      notices: ['page=help: no such page'],
    });
  });
});

describe('the time window', () => {
  it('reads from alone to the end of the period, and to alone from its start', () => {
    expect(parse('from=2009').state.window).toEqual({
      startMs: Date.UTC(2009, 0, 1),
      endMs: FULL_WINDOW.endMs,
    });
    expect(parse('to=2009').state.window).toEqual({
      startMs: FULL_WINDOW.startMs,
      endMs: Date.UTC(2010, 0, 1),
    });
  });

  it('names a from or to that is not a date, and keeps the other edge', () => {
    const { state, notices } = parse('from=soon&to=2012');
    expect(notices).toEqual(['from=soon: not a date like 2009 or 2009-01']);
    expect(state.window.endMs).toBe(Date.UTC(2013, 0, 1));
    expect(parse('from=2009&to=later').notices).toEqual([
      'to=later: not a date like 2014 or 2014-12',
    ]);
  });

  it('shows the whole period for a window that ends before it starts, or on its start', () => {
    expect(parse('from=2012&to=2010')).toMatchObject({
      state: { window: FULL_WINDOW },
      notices: ['from and to: the window ends before it starts, so the whole period is shown'],
    });
  });

  it('shows the whole period for a window wholly outside the atlas, and cuts one partly out', () => {
    expect(parse('from=1950&to=1960')).toMatchObject({
      state: { window: FULL_WINDOW },
      notices: ['from and to: the atlas covers 1980–2020, so the whole period is shown'],
    });
    expect(parse('from=2030&to=2040').notices).toEqual([
      'from and to: the atlas covers 1980–2020, so the whole period is shown',
    ]);
    const cut = parse('from=1975&to=1990');
    expect(cut.notices).toEqual([
      'from and to: the atlas covers 1980–2020, so the window was cut to it',
    ]);
    expect(cut.state.window).toEqual({
      startMs: Date.UTC(1980, 0, 1),
      endMs: Date.UTC(1991, 0, 1),
    });
    expect(parse('from=2015&to=2025').state.window.endMs).toBe(Date.UTC(2021, 0, 1));
  });

  it('keeps a window that lies just inside the limits, without a notice', () => {
    expect(parse('from=1980&to=2020')).toMatchObject({
      state: { window: { startMs: Date.UTC(1980, 0, 1), endMs: Date.UTC(2021, 0, 1) } },
      notices: [],
    });
  });
});

describe('lists, ids and long values', () => {
  it('skips empty and repeated items of a list, and trims spaces', () => {
    const { state, notices } = parse('cat=attack,,attack, legal&sites= tirana ,tirana');
    expect(notices).toEqual([]);
    expect(state.filters.categories).toEqual(['attack', 'legal']);
    expect(state.filters.siteIds).toEqual(['tirana']);
  });

  it('names an unknown site in sites= and keeps the known ones', () => {
    const { state, notices } = parse('sites=tirana,atlantis');
    expect(state.filters.siteIds).toEqual(['tirana']);
    expect(notices).toEqual(['site=atlantis: no such site in the atlas']);
  });

  it('shortens a long unknown value to 40 characters in its notice', () => {
    const long = 'x'.repeat(45);
    expect(parse(`view=${long}`).notices).toEqual([`view=${'x'.repeat(40)}…: use list or map`]);
    expect(parse(`view=${'y'.repeat(40)}`).notices).toEqual([
      `view=${'y'.repeat(40)}: use list or map`,
    ]);
  });

  it('cuts a search of more than 200 characters and says so', () => {
    const { state, notices } = parse(`q=${'a'.repeat(201)}`);
    expect(state.filters.text).toHaveLength(200);
    expect(notices).toEqual(['q: the search was cut to 200 characters']);
    expect(parse(`q=${'a'.repeat(200)}`).notices).toEqual([]);
  });

  it('rejects a passage the atlas does not hold, and one of the wrong shape', () => {
    expect(parse('source=overview&quote=2011-04-08-ashraf-raid%239').notices).toEqual([
      'quote=2011-04-08-ashraf-raid#9: no such quoted passage',
    ]);
    expect(parse('source=overview&quote=Bad%20Id').notices).toEqual([
      'quote=Bad Id: no such quoted passage',
    ]);
    expect(parse('source=overview').state.reader).toEqual({
      sourceId: 'overview',
      passageId: null,
    });
  });

  it('names a step given without a tour', () => {
    expect(parse('step=2').notices).toHaveLength(1);
    expect(parse('tour=no-such-tour').notices).toHaveLength(1);
  });
});

describe('serialiseUrlState, setting by setting', () => {
  const write = (change: Partial<AtlasState>) => serialiseUrlState({ ...INITIAL_STATE, ...change });

  it('writes a page other than the atlas, and the reader with or without its passage', () => {
    expect(write({ page: 'about' })).toBe('page=about');
    expect(write({ reader: { sourceId: 'overview', passageId: null } })).toBe('source=overview');
    expect(write({ reader: { sourceId: 'overview', passageId: '2011-04-08-ashraf-raid#2' } })).toBe(
      'source=overview&quote=2011-04-08-ashraf-raid%232',
    );
  });

  it('writes the search as typed, and no search for spaces only', () => {
    const filters = INITIAL_STATE.filters;
    expect(write({ filters: { ...filters, text: ' raid ' } })).toBe('q=+raid+');
    expect(write({ filters: { ...filters, text: '   ' } })).toBe('');
  });

  it('writes a window edge as a year, a month or a day, the coarsest that is exact', () => {
    const window = (startMs: number, endMs: number) => write({ window: { startMs, endMs } });
    expect(window(Date.UTC(2009, 0, 1), Date.UTC(2010, 0, 1))).toBe('from=2009&to=2009');
    expect(window(Date.UTC(2009, 4, 1), Date.UTC(2009, 6, 1))).toBe('from=2009-05&to=2009-06');
    expect(window(Date.UTC(2009, 4, 3), Date.UTC(2009, 4, 9))).toBe(
      'from=2009-05-03&to=2009-05-08',
    );
    // A window that starts mid-day is widened to the whole day.
    expect(window(Date.UTC(2009, 4, 3, 12), Date.UTC(2009, 4, 9, 6))).toBe(
      'from=2009-05-03&to=2009-05-09',
    );
  });

  it('writes the window when only one edge differs from the whole period', () => {
    expect(write({ window: { ...FULL_WINDOW, startMs: Date.UTC(2001, 0, 1) } })).toContain(
      'from=2001',
    );
    expect(write({ window: { ...FULL_WINDOW, endMs: Date.UTC(2001, 0, 1) } })).toContain('to=2000');
  });
});
