import { describe, expect, it } from 'vitest';
import { compareIds } from './compare-ids';

describe('the order of ids', () => {
  it('puts kebab-case ids in the order a collator would, whatever the locale', () => {
    const ids = ['raid-2011', 'raid', 'move-10', 'move-2', 'ashraf-2', 'ashraf-1986', 'a-b', 'ab'];
    const byCollator = [...ids].sort((a, b) => a.localeCompare(b, 'en'));
    expect([...ids].sort(compareIds)).toEqual(byCollator);
    expect([...ids].sort(compareIds)).toEqual([...ids].sort((a, b) => a.localeCompare(b, 'sv')));
  });

  it('calls equal ids equal, so ties keep their earlier order', () => {
    expect(compareIds('camp-ashraf', 'camp-ashraf')).toBe(0);
    expect(compareIds('camp-ashraf', 'camp-liberty')).toBeLessThan(0);
    expect(compareIds('camp-liberty', 'camp-ashraf')).toBeGreaterThan(0);
  });
});
