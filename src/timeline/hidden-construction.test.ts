import { describe, expect, it } from 'vitest';
import { buildWhileHidden } from './hidden-construction';

/** An element's inline style, as far as buildWhileHidden uses it. */
function inlineStyle(display = '', priority = '') {
  const declared = { value: display, priority };
  const style = {
    getPropertyValue: (name: string) => (name === 'display' ? declared.value : ''),
    getPropertyPriority: (name: string) => (name === 'display' ? declared.priority : ''),
    setProperty: (name: string, value: string | null, newPriority = '') => {
      if (name !== 'display') return;
      declared.value = value ?? '';
      declared.priority = value ? newPriority : '';
    },
  };
  return { element: { style }, declared };
}

describe('buildWhileHidden', () => {
  it('takes the container out of the layout while building, then gives it back', () => {
    const { element, declared } = inlineStyle();
    const seen = buildWhileHidden(element, () => ({ ...declared }));
    expect(seen).toEqual({ value: 'none', priority: 'important' });
    expect(declared).toEqual({ value: '', priority: '' });
  });

  it("puts back the container's own display, priority included", () => {
    const { element, declared } = inlineStyle('grid', 'important');
    buildWhileHidden(element, () => undefined);
    expect(declared).toEqual({ value: 'grid', priority: 'important' });
  });

  it('returns what was built', () => {
    const { element } = inlineStyle();
    expect(buildWhileHidden(element, () => 42)).toBe(42);
  });

  it('shows the container again when building fails', () => {
    const { element, declared } = inlineStyle('block');
    expect(() =>
      buildWhileHidden(element, () => {
        throw new Error('no timeline');
      }),
    ).toThrow('no timeline');
    expect(declared).toEqual({ value: 'block', priority: '' });
  });
});
