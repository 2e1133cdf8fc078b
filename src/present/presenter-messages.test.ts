import { describe, expect, it } from 'vitest';
import { readPresenterMessage } from './presenter-messages';

describe('presenter channel messages', () => {
  it('reads the black-screen messages and refuses malformed ones', () => {
    expect(readPresenterMessage({ type: 'toggle-black', from: 'a1', role: 'presenter' })).toEqual({
      type: 'toggle-black',
      from: 'a1',
      role: 'presenter',
    });
    expect(
      readPresenterMessage({ type: 'black', from: 'b2', role: 'audience', black: true }),
    ).toMatchObject({ type: 'black', black: true });
    expect(readPresenterMessage({ type: 'black', from: 'b2', role: 'audience' })).toBeNull();
    expect(
      readPresenterMessage({ type: 'black', from: 'b2', role: 'projector', black: false }),
    ).toBeNull();
    expect(
      readPresenterMessage({
        type: 'state',
        from: 'c3',
        role: 'audience',
        query: 'x'.repeat(4001),
      }),
    ).toBeNull();
  });
});
