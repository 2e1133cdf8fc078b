import { describe, expect, it } from 'vitest';
import { buildDataset } from '../data/build-dataset';
import { FIXTURE_SOURCE_TEXTS, validFixture } from '../data/fixtures.test-helpers';
import { readDataTexts, readSourceTexts } from '../data/read-data-files';
import { figureGroupsAcrossSources, figureGroupsForSite } from './figure-groups';

function datasetWithFigures(rows: string[]) {
  const texts = validFixture();
  texts.sources = `${texts.sources}\nother,seeds/doc.txt,Another,,Another group,2013,op-ed,Another view.`;
  texts.figures = ['id,site,date,measure,scope,value,qualifier,source,quote,note', ...rows].join(
    '\n',
  );
  return buildDataset(texts, { sourceTexts: FIXTURE_SOURCE_TEXTS }).dataset;
}

const quote = '"Thirty-six residents were killed, the group said."';

describe('figure groups', () => {
  it('puts two documents giving different values for one quantity side by side', () => {
    const dataset = datasetWithFigures([
      `a,camp-a,2012,area-km2,the camp's area,0.6,exact,doc,${quote},`,
      `b,camp-a,2012-04,area-km2,The camp's  area,0.5,about,other,${quote},`,
      `c,camp-a,2012,residents,living in the camp,3400,exact,doc,${quote},`,
    ]);
    const groups = figureGroupsAcrossSources(dataset);
    expect(groups).toHaveLength(1);
    expect(groups[0]?.figures.map((figure) => figure.id)).toEqual(['a', 'b']);
    expect(figureGroupsForSite(dataset, 'camp-a')).toHaveLength(2);
  });

  it('never compares figures that count different things, even with one measure at one site', () => {
    const dataset = datasetWithFigures([
      `liberty,camp-a,2013,killed-total,deaths in attacks on this camp,10,exact,doc,${quote},`,
      `both,camp-a,2014,killed-total,deaths at both camps,116,exact,other,${quote},`,
    ]);
    expect(figureGroupsAcrossSources(dataset)).toEqual([]);
    expect(figureGroupsForSite(dataset, 'camp-a')).toHaveLength(2);
  });

  it('does not list agreeing documents or one document alone', () => {
    const dataset = datasetWithFigures([
      `a,camp-a,2012,area-km2,area,0.6,exact,doc,${quote},`,
      `b,camp-a,2012,area-km2,area,0.6,exact,other,${quote},`,
      `c,camp-a,2011,residents,residents,3400,exact,doc,${quote},`,
      `d,camp-a,2012,residents,residents,100,exact,doc,${quote},`,
    ]);
    expect(figureGroupsAcrossSources(dataset)).toEqual([]);
  });
});

describe('the figures the atlas compares', () => {
  // A new comparison must be a deliberate choice: if this list changes, check that the
  // figures in each group really count the same thing (same people, place and period).
  it('are exactly the quantities on which the documents disagree', () => {
    const texts = readDataTexts('.');
    const { dataset } = buildDataset(texts, { sourceTexts: readSourceTexts('.', texts.sources) });
    const compared = figureGroupsAcrossSources(dataset).map((group) =>
      group.figures.map((figure) => `${figure.id}=${figure.value}`),
    );
    expect(compared).toEqual([
      ['liberty-area-boumedra=0.6', 'liberty-area-pace=0.5'],
      ['ashraf-remaining-2012=100', 'ashraf-remaining-2013=101'],
      ['liberty-killed-total-stevenson=10', 'liberty-killed-total-overview=15'],
    ]);
  });
});
