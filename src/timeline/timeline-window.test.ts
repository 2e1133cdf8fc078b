import { describe, expect, it } from 'vitest';
import type { AtlasEvent } from '../data/types';
import { isEventInView } from './timeline-window';

const span = (startMs: number, endMs: number) => ({ startMs, endMs }) as AtlasEvent;

describe('isEventInView', () => {
  // A window of 10,000 ms: its outer 3 % at each edge (300 ms) does not count as in view.
  const window = { startMs: 100_000, endMs: 110_000 };

  it('counts an event that reaches past the window’s first 3 %, and not one that ends there', () => {
    expect(isEventInView(span(90_000, 100_301), window)).toBe(true);
    expect(isEventInView(span(90_000, 100_300), window)).toBe(false);
  });

  it('counts an event that starts before the window’s last 3 %, and not one that starts there', () => {
    expect(isEventInView(span(109_699, 120_000), window)).toBe(true);
    expect(isEventInView(span(109_700, 120_000), window)).toBe(false);
  });

  it('counts an event spanning the whole window', () => {
    expect(isEventInView(span(0, 200_000), window)).toBe(true);
  });
});
