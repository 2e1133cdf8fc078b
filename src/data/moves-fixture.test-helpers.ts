// The valid fixture with a second camp and the given rows of data/moves.csv and
// data/move-claims.csv, built as the app builds it; shared by the moves tests.
import { type BuildResult, buildDataset } from './build-dataset';
import { FIXTURE_SOURCE_TEXTS, type FixtureTexts, validFixture } from './fixtures.test-helpers';
import { formatIssue } from './format-issue';

export const MOVE_HEADER = 'id,origin,destination,destination_level,date,end,events,title,note';
export const CLAIM_HEADER = 'move,source,quote,speaker,date,count,qualifier,scope,note';
export const MOVE_QUOTE = 'In early 2012 the residents moved.';
export const GOOD_MOVE = '2012-a-to-b,camp-a,camp-b,place,2012~,,2012-move,From Camp A to Camp B,';
export const GOOD_CLAIM = `2012-a-to-b,doc,${MOVE_QUOTE},The group,,,,,`;

/** Rows without their header (or a whole file's text, or null for a missing file). */
type Rows = string[] | string | null;

export function buildWithMoves(
  moves: Rows,
  claims: Rows,
  change: (texts: FixtureTexts) => void = () => {},
): BuildResult & { readonly messages: string[] } {
  const fixture = validFixture();
  const sites = JSON.parse(fixture.sites ?? '{}');
  sites.features.push({
    ...sites.features[0],
    geometry: { type: 'Point', coordinates: [44.3, 33.3] },
    properties: { ...sites.features[0].properties, id: 'camp-b', name: 'Camp B' },
  });
  const join = (header: string, rows: Rows) =>
    Array.isArray(rows) ? [header, ...rows].join('\n') : rows;
  const texts: FixtureTexts = {
    ...fixture,
    sites: JSON.stringify(sites, null, 2),
    moves: join(MOVE_HEADER, moves),
    moveClaims: join(CLAIM_HEADER, claims),
  };
  change(texts);
  const result = buildDataset(texts, { sourceTexts: FIXTURE_SOURCE_TEXTS });
  return { ...result, messages: result.issues.map(formatIssue) };
}
