import { describe, expect, it } from 'vitest';
import { buildDataset } from '../data/build-dataset';
import { FIXTURE_SOURCE_TEXTS, validFixture } from '../data/fixtures.test-helpers';
import { atlasReducer } from '../state/actions';
import { type AtlasState, INITIAL_STATE } from '../state/atlas-state';
import { type FocusZone, type KeyPress, shortcutAction } from './keyboard-shortcuts';

const { events } = buildDataset(validFixture(), { sourceTexts: FIXTURE_SOURCE_TEXTS }).dataset;

function press(key: string, modifiers: Partial<KeyPress> = {}): KeyPress {
  return { key, altKey: false, ctrlKey: false, metaKey: false, ...modifiers };
}

function actionFor(key: string, state: AtlasState = INITIAL_STATE, zone: FocusZone = 'page') {
  return shortcutAction(press(key), { zone, state, events });
}

describe('shortcutAction', () => {
  it('selects the first event on → and Page Down when nothing is selected', () => {
    for (const key of ['ArrowRight', 'PageDown']) {
      expect(actionFor(key)).toMatchObject({
        type: 'select-event',
        eventId: '2011-04-08-raid',
        origin: 'keyboard',
      });
    }
  });

  it('steps back and forth from the selected event, and jumps to the ends with Home and End', () => {
    const onFirst = { ...INITIAL_STATE, selectedEventId: '2011-04-08-raid' };
    const onLast = { ...INITIAL_STATE, selectedEventId: '2012-move' };
    expect(actionFor('ArrowRight', onFirst)).toMatchObject({ eventId: '2012-move' });
    expect(actionFor('PageUp', onLast)).toMatchObject({ eventId: '2011-04-08-raid' });
    expect(actionFor('ArrowLeft', onLast)).toMatchObject({ eventId: '2011-04-08-raid' });
    expect(actionFor('Home', onLast)).toMatchObject({ eventId: '2011-04-08-raid' });
    expect(actionFor('End', onFirst)).toMatchObject({ eventId: '2012-move' });
  });

  it('leaves the keys alone in text fields, dialogs and the map', () => {
    for (const zone of ['text-field', 'dialog', 'own-keys'] as const) {
      expect(actionFor('ArrowRight', INITIAL_STATE, zone)).toBeNull();
      expect(actionFor('Home', INITIAL_STATE, zone)).toBeNull();
    }
  });

  it('leaves modified keys to the browser (Alt+← is Back)', () => {
    const context = { zone: 'page' as const, state: INITIAL_STATE, events };
    expect(shortcutAction(press('ArrowLeft', { altKey: true }), context)).toBeNull();
    expect(shortcutAction(press('End', { ctrlKey: true }), context)).toBeNull();
    expect(shortcutAction(press('ArrowRight', { metaKey: true }), context)).toBeNull();
  });

  it('opens the list of keys with ?, also from the map but not from a text field', () => {
    expect(actionFor('?')).toMatchObject({ type: 'set-keys-help', open: true });
    expect(actionFor('?', INITIAL_STATE, 'own-keys')).toMatchObject({ type: 'set-keys-help' });
    expect(actionFor('?', INITIAL_STATE, 'text-field')).toBeNull();
  });

  it('closes the introduction, else the details, with Escape, and otherwise leaves it alone', () => {
    const both = { ...INITIAL_STATE, introOpen: true, selectedEventId: '2012-move' };
    expect(actionFor('Escape', both)).toMatchObject({ type: 'set-intro', open: false });
    expect(actionFor('Escape', { ...both, introOpen: false })).toMatchObject({
      type: 'select-event',
      eventId: null,
      siteId: null,
    });
    expect(actionFor('Escape')).toBeNull();
  });

  it('ignores keys it does not know', () => {
    expect(actionFor('x')).toBeNull();
    expect(actionFor('ArrowDown')).toBeNull();
  });
});

describe('the introduction in the state', () => {
  it('closes when an event is chosen, in any way, and stays when the selection is cleared', () => {
    const open = { ...INITIAL_STATE, introOpen: true };
    const chosen = atlasReducer(open, {
      type: 'select-event',
      eventId: '2012-move',
      origin: 'timeline',
    });
    expect(chosen.introOpen).toBe(false);
    const cleared = atlasReducer(open, { type: 'select-event', eventId: null, origin: 'panel' });
    expect(cleared.introOpen).toBe(true);
  });

  it('steps a guided tour instead of the chronology while one is shown, and Escape leaves it', () => {
    const tour = {
      id: 'walk',
      title: 'Walk',
      audience: 'Anyone',
      minutes: 3,
      steps: [
        { event: '2012-move', narration: 'The first step of the walk, on the move.' },
        { event: '2011-04-08-raid', narration: 'The second step, back to the raid.' },
      ],
    };
    const inTour: AtlasState = {
      ...INITIAL_STATE,
      selectedEventId: '2012-move',
      tour: { tourId: 'walk', stepIndex: 0 },
    };
    const context = { zone: 'page' as const, state: inTour, events, tour };
    // In time order → would stay on 2012-move's successor; the tour goes back to the raid.
    expect(shortcutAction(press('ArrowRight'), context)).toMatchObject({
      type: 'show-step',
      position: { tourId: 'walk', stepIndex: 1 },
      eventId: '2011-04-08-raid',
      origin: 'keyboard',
    });
    expect(shortcutAction(press('PageUp'), context)).toBeNull();
    expect(shortcutAction(press('Escape'), context)).toEqual({
      type: 'leave-tour',
      origin: 'keyboard',
    });
  });
});
