import { describe, expect, it } from 'vitest';
import { spacedWidth, type TextType, textTypeKey, textTypeOf } from './text-width';

const plain: TextType = {
  font: 'normal 400 14px sans-serif',
  letterSpacingPx: 0,
  wordSpacingPx: 0,
};
// WCAG 1.4.12's spacing at 14 px: 0.12em between letters, 0.16em between words.
const spaced: TextType = { ...plain, letterSpacingPx: 1.68, wordSpacingPx: 2.24 };

describe('spacedWidth', () => {
  it('adds nothing when the page sets no spacing', () => {
    expect(spacedWidth(100, 'Camp Ashraf', plain)).toBe(100);
  });

  it('adds letter spacing after every character and word spacing at every space', () => {
    // 11 characters, one space.
    expect(spacedWidth(100, 'Camp Ashraf', spaced)).toBeCloseTo(100 + 11 * 1.68 + 2.24);
    // A no-break space separates words too.
    expect(spacedWidth(50, 'Camp\u00a0Ashraf', spaced)).toBeCloseTo(50 + 11 * 1.68 + 2.24);
  });

  it('counts a letter outside the basic plane once', () => {
    expect(spacedWidth(10, '𝐀', spaced)).toBeCloseTo(10 + 1.68);
  });
});

describe('textTypeOf', () => {
  const style = (letterSpacing: string, wordSpacing: string) =>
    ({
      fontStyle: 'normal',
      fontWeight: '600',
      fontSize: '12px',
      fontFamily: 'system-ui, sans-serif',
      letterSpacing,
      wordSpacing,
    }) as CSSStyleDeclaration;

  it('reads "normal" spacing as none, and a spacing in pixels as it is', () => {
    expect(textTypeOf(style('normal', '0px'))).toEqual({
      font: 'normal 600 12px system-ui, sans-serif',
      letterSpacingPx: 0,
      wordSpacingPx: 0,
    });
    expect(textTypeOf(style('1.44px', '1.92px'))).toMatchObject({
      letterSpacingPx: 1.44,
      wordSpacingPx: 1.92,
    });
  });

  it('tells two types apart by their spacing as well as their font', () => {
    expect(textTypeKey(textTypeOf(style('normal', '0px')))).not.toBe(
      textTypeKey(textTypeOf(style('1.44px', '0px'))),
    );
  });
});
