import { describe, expect, it } from 'vitest';
import { pileToOpen } from './pile-at-point';

describe('pileToOpen', () => {
  const reachable = new Set(['a', 'b']);
  const isReachable = (id: string) => reachable.has(id);

  it('opens the pile, top first, when an event under the pointer can be reached nowhere else', () => {
    expect(pileToOpen(['a', 'hidden', 'b'], isReachable)).toEqual(['a', 'hidden', 'b']);
  });

  it('chooses the top event when each one under it can also be reached on its own', () => {
    expect(pileToOpen(['a', 'b'], isReachable)).toBeNull();
  });

  it('chooses the only event under the pointer, even one reachable nowhere else', () => {
    expect(pileToOpen(['hidden'], isReachable)).toBeNull();
    expect(pileToOpen([], isReachable)).toBeNull();
  });

  it('does not open a pile because the top event itself is partly covered', () => {
    expect(pileToOpen(['hidden', 'a'], isReachable)).toBeNull();
  });
});
