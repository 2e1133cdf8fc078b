import { describe, expect, it } from 'vitest';
import { presentationCommandFor, presentationKeyRows } from './presentation-keys';

const press = (key: string, modifiers: Partial<{ ctrlKey: boolean }> = {}) => ({
  key,
  ctrlKey: false,
  altKey: false,
  metaKey: false,
  ...modifiers,
});
const free = { typing: false, onButton: false };

describe('presentationCommandFor', () => {
  it('understands what clickers send', () => {
    for (const key of ['ArrowRight', 'PageDown', ' ', 'n', 'N'])
      expect(presentationCommandFor(press(key), free)).toBe('next');
    for (const key of ['ArrowLeft', 'PageUp', 'p', 'P'])
      expect(presentationCommandFor(press(key), free)).toBe('previous');
    expect(presentationCommandFor(press('b'), free)).toBe('black');
    expect(presentationCommandFor(press('.'), free)).toBe('black');
    expect(presentationCommandFor(press('Home'), free)).toBe('first');
    expect(presentationCommandFor(press('End'), free)).toBe('last');
    expect(presentationCommandFor(press('F'), free)).toBe('fullscreen');
    expect(presentationCommandFor(press('s'), free)).toBe('presenter');
    expect(presentationCommandFor(press('Escape'), free)).toBe('exit');
  });

  it('leaves browser shortcuts, typing and button presses alone', () => {
    expect(presentationCommandFor(press('f', { ctrlKey: true }), free)).toBeNull();
    expect(presentationCommandFor(press('n'), { typing: true, onButton: false })).toBeNull();
    expect(presentationCommandFor(press('Escape'), { typing: true, onButton: false })).toBe('exit');
    expect(presentationCommandFor(press(' '), { typing: false, onButton: true })).toBeNull();
    expect(presentationCommandFor(press('PageDown'), { typing: false, onButton: true })).toBe(
      'next',
    );
    expect(presentationCommandFor(press('x'), free)).toBeNull();
  });

  it('lists every key it handles, once per command, for the list of keys', () => {
    const rows = presentationKeyRows({
      next: 'next',
      previous: 'previous',
      first: 'first',
      last: 'last',
      black: 'black',
      fullscreen: 'fullscreen',
      exit: 'exit',
      presenter: 'presenter',
    });
    expect(rows).toContainEqual({
      keyNames: ['→', 'Page Down', 'Space', 'N'],
      description: 'next',
    });
    expect(rows).toContainEqual({ keyNames: ['←', 'Page Up', 'P'], description: 'previous' });
    expect(rows).toContainEqual({ keyNames: ['B', '.'], description: 'black' });
    expect(rows).toContainEqual({ keyNames: ['Esc'], description: 'exit' });
    expect(rows).toContainEqual({ keyNames: ['Home'], description: 'first' });
    expect(rows.map((row) => row.description).sort()).toEqual([
      'black',
      'exit',
      'first',
      'fullscreen',
      'last',
      'next',
      'presenter',
      'previous',
    ]);
  });
});
