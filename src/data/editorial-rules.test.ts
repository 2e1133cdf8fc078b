import { describe, expect, it } from 'vitest';
import { buildDataset, type DataTexts } from './build-dataset';
import { FIXTURE_DOCUMENT, FIXTURE_SOURCE_TEXTS, validFixture } from './fixtures.test-helpers';
import { formatIssue } from './format-issue';

function check(change: (texts: DataTexts) => void) {
  const texts = validFixture();
  change(texts);
  const result = buildDataset(texts, { sourceTexts: FIXTURE_SOURCE_TEXTS });
  return {
    ...result,
    messages: result.issues.map(formatIssue),
    warningMessages: result.warnings.map(formatIssue),
  };
}

const killedQuote = '"Thirty-six residents were killed, the group said."';

describe('figure scope rules', () => {
  it('reports a figure row without a scope', () => {
    const { messages } = check((texts) => {
      texts.figures = `${texts.figures}\nk2,camp-a,2011,killed-total,,36,exact,doc,${killedQuote},`;
    });
    expect(messages).toEqual([expect.stringMatching(/figures\.csv:3:5 \(scope\): scope is empty/)]);
  });

  it('reports one quantity (same measure and scope) placed at two sites', () => {
    const { messages } = check((texts) => {
      const sites = JSON.parse(texts.sites as string);
      sites.features.push({
        ...sites.features[0],
        properties: { ...sites.features[0].properties, id: 'camp-b', name: 'Camp B' },
      });
      texts.sites = JSON.stringify(sites);
      texts.figures = `${texts.figures}\nk2,camp-b,2011,killed-total,In the raid of  8 April 2011,31,at-least,doc,${killedQuote},`;
    });
    expect(messages).toEqual([
      expect.stringMatching(
        /figures\.csv:3:2 \(site\): line 2 has the same measure and scope at "camp-a"/,
      ),
    ]);
  });
});

describe('claim date precision', () => {
  const document = `${FIXTURE_DOCUMENT}\nIn April 2011 the forces came back. About a year ago they left.`;
  const withClaim = (quote: string, date = '') => {
    const texts = validFixture();
    texts.claims = `${texts.claims}\n2011-04-08-raid,doc,${quote},The group,${date},,,,`;
    const result = buildDataset(texts, { sourceTexts: new Map([['seeds/doc.txt', document]]) });
    return { issues: result.issues, warnings: result.warnings.map(formatIssue) };
  };

  it('warns when a quote names only the month of a day-precise event', () => {
    const { issues, warnings } = withClaim('In April 2011 the forces came back.');
    expect(issues).toEqual([]);
    expect(warnings).toEqual([
      expect.stringMatching(
        /claims\.csv:5:5 \(date\): the quote dates it only "April 2011", coarser than the event's 2011-04-08: write 2011-04/,
      ),
    ]);
  });

  it('warns when a quote dates a day-precise event only relatively', () => {
    const { warnings } = withClaim('About a year ago they left.');
    expect(warnings).toEqual([expect.stringMatching(/claims\.csv:5:5 .*"About a year ago"/)]);
  });

  it('accepts the coarser date once the claim carries it, and a quote as precise as the event', () => {
    expect(withClaim('In April 2011 the forces came back.', '2011-04').warnings).toEqual([]);
    expect(withClaim('About a year ago they left.', '2011%').warnings).toEqual([]);
    expect(check(() => {}).warnings).toEqual([]);
  });
});
