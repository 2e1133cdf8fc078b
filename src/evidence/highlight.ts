// Splits a source document around one quoted passage, so the reader can render the text as
// text (never as HTML) with the passage marked.
import { findQuote } from '../data/quote-match';

interface HighlightedText {
  readonly before: string;
  readonly passage: string;
  readonly after: string;
  readonly found: boolean;
}

export function highlightPassage(document: string, quote: string | null): HighlightedText {
  const span = quote ? findQuote(document, quote) : null;
  if (!span) return { before: document, passage: '', after: '', found: false };
  return {
    before: document.slice(0, span.start),
    passage: document.slice(span.start, span.end),
    after: document.slice(span.end),
    found: true,
  };
}
