import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildDataset } from './build-dataset';
import { parseCsv } from './csv';
import { FIXTURE_SOURCE_TEXTS, validFixture } from './fixtures.test-helpers';

/** Text made mostly of the characters that matter to CSV: commas, quotes, line breaks. */
const csvLikeText = fc
  .array(
    fc.oneof(
      fc.constantFrom(',', '"', '\n', '\r\n', '~', '?', '-', '2011', 'camp-a', ' '),
      fc.string({ maxLength: 6 }),
    ),
    {
      maxLength: 60,
    },
  )
  .map((parts) => parts.join(''));

describe('the loader on random input', () => {
  it('never throws on random CSV text and reports every row it rejects with a line number', () => {
    fc.assert(
      fc.property(csvLikeText, (text) => {
        const table = parseCsv(text);
        for (const problem of table.problems) expect(problem.line).toBeGreaterThanOrEqual(1);
        const texts = {
          ...validFixture(),
          events: `id,date,end,site,category,title,summary\n${text}`,
        };
        const { dataset, issues } = buildDataset(texts, { sourceTexts: FIXTURE_SOURCE_TEXTS });
        for (const issue of issues) expect(issue.message.length).toBeGreaterThan(10);
        // Whatever the junk, every event that survives is fully valid and has a claim.
        for (const event of dataset.events) {
          expect(event.claims.length).toBeGreaterThan(0);
          expect(event.endMs).toBeGreaterThan(event.startMs);
        }
      }),
      { numRuns: 300 },
    );
    // 300 runs take about 2 s alone and more than 5 s on a machine busy with browser tests.
  }, 30_000);

  it('keeps every good row when random junk lines are added to a file', () => {
    fc.assert(
      fc.property(
        fc.array(
          csvLikeText.filter((text) => !text.includes('"')),
          { maxLength: 5 },
        ),
        (junkLines) => {
          const fixture = validFixture();
          const texts = { ...fixture, claims: `${fixture.claims}\n${junkLines.join('\n')}` };
          const { dataset } = buildDataset(texts, { sourceTexts: FIXTURE_SOURCE_TEXTS });
          expect(dataset.events.map((event) => event.id)).toEqual(['2011-04-08-raid', '2012-move']);
        },
      ),
      { numRuns: 200 },
    );
  });
});
