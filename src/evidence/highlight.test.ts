import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildDataset } from '../data/build-dataset';
import { readDataTexts, readSourceTexts } from '../data/read-data-files';
import { highlightPassage } from './highlight';

describe('highlightPassage', () => {
  it('finds every claim quote of the real dataset in its document', () => {
    const texts = readDataTexts('.');
    const sourceTexts = readSourceTexts('.', texts.sources);
    const { dataset } = buildDataset(texts, { sourceTexts });
    const claims = dataset.events.flatMap((event) => event.claims);
    expect(claims.length).toBeGreaterThan(0);
    for (const claim of claims) {
      const source = dataset.sources.find((candidate) => candidate.id === claim.sourceId);
      const document = readFileSync(source?.file ?? '', 'utf8');
      const result = highlightPassage(document, claim.quote);
      expect(result.found, `${claim.id} in ${source?.file}`).toBe(true);
      expect(result.before + result.passage + result.after).toBe(document);
      expect(result.passage.replace(/\s+/g, ' ')).toBe(claim.quote.replace(/\s+/g, ' ').trim());
    }
    // It reads and searches the whole dataset: about 4 s alone, more on a loaded machine.
  }, 30_000);

  it('keeps markup in the document as plain text and marks nothing when the quote is absent', () => {
    const document = 'Intro <script>alert(1)</script> and the passage here.';
    const found = highlightPassage(document, 'the passage here.');
    expect(found.before).toBe('Intro <script>alert(1)</script> and ');
    const missing = highlightPassage(document, 'not in the text at all');
    expect(missing).toEqual({ before: document, passage: '', after: '', found: false });
  });
});
