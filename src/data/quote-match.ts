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
  let text = '';
  const origins: number[] = [];
  let inSpace = false;
  for (let index = 0; index < original.length; index += 1) {
    const character = original[index] ?? '';
    if (/\s/.test(character)) {
      if (!inSpace && text.length > 0) {
        text += ' ';
        origins.push(index);
      }
      inSpace = true;
    } else {
      text += character;
      origins.push(index);
      inSpace = false;
    }
  }
  if (text.endsWith(' ')) {
    text = text.slice(0, -1);
    origins.pop();
  }
  return { text, origins };
}

/** Collapses every run of white space to one space and trims the ends. */
export function normaliseWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Where `quote` stands in `document` (offsets into the original document), or null. */
export function findQuote(document: string, quote: string): TextSpan | null {
  const needle = normaliseWhitespace(quote);
  if (needle === '') return null;
  const haystack = collapseWhitespace(document);
  const at = haystack.text.indexOf(needle);
  if (at < 0) return null;
  const start = haystack.origins[at] ?? 0;
  const last = haystack.origins[at + needle.length - 1] ?? start;
  return { start, end: last + 1 };
}
