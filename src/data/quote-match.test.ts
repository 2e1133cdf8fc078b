import { describe, expect, it } from 'vitest';
import { createQuoteFinder, findQuote, normaliseWhitespace } from './quote-match';

describe('findQuote', () => {
  const document = 'First line.\nThe camp was   attacked\n\non 8 April.\nEnd.';

  it('finds a quote whose white space differs from the document', () => {
    const span = findQuote(document, 'The camp was attacked on 8 April.');
    expect(span).not.toBeNull();
    if (span)
      expect(document.slice(span.start, span.end)).toBe('The camp was   attacked\n\non 8 April.');
  });

  it('does not find a quote with one changed letter or curly quote', () => {
    expect(findQuote(document, 'The camp was attacked on 9 April.')).toBeNull();
    expect(findQuote('He said “no”.', 'He said "no".')).toBeNull();
  });

  it('finds nothing for an empty quote', () => {
    expect(findQuote(document, '   ')).toBeNull();
  });

  it('collapses runs of white space', () => {
    expect(normaliseWhitespace('  a \n\t b  ')).toBe('a b');
  });

  it('finds every quote of one document with one finder, as findQuote does', () => {
    const find = createQuoteFinder(document);
    for (const quote of ['First line. The camp', 'attacked on 8 April. End.', 'End.']) {
      expect(find(quote)).toEqual(findQuote(document, quote));
      expect(find(quote)).not.toBeNull();
    }
    expect(find('attacked on 9 April')).toBeNull();
  });
});
