import { describe, expect, it } from 'vitest';
import { buildDataset } from '../data/build-dataset';
import { FIXTURE_DOCUMENT, validFixture } from '../data/fixtures.test-helpers';
import { isDisputed } from './selectors';

const document = `${FIXTURE_DOCUMENT}\nIn April 2011 the forces came back. In May 2011 they came.`;

function raidWith(quote: string, date: string) {
  const texts = validFixture();
  texts.claims = `${texts.claims}\n2011-04-08-raid,doc,${quote},Another speaker,${date},,,,`;
  const { dataset } = buildDataset(texts, { sourceTexts: new Map([['seeds/doc.txt', document]]) });
  const raid = dataset.events.find((event) => event.id === '2011-04-08-raid');
  if (!raid) throw new Error('the fixture raid is missing');
  return raid;
}

describe('dates the sources disagree on', () => {
  it('counts a date that cannot be the event’s as a disagreement', () => {
    expect(isDisputed(raidWith('In May 2011 they came.', '2011-05'))).toBe(true);
  });

  it('does not count a coarser date that contains the event’s as a disagreement', () => {
    expect(isDisputed(raidWith('In April 2011 the forces came back.', '2011-04'))).toBe(false);
  });
});
