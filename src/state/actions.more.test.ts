// The reducer's remaining actions and edges: the introduction, the keys help, presenting,
// the details' own no-ops, and the window's shortest length.
import { describe, expect, it } from 'vitest';
import { atlasReducer, clampWindow } from './actions';
import { type AtlasState, INITIAL_STATE, MINIMUM_WINDOW_MS } from './atlas-state';

const origin = 'panel' as const;

describe('switches of the interface', () => {
  it('opens and closes the introduction, and returns the same state when nothing changes', () => {
    const open = atlasReducer(INITIAL_STATE, { type: 'set-intro', open: true, origin });
    expect(open.introOpen).toBe(true);
    expect(atlasReducer(open, { type: 'set-intro', open: true, origin })).toBe(open);
    expect(atlasReducer(open, { type: 'set-intro', open: false, origin }).introOpen).toBe(false);
  });

  it('opens and closes the keys help, the same state when nothing changes', () => {
    const open = atlasReducer(INITIAL_STATE, { type: 'set-keys-help', open: true, origin });
    expect(open.keysHelpOpen).toBe(true);
    expect(atlasReducer(open, { type: 'set-keys-help', open: true, origin })).toBe(open);
    expect(atlasReducer(open, { type: 'set-keys-help', open: false, origin }).keysHelpOpen).toBe(
      false,
    );
  });

  it('starts and stops presenting, the same state when nothing changes', () => {
    const on = atlasReducer(INITIAL_STATE, { type: 'set-presenting', presenting: true, origin });
    expect(on.presenting).toBe(true);
    expect(atlasReducer(on, { type: 'set-presenting', presenting: true, origin })).toBe(on);
    expect(atlasReducer(on, { type: 'set-presenting', presenting: false, origin }).presenting).toBe(
      false,
    );
  });
});

describe('choosing from the introduction', () => {
  const intro: AtlasState = { ...INITIAL_STATE, introOpen: true };

  it('closes it when a site is chosen, and keeps it open when a site is cleared', () => {
    expect(
      atlasReducer(intro, { type: 'select-event', eventId: null, siteId: 'tirana', origin })
        .introOpen,
    ).toBe(false);
    expect(
      atlasReducer(intro, { type: 'select-event', eventId: null, siteId: null, origin }).introOpen,
    ).toBe(true);
  });
});

describe('select-event without a change', () => {
  const reading: AtlasState = {
    ...INITIAL_STATE,
    selectedEventId: 'a',
    reader: { sourceId: 'overview', passageId: null },
  };

  it('closes the reader when asked, even for the event already chosen', () => {
    const next = atlasReducer(reading, {
      type: 'select-event',
      eventId: 'a',
      closeReader: true,
      origin,
    });
    expect(next.reader).toBeNull();
    expect(next).not.toBe(reading);
  });

  it('is the same state for the same event, with no reader to close or page to leave', () => {
    const plain: AtlasState = { ...INITIAL_STATE, selectedEventId: 'a' };
    expect(atlasReducer(plain, { type: 'select-event', eventId: 'a', origin })).toBe(plain);
    expect(
      atlasReducer(plain, { type: 'select-event', eventId: 'a', closeReader: true, origin }),
    ).toBe(plain);
    expect(atlasReducer(plain, { type: 'select-event', eventId: 'a', page: 'atlas', origin })).toBe(
      plain,
    );
    expect(
      atlasReducer(plain, { type: 'select-event', eventId: 'a', page: 'about', origin }).page,
    ).toBe('about');
  });

  it('keeps the reader open when not asked to close it', () => {
    const next = atlasReducer(reading, { type: 'select-event', eventId: 'b', origin });
    expect(next.reader).toEqual({ sourceId: 'overview', passageId: null });
  });
});

describe('set-window', () => {
  it('returns the same state when only one edge would stay the same', () => {
    const state: AtlasState = {
      ...INITIAL_STATE,
      window: { startMs: Date.UTC(2009, 0, 1), endMs: Date.UTC(2010, 0, 1) },
    };
    const moved = atlasReducer(state, {
      type: 'set-window',
      window: { startMs: Date.UTC(2009, 0, 1), endMs: Date.UTC(2011, 0, 1) },
      origin,
    });
    expect(moved).not.toBe(state);
    expect(moved.window.endMs).toBe(Date.UTC(2011, 0, 1));
  });
});

describe('clampWindow', () => {
  it('keeps a window exactly one day long as it is', () => {
    const day = { startMs: Date.UTC(2009, 0, 1), endMs: Date.UTC(2009, 0, 1) + MINIMUM_WINDOW_MS };
    expect(clampWindow(day)).toEqual(day);
  });
});
