import { describe, expect, it } from 'vitest';
import { atlasReducer } from '../state/actions';
import { INITIAL_STATE } from '../state/atlas-state';
import { parseUrlState, serialiseUrlState, type UrlContext } from '../state/url-state';
import type { Tour } from '../tours/tour-types';
import { stepAction } from './step-navigation';

// A teacher's tour that came in the page's link: it plays like a curated tour, and the link
// keeps carrying it (`mytour`) while it is shown, so a reload or a shared step keeps it.
const own: Tour = {
  id: 'own-two-raids',
  title: 'Two raids',
  audience: 'Year 11',
  minutes: 5,
  fromLink: true,
  steps: [
    { event: '2011-04-08-ashraf-raid', narration: 'The first step, about the April 2011 raid.' },
    { event: '2013-09-01-ashraf-attack', narration: 'The second step, about September 2013.' },
  ],
};
// lz-string's alphabet has '+', which a link must carry as %2B.
const ENCODED = '1.N4IgdghgtgpiBcIDCAbA9gYwNYEsB2AzgC4BOArgKYC+Q';
const MYTOUR = `mytour=${encodeURIComponent(ENCODED)}`;
const context: UrlContext = {
  eventIds: new Set(['2011-04-08-ashraf-raid', '2013-09-01-ashraf-attack', '2012-other']),
  siteIds: new Set(['camp-ashraf']),
  sourceIds: new Set(),
  passageIds: new Set(),
  tours: new Map([[own.id, own]]),
  linkTour: { id: own.id, encoded: ENCODED },
};

describe('a teacher tour in the link', () => {
  it('opens at the step the link names and keeps mytour in every link written while it plays', () => {
    const { state, notices } = parseUrlState(
      `event=2011-04-08-ashraf-raid&tour=own-two-raids&step=1&${MYTOUR}`,
      context,
    );
    expect(notices).toEqual([]);
    expect(state.tour).toEqual({ tourId: 'own-two-raids', stepIndex: 0 });
    expect(state.linkTour).toEqual({ id: 'own-two-raids', encoded: ENCODED });
    const next = stepAction('next', {
      tour: own,
      position: state.tour,
      events: [],
      selectedEventId: state.selectedEventId,
    });
    if (!next) throw new Error('no next step');
    const written = new URLSearchParams(serialiseUrlState(atlasReducer(state, next)));
    expect(written.get('step')).toBe('2');
    expect(written.get('event')).toBe('2013-09-01-ashraf-attack');
    expect(written.get('mytour')).toBe(ENCODED);
    // ... and that link opens the same step again.
    const reopened = parseUrlState(written.toString(), context).state;
    expect(reopened.tour).toEqual({ tourId: 'own-two-raids', stepIndex: 1 });
    expect(reopened.linkTour).toEqual(state.linkTour);
  });

  it('drops mytour from the link once the tour is left', () => {
    const { state } = parseUrlState(`tour=own-two-raids&step=2&${MYTOUR}`, context);
    const left = atlasReducer(state, { type: 'leave-tour', origin: 'panel' });
    const written = new URLSearchParams(serialiseUrlState(left));
    expect(written.has('mytour')).toBe(false);
    expect(written.has('tour')).toBe(false);
    expect(written.get('event')).toBe('2013-09-01-ashraf-attack');
  });

  it('plays an older link that names only mytour and an event from the step with that event', () => {
    const { state, notices } = parseUrlState(`${MYTOUR}&event=2013-09-01-ashraf-attack`, context);
    expect(notices).toEqual([]);
    expect(state.tour).toEqual({ tourId: 'own-two-raids', stepIndex: 1 });
  });

  it('says nothing more about tour= when the mytour it needs was damaged (its own notice says so)', () => {
    const { state, notices } = parseUrlState(
      'tour=own-two-raids&step=1&mytour=1.cut-short&event=2012-other',
      { ...context, tours: new Map(), linkTour: undefined },
    );
    expect(notices).toEqual([]);
    expect(state.tour).toBeNull();
    expect(state.linkTour).toBeNull();
    expect(state.selectedEventId).toBe('2012-other');
  });

  it('does not keep a mytour that differs from the one read at load', () => {
    const { state } = parseUrlState(`tour=own-two-raids&mytour=1.another`, context);
    expect(state.linkTour).toBeNull();
    expect(serialiseUrlState(state)).not.toContain('mytour');
  });
});

describe('starting a tour', () => {
  it('closes the introduction, and leaving the tour keeps what it showed', () => {
    const opened = { ...INITIAL_STATE, introOpen: true };
    const started = atlasReducer(opened, {
      type: 'show-step',
      position: { tourId: 'own-two-raids', stepIndex: 0 },
      eventId: '2011-04-08-ashraf-raid',
      siteId: null,
      window: INITIAL_STATE.window,
      camera: null,
      origin: 'intro',
    });
    expect(started.introOpen).toBe(false);
    const left = atlasReducer(started, { type: 'leave-tour', origin: 'keyboard' });
    expect(left.tour).toBeNull();
    expect(left.selectedEventId).toBe('2011-04-08-ashraf-raid');
    expect(atlasReducer(left, { type: 'leave-tour', origin: 'keyboard' })).toBe(left);
  });
});
