import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { atlasReducer } from '../state/actions';
import { FULL_WINDOW, INITIAL_STATE } from '../state/atlas-state';
import { parseUrlState, serialiseUrlState, type UrlContext } from '../state/url-state';
import type { Tour } from '../tours/tour-types';
import { showStepAction, stepAction } from './step-navigation';

const tour: Tour = {
  id: 'raids',
  title: 'Raids',
  audience: 'Anyone',
  minutes: 5,
  steps: [
    { event: '2011-04-08-ashraf-raid', narration: 'The first step, about the April 2011 raid.' },
    {
      from: '2012',
      to: '2013-06',
      site: 'camp-liberty',
      map: { center: [44.2, 33.3], zoom: 8 },
      narration: 'A window over Camp Liberty, 2012 to mid-2013.',
    },
    { event: '2013-09-01-ashraf-attack', narration: 'The last step, about September 2013.' },
  ],
};
const context: UrlContext = {
  eventIds: new Set(['2011-04-08-ashraf-raid', '2013-09-01-ashraf-attack', '2012-other']),
  siteIds: new Set(['camp-ashraf', 'camp-liberty']),
  sourceIds: new Set(),
  passageIds: new Set(),
  tours: new Map([[tour.id, tour]]),
};

describe('tour links', () => {
  it('opens a tour at the step the link names, showing that step', () => {
    const { state, notices } = parseUrlState('tour=raids&step=2&present=1', context);
    expect(notices).toEqual([]);
    expect(state.tour).toEqual({ tourId: 'raids', stepIndex: 1 });
    expect(state.presenting).toBe(true);
    expect(state.selectedSiteId).toBe('camp-liberty');
    expect(new Date(state.window.startMs).toISOString()).toBe('2012-01-01T00:00:00.000Z');
    expect(new Date(state.window.endMs).toISOString()).toBe('2013-07-01T00:00:00.000Z');
    expect(state.camera).toEqual({ center: [44.2, 33.3], zoom: 8 });
  });

  it('reports an unknown tour and opens the atlas as usual', () => {
    const { state, notices } = parseUrlState('tour=nope&step=2&event=2012-other', context);
    expect(notices).toEqual(['tour=nope: no such tour']);
    expect(state.tour).toBeNull();
    expect(state.selectedEventId).toBe('2012-other');
  });

  it('starts at step 1 when the step is unknown, and says so', () => {
    for (const step of ['0', '4', 'two', '-1', '1.5']) {
      const { state, notices } = parseUrlState(`tour=raids&step=${step}`, context);
      expect(state.tour).toEqual({ tourId: 'raids', stepIndex: 0 });
      expect(state.selectedEventId).toBe('2011-04-08-ashraf-raid');
      expect(notices[0]).toMatch(/steps 1 to 3/);
    }
  });

  it('keeps a digression from the tour: another event named in the link', () => {
    const { state } = parseUrlState('tour=raids&step=1&event=2012-other', context);
    expect(state.tour).toEqual({ tourId: 'raids', stepIndex: 0 });
    expect(state.selectedEventId).toBe('2012-other');
  });

  it('round-trips every step of a tour, in and out of presentation', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 }), fc.boolean(), (index, presenting) => {
        const action = showStepAction(tour, index);
        if (!action) throw new Error('no step');
        const state = { ...atlasReducer(INITIAL_STATE, action), presenting };
        const reparsed = parseUrlState(serialiseUrlState(state), context);
        expect(reparsed.notices).toEqual([]);
        expect(reparsed.state).toEqual({
          ...state,
          selectionOrigin: 'url',
          windowOrigin: 'url',
        });
      }),
    );
  });
});

describe('stepping', () => {
  const events = ['a', 'b', 'c'].map((id) => ({ id }) as never);
  const at = (stepIndex: number) => ({
    tour,
    position: { tourId: 'raids', stepIndex },
    events,
    selectedEventId: null,
  });

  it('moves through the tour and stops at either end', () => {
    expect(stepAction('next', at(0))).toMatchObject({
      type: 'show-step',
      position: { stepIndex: 1 },
    });
    expect(stepAction('previous', at(0))).toBeNull();
    expect(stepAction('next', at(2))).toBeNull();
    expect(stepAction('last', at(0))).toMatchObject({ position: { stepIndex: 2 } });
    expect(stepAction('first', at(2))).toMatchObject({
      position: { stepIndex: 0 },
      eventId: '2011-04-08-ashraf-raid',
      window: FULL_WINDOW,
    });
  });

  it('without a tour, steps through the filtered chronology', () => {
    const context = { tour: null, position: null, events, selectedEventId: 'b' };
    expect(stepAction('next', context)).toMatchObject({ type: 'select-event', eventId: 'c' });
    expect(stepAction('previous', context)).toMatchObject({ eventId: 'a' });
    expect(stepAction('next', { ...context, selectedEventId: 'c' })).toBeNull();
    expect(stepAction('next', { ...context, selectedEventId: null })).toMatchObject({
      eventId: 'a',
    });
  });

  it('a step clears the map camera when another event is then chosen', () => {
    const stepped = atlasReducer(INITIAL_STATE, showStepAction(tour, 1) as never);
    expect(stepped.camera).not.toBeNull();
    const chosen = atlasReducer(stepped, {
      type: 'select-event',
      eventId: '2012-other',
      origin: 'timeline',
    });
    expect(chosen.camera).toBeNull();
    expect(chosen.tour).toEqual({ tourId: 'raids', stepIndex: 1 });
  });
});
