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
