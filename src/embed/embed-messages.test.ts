import { describe, expect, it } from 'vitest';
import { buildDataset } from '../data/build-dataset';
import { FIXTURE_SOURCE_TEXTS, validFixture } from '../data/fixtures.test-helpers';
import { INITIAL_STATE } from '../state/atlas-state';
import { commandActions } from './embed-commands';
import { readCommand, windowDays } from './embed-messages';

const context = {
  eventIds: new Set(['2011-04-08-raid', '2012-move']),
  siteIds: new Set(['camp-a']),
};
const { dataset } = buildDataset(validFixture(), { sourceTexts: FIXTURE_SOURCE_TEXTS });

describe('readCommand', () => {
  it('accepts a select of a known event', () => {
    expect(
      readCommand({ v: 1, type: 'atlas:select', eventId: '2011-04-08-raid' }, context),
    ).toEqual({
      ok: true,
      command: { type: 'select', eventId: '2011-04-08-raid' },
    });
  });

  it('reads a window of whole years, months or days, the last one included', () => {
    const result = readCommand(
      { v: 1, type: 'atlas:setWindow', from: '2009', to: '2014-12' },
      context,
    );
    expect(result).toEqual({
      ok: true,
      command: {
        type: 'set-window',
        window: { startMs: Date.UTC(2009, 0, 1), endMs: Date.UTC(2015, 0, 1) },
      },
    });
  });

  it('keeps only the filters the message names', () => {
    const result = readCommand(
      { v: 1, type: 'atlas:setFilters', filters: { categories: ['attack', 'attack'] } },
      context,
    );
    expect(result).toEqual({
      ok: true,
      command: { type: 'set-filters', filters: { categories: ['attack'] } },
    });
  });

  it.each([
    ['not an object', 'atlas:next'],
    ['no version', { type: 'atlas:next' }],
    ['a future version', { v: 2, type: 'atlas:next' }],
    ['an unknown command', { v: 1, type: 'atlas:explode' }],
    ['an unknown event', { v: 1, type: 'atlas:select', eventId: 'no-such-event' }],
    ['an id with markup', { v: 1, type: 'atlas:select', eventId: '<img src=x>' }],
    ['a huge id', { v: 1, type: 'atlas:select', eventId: 'a'.repeat(1_000_000) }],
    ['a window that ends first', { v: 1, type: 'atlas:setWindow', from: '2014', to: '2009' }],
    ['a window in words', { v: 1, type: 'atlas:setWindow', from: 'last year', to: '2014' }],
    ['an unknown category', { v: 1, type: 'atlas:setFilters', filters: { categories: ['war'] } }],
    ['an unknown site', { v: 1, type: 'atlas:setFilters', filters: { sites: ['camp-z'] } }],
    [
      'a huge list',
      { v: 1, type: 'atlas:setFilters', filters: { sites: Array(5000).fill('camp-a') } },
    ],
    ['someone else’s message', { source: 'react-devtools', payload: {} }],
  ])('refuses %s, with a reason', (_name, message) => {
    const result = readCommand(message, context);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).not.toBe('');
  });
});

describe('commandActions', () => {
  it('turns next into the selection of the next event in time, from the store', () => {
    const state = { ...INITIAL_STATE, selectedEventId: '2011-04-08-raid' };
    expect(commandActions({ type: 'next' }, state, dataset)).toEqual([
      { type: 'select-event', eventId: '2012-move', siteId: 'camp-a', origin: 'embed' },
    ]);
    expect(commandActions({ type: 'previous' }, state, dataset)[0]).toMatchObject({
      eventId: '2011-04-08-raid',
    });
  });

  it('clears the selection with select null', () => {
    const state = { ...INITIAL_STATE, selectedEventId: '2011-04-08-raid' };
    expect(commandActions({ type: 'select', eventId: null }, state, dataset)).toEqual([
      { type: 'select-event', eventId: null, siteId: null, origin: 'embed' },
    ]);
  });
});

describe('windowDays', () => {
  it('reports the first and the last day shown', () => {
    expect(windowDays({ startMs: Date.UTC(2009, 0, 1), endMs: Date.UTC(2015, 0, 1) })).toEqual({
      from: '2009-01-01',
      to: '2014-12-31',
    });
  });
});
