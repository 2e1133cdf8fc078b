import { describe, expect, it } from 'vitest';
import {
  buildWithMoves as build,
  GOOD_CLAIM as goodClaim,
  GOOD_MOVE as goodMove,
  MOVE_QUOTE as QUOTE,
} from './moves-fixture.test-helpers';

describe('moves', () => {
  it('builds a move with its places, dates, events and quoted statements', () => {
    const { dataset, messages } = build([goodMove], [goodClaim]);
    expect(messages).toEqual([]);
    expect(dataset.moves).toHaveLength(1);
    const [move] = dataset.moves;
    expect(move).toMatchObject({
      id: '2012-a-to-b',
      originId: 'camp-a',
      destinationId: 'camp-b',
      destinationLevel: 'place',
      eventIds: ['2012-move'],
      startMs: Date.UTC(2012, 0, 1),
      endMs: Date.UTC(2013, 0, 1),
    });
    expect(move?.claims[0]).toMatchObject({ id: '2012-a-to-b#1', sourceId: 'doc', quote: QUOTE });
  });

  it('keeps two documents’ counts for one move as two statements, never one number', () => {
    const { dataset } = build(
      [goodMove],
      [
        `2012-a-to-b,doc,${QUOTE},The group,,400,about,moved in 2012,`,
        `2012-a-to-b,doc,${QUOTE},Another speaker,,380,exact,moved in 2012,`,
      ],
    );
    expect(dataset.moves[0]?.claims.map((claim) => [claim.count, claim.qualifier])).toEqual([
      [400, 'about'],
      [380, 'exact'],
    ]);
  });

  it('names file, line and column for a move from or to a place that does not exist', () => {
    const { dataset, messages } = build(
      ['2012-a-to-b,camp-a,camp-x,place,2012~,,2012-move,From Camp A to Camp X,'],
      [goodClaim],
    );
    expect(dataset.moves).toEqual([]);
    expect(messages).toContain(
      'data/moves.csv:2:3 (destination): the site "camp-x" is not in data/sites.geojson',
    );
  });

  it('names the line and column of a count given without its quote', () => {
    const { messages } = build([goodMove], ['2012-a-to-b,doc,,The group,,400,about,moved,']);
    expect(messages).toContain(
      'data/move-claims.csv:2:3 (quote): a count needs the passage that gives it: quote the source word for word',
    );
  });

  it('rejects a count whose quote is not word for word in its document', () => {
    const { dataset, messages } = build(
      [goodMove],
      [
        goodClaim,
        '2012-a-to-b,doc,In early 2012 all the residents moved.,The group,,400,about,moved,',
      ],
    );
    expect(messages[0]).toMatch(
      /^data\/move-claims\.csv:3:3 \(quote\): the quote is not found word for word/,
    );
    expect(dataset.moves[0]?.claims).toHaveLength(1);
  });

  it('rejects a move whose period ends before it starts', () => {
    const { dataset, messages } = build(
      ['2012-a-to-b,camp-a,camp-b,place,2012~,2011,2012-move,From Camp A to Camp B,'],
      [goodClaim],
    );
    expect(dataset.moves).toEqual([]);
    expect(messages).toEqual(['data/moves.csv:2:6 (end): end 2011 comes before date 2012~']);
  });

  it('rejects an unknown event, an unknown move and a move without any statement', () => {
    const { messages } = build(
      [
        '2012-a-to-b,camp-a,camp-b,place,2012~,,2012-nothing,From Camp A to Camp B,',
        '2013-b-to-a,camp-b,camp-a,country,2013,,,From Camp B to Camp A,',
      ],
      [`2012-a-to-c,doc,${QUOTE},The group,,,,,`],
    );
    expect(messages).toEqual([
      'data/moves.csv:2:7 (events): the event "2012-nothing" is not in data/events.csv (or was skipped because of an error there)',
      'data/moves.csv:3:1 (id): the move "2013-b-to-a" has no statement in data/move-claims.csv; every move needs at least one quoted source',
      'data/move-claims.csv:2:1 (move): the move "2012-a-to-c" is not in data/moves.csv',
    ]);
  });

  it('keeps the good rows when one row is bad', () => {
    const { dataset } = build(
      [goodMove, '2013-b-to-a,camp-b,nowhere,place,2013,,,Back,'],
      [goodClaim, `2013-b-to-a,doc,${QUOTE},The group,,,,,`],
    );
    expect(dataset.moves.map((move) => move.id)).toEqual(['2012-a-to-b']);
  });

  it('says in words what is wrong with each bad cell of a move or of a statement', () => {
    const { messages } = build(
      [
        '2012-a-to-a,camp-a,camp-a,place,2012~,,,From Camp A to Camp A,',
        '2013-a-to-b,camp-a,camp-b,region,2013,,Not_An_Id,From Camp A to Camp B,',
      ],
      [
        `2012-a-to-b,doc,${QUOTE},The group,,400,,moved in 2012,`,
        `2012-a-to-b,doc,${QUOTE},The group,,,about,,`,
        `2012-a-to-b,doc,${QUOTE},The group,,400,about,,`,
        '2012-a-to-b,doc,,The group,,,,,',
        `2012-a-to-b,doc,${'A long passage. '.repeat(26)},The group,,,,,`,
      ],
    );
    expect(messages).toEqual([
      'data/moves.csv:2:3 (destination): the destination is the same place as the origin',
      'data/moves.csv:3:4 (destination_level): destination_level must be one of: place, country',
      'data/moves.csv:3:7 (events): events must be event ids separated by semicolons, each must be lower-case letters, digits and single hyphens (kebab-case)',
      'data/move-claims.csv:2:7 (qualifier): a count needs a qualifier (exact, at-least, more-than, about, nearly or up-to)',
      'data/move-claims.csv:3:7 (qualifier): qualifier is set but count is empty: it qualifies nothing',
      'data/move-claims.csv:4:8 (scope): a count needs a scope: which people, moving when, it counts',
      'data/move-claims.csv:5:3 (quote): the quote is empty: every statement about a move quotes its source',
      'data/move-claims.csv:6:3 (quote): the quote is longer than 400 characters: quote only the passage with the move',
    ]);
  });
});
