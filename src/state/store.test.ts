import { describe, expect, it } from 'vitest';
import { INITIAL_STATE } from './atlas-state';
import { createAtlasStore } from './store';

describe('the store', () => {
  it('applies an action and tells every subscriber once', () => {
    const store = createAtlasStore(INITIAL_STATE);
    const calls: string[] = [];
    store.subscribe(() => calls.push('first'));
    store.subscribe(() => calls.push('second'));
    store.dispatch({ type: 'set-view', view: 'list', origin: 'panel' });
    expect(store.getState().view).toBe('list');
    expect(calls).toEqual(['first', 'second']);
  });

  it('tells nobody when an action changes nothing', () => {
    const store = createAtlasStore(INITIAL_STATE);
    let calls = 0;
    store.subscribe(() => {
      calls += 1;
    });
    store.dispatch({ type: 'set-view', view: 'map', origin: 'panel' });
    expect(calls).toBe(0);
    expect(store.getState()).toBe(INITIAL_STATE);
  });

  it('stops telling a subscriber that unsubscribed', () => {
    const store = createAtlasStore(INITIAL_STATE);
    let calls = 0;
    const unsubscribe = store.subscribe(() => {
      calls += 1;
    });
    unsubscribe();
    store.dispatch({ type: 'set-page', page: 'about', origin: 'panel' });
    expect(calls).toBe(0);
  });
});
