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

describe('where a quote stands in its document (what the reader highlights)', () => {
  const document = '\n  Preface.\n\nThe camp was\n  attacked on 8 April.  \n';

  it('spans exactly the quoted words, from the first character to the last', () => {
    const find = createQuoteFinder(document);
    const passage = (quote: string) => {
      const span = find(quote);
      return span && document.slice(span.start, span.end);
    };
    expect(passage('Preface.')).toBe('Preface.');
    expect(passage('Preface. The camp')).toBe('Preface.\n\nThe camp');
    expect(passage('attacked on 8 April.')).toBe('attacked on 8 April.');
    expect(find('P')).toEqual({ start: 3, end: 4 });
  });

  it('ignores white space at either end of a quote', () => {
    expect(createQuoteFinder(document)('\n  Preface. \t')).toEqual({ start: 3, end: 11 });
  });

  it('finds a new document after another, not the previous one', () => {
    expect(findQuote('one two three', 'two')).toEqual({ start: 4, end: 7 });
    expect(findQuote('two three', 'two')).toEqual({ start: 0, end: 3 });
    expect(findQuote('one two three', 'three')).toEqual({ start: 8, end: 13 });
  });
});
