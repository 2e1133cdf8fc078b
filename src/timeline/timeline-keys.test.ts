// The timeline's own keys, read as a reader would press them.
import { describe, expect, it } from 'vitest';
import { commandForKey } from './TimelineToolbar';

describe('keys on the timeline', () => {
  it('steps forward with → and ↓, back with ← and ↑', () => {
    expect(['ArrowRight', 'ArrowDown'].map(commandForKey)).toEqual(['next', 'next']);
    expect(['ArrowLeft', 'ArrowUp'].map(commandForKey)).toEqual(['previous', 'previous']);
  });

  it('jumps to the ends with Home and End, and leaves other keys alone', () => {
    expect(commandForKey('Home')).toBe('first');
    expect(commandForKey('End')).toBe('last');
    expect(commandForKey('a')).toBeUndefined();
  });
});
