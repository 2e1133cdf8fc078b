// Finds a quoted passage in its source document. Runs of white space may differ (a line
// break in the document may be one space in the CSV); every other character must match.

export interface TextSpan {
  readonly start: number;
  readonly end: number;
}

interface CollapsedText {
  readonly text: string;
  /** For each character of `text`, its offset in the original. */
  readonly origins: readonly number[];
}

function collapseWhitespace(original: string): CollapsedText {
  // Built as an array and joined once: string concatenation per character was most of
  // data:check's time on large datasets.
  const characters: string[] = [];
  const origins: number[] = [];
  let inSpace = false;
  for (let index = 0; index < original.length; index += 1) {
    const character = original[index] ?? '';
    if (WHITE_SPACE.test(character)) {
      if (!inSpace && characters.length > 0) {
        characters.push(' ');
        origins.push(index);
      }
      inSpace = true;
    } else {
      characters.push(character);
      origins.push(index);
      inSpace = false;
    }
  }
  if (characters[characters.length - 1] === ' ') {
    characters.pop();
    origins.pop();
  }
  return { text: characters.join(''), origins };
}

const WHITE_SPACE = /\s/;

/** Collapses every run of white space to one space and trims the ends. */
export function normaliseWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Finds quotes in one document, collapsing its white space once for all of them. */
export function createQuoteFinder(document: string): (quote: string) => TextSpan | null {
  const haystack = collapseWhitespace(document);
  return (quote) => {
    const needle = normaliseWhitespace(quote);
    if (needle === '') return null;
    const at = haystack.text.indexOf(needle);
    if (at < 0) return null;
    const start = haystack.origins[at] ?? 0;
    const last = haystack.origins[at + needle.length - 1] ?? start;
    return { start, end: last + 1 };
  };
}

// The last document's finder: callers (the reader, the highlight) ask about one document
// many times in a row.
let lastFinder: { document: string; find: (quote: string) => TextSpan | null } | null = null;

/** Where `quote` stands in `document` (offsets into the original document), or null. */
export function findQuote(document: string, quote: string): TextSpan | null {
  if (lastFinder?.document !== document) {
    lastFinder = { document, find: createQuoteFinder(document) };
  }
  return lastFinder.find(quote);
}
