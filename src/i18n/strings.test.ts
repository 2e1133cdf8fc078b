import { describe, expect, it } from 'vitest';
import { formatCount } from './strings';

describe('counts in words', () => {
  it('groups thousands as the locale does', () => {
    for (const value of [0, 7, 999, 1000, 3400, 12_345, 100_000, 1_234_567, -2500]) {
      expect(formatCount(value)).toBe(value.toLocaleString('en-GB'));
    }
    expect(formatCount(1_234_567)).toBe('1,234,567');
  });

  it('leaves a fraction to the locale formatter', () => {
    expect(formatCount(2.5)).toBe('2.5');
  });
});
