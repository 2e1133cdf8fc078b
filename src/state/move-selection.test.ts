import { describe, expect, it } from 'vitest';
import { atlasReducer } from './actions';
import { INITIAL_STATE } from './atlas-state';
import { parseUrlState, serialiseUrlState, type UrlContext } from './url-state';

const context: UrlContext = {
  eventIds: new Set(['2012-ashraf-to-liberty-transfers']),
  siteIds: new Set(['camp-ashraf']),
  sourceIds: new Set(),
  passageIds: new Set(),
  moveIds: new Set(['2012-ashraf-to-liberty']),
};

describe('choosing a move', () => {
  it('shows the move instead of an event or a site, and an event instead of the move', () => {
    const withEvent = { ...INITIAL_STATE, selectedEventId: 'e', selectedSiteId: 's' };
    const withMove = atlasReducer(withEvent, {
      type: 'select-move',
      moveId: '2012-ashraf-to-liberty',
      origin: 'map',
    });
    expect(withMove).toMatchObject({
      selectedMoveId: '2012-ashraf-to-liberty',
      selectedEventId: null,
      selectedSiteId: null,
      selectionOrigin: 'map',
    });
    const back = atlasReducer(withMove, { type: 'select-event', eventId: 'e', origin: 'panel' });
    expect(back.selectedMoveId).toBeNull();
    expect(back.selectedEventId).toBe('e');
  });

  it('closes the move with the details’ close button (no event, no site)', () => {
    const withMove = { ...INITIAL_STATE, selectedMoveId: 'm' };
    const closed = atlasReducer(withMove, {
      type: 'select-event',
      eventId: null,
      siteId: null,
      origin: 'panel',
    });
    expect(closed.selectedMoveId).toBeNull();
  });

  it('keeps a chosen move in the link and reads it back', () => {
    const state = { ...INITIAL_STATE, selectedMoveId: '2012-ashraf-to-liberty' };
    const query = serialiseUrlState(state);
    expect(query).toBe('move=2012-ashraf-to-liberty');
    const parsed = parseUrlState(query, context);
    expect(parsed.notices).toEqual([]);
    expect(parsed.state.selectedMoveId).toBe('2012-ashraf-to-liberty');
  });

  it('ignores an unknown move with a notice', () => {
    const parsed = parseUrlState('move=1999-nowhere', context);
    expect(parsed.state.selectedMoveId).toBeNull();
    expect(parsed.notices).toEqual(['move=1999-nowhere: no such move in the atlas']);
  });
});
