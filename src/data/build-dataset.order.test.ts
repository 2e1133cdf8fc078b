// The loader hands every view its events in time order, whatever order the CSV rows are in.
import { describe, expect, it } from 'vitest';
import { buildDataset } from './build-dataset';
import { FIXTURE_SOURCE_TEXTS, validFixture } from './fixtures.test-helpers';

describe('event order', () => {
  it('sorts by start, then longer periods first, then by id', () => {
    const texts = validFixture();
    texts.events = [
      'id,date,end,site,category,title,summary',
      '2012-move,2012~,,camp-a,relocation,Residents move,The residents moved.',
      'b-2011-january,2011-01,,camp-a,legal,A ruling,A court ruled.',
      '2011-04-08-raid,2011-04-08,,camp-a,attack,Forces enter the camp,Forces entered.',
      'a-2011-january,2011-01,,camp-a,legal,Another ruling,A court ruled again.',
      '2011-whole-year,2011,,camp-a,legal,A year of rulings,Courts ruled.',
    ].join('\n');
    const quote = 'doc,On 8 April 2011 Iraqi forces entered the camp.,The group,,,,,';
    texts.claims = [
      'event,source,quote,speaker,date,killed,injured,qualifier,note',
      ...[
        '2012-move',
        'b-2011-january',
        '2011-04-08-raid',
        'a-2011-january',
        '2011-whole-year',
      ].map((id) => `${id},${quote}`),
    ].join('\n');
    const { dataset, issues } = buildDataset(texts, { sourceTexts: FIXTURE_SOURCE_TEXTS });
    expect(issues).toEqual([]);
    expect(dataset.events.map((event) => event.id)).toEqual([
      '2011-whole-year',
      'a-2011-january',
      'b-2011-january',
      '2011-04-08-raid',
      '2012-move',
    ]);
  });
});
