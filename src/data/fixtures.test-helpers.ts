// A small valid dataset for tests; each test breaks one thing in a copy of it.
import type { DataFileKey } from './types';

/** Data files as plain text (null: not read), which tests edit line by line. */
export type FixtureTexts = Record<DataFileKey, string | null>;

export const FIXTURE_DOCUMENT =
  'On 8 April 2011 Iraqi forces entered the camp.\nThirty-six residents were killed, the group said.\nIn early 2012 the residents moved.';

export const FIXTURE_SOURCE_TEXTS = new Map([['seeds/doc.txt', FIXTURE_DOCUMENT]]);

export function validFixture(): FixtureTexts {
  return {
    sources: [
      'id,file,title,author,publisher,published,kind,perspective',
      'doc,seeds/doc.txt,A statement,,A group,2012~,statement,"Published by a group, arguing its case."',
    ].join('\n'),
    sites: JSON.stringify(
      {
        type: 'FeatureCollection',
        features: [
          {
            type: 'Feature',
            geometry: { type: 'Point', coordinates: [44.6, 33.6] },
            properties: {
              id: 'camp-a',
              name: 'Camp A',
              aliases: ['Camp Alpha'],
              kind: 'camp',
              country: 'IQ',
              period: '1986/2013',
              summary: 'A camp.',
              coord_accuracy_m: 2000,
              coord_source: 'A gazetteer, rounded to 0.1°',
            },
          },
        ],
      },
      null,
      2,
    ),
    events: [
      'id,date,end,site,category,title,summary',
      '2011-04-08-raid,2011-04-08,,camp-a,attack,Forces enter the camp,"According to the statement, forces entered."',
      '2012-move,2012~,,camp-a,relocation,Residents move,The residents moved.',
    ].join('\n'),
    claims: [
      'event,source,quote,speaker,date,killed,injured,qualifier,note',
      '2011-04-08-raid,doc,On 8 April 2011 Iraqi forces entered the camp.,The group,,,,,',
      '2011-04-08-raid,doc,"Thirty-six residents were killed, the group said.",The group,,36,,exact,',
      '2012-move,doc,In early 2012 the residents   moved.,The group,,,,,',
    ].join('\n'),
    figures: [
      'id,site,date,measure,scope,value,qualifier,source,quote,note',
      'killed-2011,camp-a,2011-04-08,killed-total,in the raid of 8 April 2011,36,exact,doc,"Thirty-six residents were killed, the group said.",',
    ].join('\n'),
    // No moves: a dataset may have none (build-moves.test.ts adds its own).
    moves: 'id,origin,destination,destination_level,date,end,events,title,note',
    moveClaims: 'move,source,quote,speaker,date,count,qualifier,scope,note',
  };
}
