import { describe, expect, it } from 'vitest';
import { buildDataset } from '../data/build-dataset';
import { FIXTURE_SOURCE_TEXTS, validFixture } from '../data/fixtures.test-helpers';
import { figureGroupsAcrossSources, figureGroupsForSite } from './figure-groups';

function datasetWithFigures(rows: string[]) {
  const texts = validFixture();
  texts.sources = `${texts.sources}\nother,seeds/doc.txt,Another,,Another group,2013,op-ed,Another view.`;
  texts.figures = ['id,site,date,measure,value,qualifier,source,quote,note', ...rows].join('\n');
  return buildDataset(texts, { sourceTexts: FIXTURE_SOURCE_TEXTS }).dataset;
}

const quote = '"Thirty-six residents were killed, the group said."';

describe('figure groups', () => {
  it('puts two documents giving different values for one measure side by side', () => {
    const dataset = datasetWithFigures([
      `a,camp-a,2012,area-km2,0.6,exact,doc,${quote},`,
      `b,camp-a,2012-04,area-km2,0.5,about,other,${quote},`,
      `c,camp-a,2012,residents,3400,exact,doc,${quote},`,
    ]);
    const groups = figureGroupsAcrossSources(dataset);
    expect(groups).toHaveLength(1);
    expect(groups[0]?.figures.map((figure) => figure.id)).toEqual(['a', 'b']);
    expect(figureGroupsForSite(dataset, 'camp-a')).toHaveLength(2);
  });

  it('does not list agreeing documents or one document alone', () => {
    const dataset = datasetWithFigures([
      `a,camp-a,2012,area-km2,0.6,exact,doc,${quote},`,
      `b,camp-a,2012,area-km2,0.6,exact,other,${quote},`,
      `c,camp-a,2011,residents,3400,exact,doc,${quote},`,
      `d,camp-a,2012,residents,100,exact,doc,${quote},`,
    ]);
    expect(figureGroupsAcrossSources(dataset)).toEqual([]);
  });
});
