// Widths of short texts (timeline titles, map edge labels) in the type the page really draws
// them in, without a layout: a canvas measures the glyphs, and the letter and word spacing
// the reader may have set (a text-spacing style sheet, WCAG 1.4.12) is added, since a
// canvas measures without it. Titles measured without that spacing were placed as if they
// were shorter, and ran over their neighbours or off the timeline's edge.

/** How a text is set: its CSS font, and the spacing added to each letter and each space. */
export interface TextType {
  readonly font: string;
  readonly letterSpacingPx: number;
  readonly wordSpacingPx: number;
}

/** The type of an element as it is drawn ("normal" spacing is none). */
export function textTypeOf(style: CSSStyleDeclaration): TextType {
  return {
    font: `${style.fontStyle} ${style.fontWeight} ${style.fontSize} ${style.fontFamily}`,
    letterSpacingPx: pixelsOrZero(style.letterSpacing),
    wordSpacingPx: pixelsOrZero(style.wordSpacing),
  };
}

/** One string per type, to tell whether the type has changed. */
export function textTypeKey(type: TextType): string {
  return `${type.font}|${type.letterSpacingPx}|${type.wordSpacingPx}`;
}

/** A computed length in CSS pixels; 0 for a keyword such as `normal`. */
export function pixelsOrZero(value: string): number {
  const pixels = Number.parseFloat(value);
  return Number.isFinite(pixels) ? pixels : 0;
}

/** Characters that word spacing widens (CSS Text 3, "word-separator characters"). */
const WORD_SEPARATORS = /[ \u00a0\u1361\u{10100}\u{10101}\u{1039f}\u{1091f}]/gu;

/**
 * A text's width given the width of its glyphs alone: letter spacing follows every
 * character (the last one too, as browsers draw it), word spacing every space.
 */
export function spacedWidth(glyphsPx: number, text: string, type: TextType): number {
  const characters = [...text].length;
  const separators = text.match(WORD_SEPARATORS)?.length ?? 0;
  return glyphsPx + characters * type.letterSpacingPx + separators * type.wordSpacingPx;
}

/**
 * A measuring function for texts in one type, remembering each result. Without a canvas
 * (never in a real browser) it guesses generously from the font size.
 */
export function textWidthMeasure(type: TextType): (text: string) => number {
  const context = document.createElement('canvas').getContext('2d');
  if (context) context.font = type.font;
  const guessPerCharacter =
    0.65 * (Number.parseFloat(/(\d+(?:\.\d+)?)px/.exec(type.font)?.[1] ?? '') || 14);
  const widths = new Map<string, number>();
  return (text) => {
    let width = widths.get(text);
    if (width === undefined) {
      const glyphs = context
        ? context.measureText(text).width
        : [...text].length * guessPerCharacter;
      width = spacedWidth(glyphs, text, type);
      widths.set(text, width);
    }
    return width;
  };
}
