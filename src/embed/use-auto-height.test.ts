import { describe, expect, it } from 'vitest';
import { MAX_HEIGHT_PX, MIN_HEIGHT_PX, wantedHeight } from './use-auto-height';

describe('wantedHeight', () => {
  it('asks for the frame plus what its most hidden scroller hides', () => {
    expect(
      wantedHeight(400, [
        { scrollHeight: 600, clientHeight: 200 },
        { scrollHeight: 300, clientHeight: 300 },
      ]),
    ).toBe(800);
    expect(wantedHeight(400, [{ scrollHeight: 350, clientHeight: 200 }])).toBe(550);
  });

  it('keeps its height once nothing scrolls, so the page and the widget never chase', () => {
    expect(wantedHeight(550, [{ scrollHeight: 350, clientHeight: 350 }])).toBe(550);
  });

  it('stays between its limits', () => {
    expect(wantedHeight(100, [])).toBe(MIN_HEIGHT_PX);
    expect(wantedHeight(5000, [])).toBe(MAX_HEIGHT_PX);
  });
});
