import { describe, expect, it } from 'vitest';
import { buildDataset } from '../data/build-dataset';
import { FIXTURE_SOURCE_TEXTS, validFixture } from '../data/fixtures.test-helpers';
import { FULL_WINDOW } from '../state/atlas-state';
import { commandAction } from './timeline-commands';

const { events } = buildDataset(validFixture(), { sourceTexts: FIXTURE_SOURCE_TEXTS }).dataset;

describe('commandAction', () => {
  it('selects the first event on "next" when nothing is selected, then steps forward', () => {
    expect(commandAction('next', events, null, FULL_WINDOW, 'keyboard')).toMatchObject({
      type: 'select-event',
      eventId: '2011-04-08-raid',
      origin: 'keyboard',
    });
    expect(commandAction('next', events, '2011-04-08-raid', FULL_WINDOW, 'keyboard')).toMatchObject(
      { eventId: '2012-move' },
    );
  });

  it('zooms in around the selected event, halving the window', () => {
    const action = commandAction('zoom-in', events, '2011-04-08-raid', FULL_WINDOW, 'panel');
    if (action?.type !== 'set-window') throw new Error('expected a window change');
    const width = action.window.endMs - action.window.startMs;
    expect(width).toBeCloseTo((FULL_WINDOW.endMs - FULL_WINDOW.startMs) / 2, -5);
    const raidStart = Date.UTC(2011, 3, 8);
    expect(action.window.startMs).toBeLessThan(raidStart);
    expect(action.window.endMs).toBeGreaterThan(raidStart);
  });

  it('shows the whole story on "show-all" and does nothing on "next" with no events', () => {
    expect(
      commandAction('show-all', events, null, { startMs: 0, endMs: 1e10 }, 'panel'),
    ).toMatchObject({ window: FULL_WINDOW });
    expect(commandAction('next', [], null, FULL_WINDOW, 'keyboard')).toBeNull();
  });
});

describe('commandAction, each button and key', () => {
  const windowOf = (action: ReturnType<typeof commandAction>) => {
    if (action?.type !== 'set-window') throw new Error('expected a window change');
    return action.window;
  };
  const early = { startMs: Date.UTC(2000, 0, 1), endMs: Date.UTC(2004, 0, 1) };
  const width = early.endMs - early.startMs;

  it('zooms out to twice the window and in to half, around its centre with nothing in view', () => {
    // The selected raid (2011) is not in a 2000–2003 window, so the centre stays put.
    expect(windowOf(commandAction('zoom-out', events, '2011-04-08-raid', early, 'panel'))).toEqual({
      startMs: early.startMs - width / 2,
      endMs: early.endMs + width / 2,
    });
    expect(windowOf(commandAction('zoom-in', events, '2011-04-08-raid', early, 'panel'))).toEqual({
      startMs: early.startMs + width / 4,
      endMs: early.endMs - width / 4,
    });
  });

  it('keeps the selected event where it is on screen when it is in view', () => {
    const raid = Date.UTC(2011, 3, 8);
    const around = { startMs: Date.UTC(2010, 0, 1), endMs: Date.UTC(2014, 0, 1) };
    const share = (raid - around.startMs) / (around.endMs - around.startMs);
    for (const command of ['zoom-in', 'zoom-out'] as const) {
      const zoomed = windowOf(commandAction(command, events, '2011-04-08-raid', around, 'panel'));
      expect((raid - zoomed.startMs) / (zoomed.endMs - zoomed.startMs), command).toBeCloseTo(
        share,
        6,
      );
    }
  });

  it('chooses the first and the last event, and steps back on "previous"', () => {
    expect(commandAction('first', events, '2012-move', FULL_WINDOW, 'keyboard')).toMatchObject({
      eventId: '2011-04-08-raid',
      siteId: 'camp-a',
    });
    expect(commandAction('last', events, null, FULL_WINDOW, 'keyboard')).toMatchObject({
      eventId: '2012-move',
    });
    expect(commandAction('previous', events, '2012-move', FULL_WINDOW, 'keyboard')).toMatchObject({
      eventId: '2011-04-08-raid',
    });
  });
});
