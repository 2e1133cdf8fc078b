// Moves as the map draws them (every field, in time order) and the rules of
// data/move-claims.csv, row by row; and the quiet rows: a move or statement that only
// depends on a file already reported as unusable gets no message of its own.
import { describe, expect, it } from 'vitest';
import {
  buildWithMoves as build,
  CLAIM_HEADER,
  GOOD_CLAIM,
  GOOD_MOVE,
  MOVE_HEADER,
  MOVE_QUOTE as QUOTE,
} from './moves-fixture.test-helpers';

describe('moves as the map draws them', () => {
  it('keeps every field of a move and of its statements', () => {
    const { dataset, messages } = build(
      [
        '2012-a-to-b,camp-a,camp-b,country,2012-02-17,2012-09-16,2011-04-08-raid; 2012-move,From Camp A to Camp B,In groups of 400',
      ],
      [`2012-a-to-b,doc,${QUOTE},The group,2012-02,400,about,the first group,Counted at the gate`],
    );
    expect(messages).toEqual([]);
    const [move] = dataset.moves;
    expect(move).toMatchObject({
      id: '2012-a-to-b',
      originId: 'camp-a',
      destinationId: 'camp-b',
      destinationLevel: 'country',
      startMs: Date.UTC(2012, 1, 17),
      endMs: Date.UTC(2012, 8, 17),
      eventIds: ['2011-04-08-raid', '2012-move'],
      title: 'From Camp A to Camp B',
      note: 'In groups of 400',
    });
    expect(move?.date.text).toBe('2012-02-17');
    expect(move?.end?.text).toBe('2012-09-16');
    expect(move?.claims).toEqual([
      {
        id: '2012-a-to-b#1',
        moveId: '2012-a-to-b',
        sourceId: 'doc',
        quote: QUOTE,
        speaker: 'The group',
        date: expect.objectContaining({ text: '2012-02' }),
        count: 400,
        qualifier: 'about',
        scope: 'the first group',
        note: 'Counted at the gate',
      },
    ]);
  });

  it('puts moves in time order, then by id, whatever the order of the rows', () => {
    const { dataset } = build(
      [
        '2013-b-to-a,camp-b,camp-a,place,2013,,,Back to A,',
        '2012-b-to-a,camp-b,camp-a,place,2012-06,,,Early back to A,',
        '2012-a-to-b,camp-a,camp-b,place,2012-06,,,From A to B,',
      ],
      ['2013-b-to-a', '2012-b-to-a', '2012-a-to-b'].map(
        (id) => `${id},doc,${QUOTE},The group,,,,,`,
      ),
    );
    expect(dataset.moves.map((move) => move.id)).toEqual([
      '2012-a-to-b',
      '2012-b-to-a',
      '2013-b-to-a',
    ]);
  });

  it('keeps a move whose event was skipped for its own error, without linking that event', () => {
    const { dataset, messages } = build([GOOD_MOVE], [GOOD_CLAIM], (texts) => {
      texts.events = (texts.events ?? '').replace('2012-move,2012~,,', '2012-move,2012~,2011,');
    });
    expect(messages).toEqual([
      expect.stringMatching(/^data\/events\.csv:3:3 \(end\): end 2011 comes before date 2012~/),
    ]);
    expect(dataset.moves.map((move) => [move.id, move.eventIds])).toEqual([['2012-a-to-b', []]]);
  });

  it('reads a moves file with only its header, in any line ending, as no moves at all', () => {
    for (const text of [MOVE_HEADER, `${MOVE_HEADER}\r\n`, `${MOVE_HEADER}\n\n`]) {
      const { dataset, messages } = build(text, [GOOD_CLAIM]);
      expect(messages, JSON.stringify(text)).toEqual([]);
      expect(dataset.moves).toEqual([]);
    }
  });
});

describe('a move that points nowhere', () => {
  it('names an unknown origin, and a destination that is the origin', () => {
    const { dataset, messages } = build(
      [
        '2012-x-to-b,camp-x,camp-b,place,2012~,,,From X,',
        '2012-a-to-a,camp-a,camp-a,place,2012~,,,Nowhere,',
      ],
      [`2012-x-to-b,doc,${QUOTE},The group,,,,,`, `2012-a-to-a,doc,${QUOTE},The group,,,,,`],
    );
    expect(messages).toEqual([
      expect.stringMatching(/^data\/moves\.csv:2:2 \(origin\): the site "camp-x" is not in/),
      expect.stringMatching(/^data\/moves\.csv:3:3 \(destination\): .*same place as the origin/),
    ]);
    expect(dataset.moves).toEqual([]);
  });

  it('names a statement’s unknown source, and says nothing of statements of a skipped move', () => {
    const { dataset, messages } = build(
      [GOOD_MOVE, '2013-b-to-x,camp-b,camp-x,place,2013,,,To X,'],
      [
        GOOD_CLAIM,
        `2012-a-to-b,nobody,${QUOTE},The group,,,,,`,
        `2013-b-to-x,doc,${QUOTE},The group,,,,,`,
      ],
    );
    expect(messages).toEqual([
      expect.stringMatching(/^data\/moves\.csv:3:3 \(destination\)/),
      expect.stringMatching(
        /^data\/move-claims\.csv:3:2 \(source\): the source "nobody" is not in data\/sources\.csv/,
      ),
    ]);
    expect(dataset.moves[0]?.claims).toHaveLength(1);
  });

  it('says each move lacks a statement when the statements file has only its header', () => {
    for (const claims of [CLAIM_HEADER, `${CLAIM_HEADER}\n`, `${CLAIM_HEADER}\r\n\r\n`]) {
      const { dataset, messages } = build([GOOD_MOVE], claims);
      expect(messages, JSON.stringify(claims)).toEqual([
        expect.stringMatching(
          /^data\/moves\.csv:2:1 \(id\): the move "2012-a-to-b" has no statement/,
        ),
      ]);
      expect(dataset.moves).toEqual([]);
    }
  });
});

describe('moves that depend on an unusable file get no message of their own', () => {
  const onlyWholeFile = (messages: string[], file: string) => {
    expect(messages.length, messages.join('\n')).toBeGreaterThan(0);
    expect(
      messages.every((message) => message.startsWith(file)),
      messages.join('\n'),
    ).toBe(true);
  };

  it('when the sites file is unusable', () => {
    const { dataset, messages } = build([GOOD_MOVE], [GOOD_CLAIM], (texts) => {
      texts.sites = '<!doctype html><title>Not found</title>';
    });
    onlyWholeFile(messages, 'data/sites.geojson');
    expect(dataset.moves).toEqual([]);
  });

  it('when the events file is unusable', () => {
    const { dataset, messages } = build([GOOD_MOVE], [GOOD_CLAIM], (texts) => {
      texts.events = 'id;date\nx;y';
    });
    onlyWholeFile(messages, 'data/events.csv');
    expect(dataset.moves).toEqual([]);
  });

  it('and keeps the move, without its events, when only the claims file is unusable', () => {
    const { dataset, messages } = build([GOOD_MOVE], [GOOD_CLAIM], (texts) => {
      texts.claims = 'id;date\nx;y';
    });
    onlyWholeFile(messages, 'data/claims.csv');
    expect(dataset.events).toEqual([]);
    expect(dataset.moves.map((move) => [move.id, move.eventIds])).toEqual([['2012-a-to-b', []]]);
  });

  it('when the sources file is unusable', () => {
    const { dataset, messages } = build([GOOD_MOVE], [GOOD_CLAIM], (texts) => {
      texts.sources = null;
    });
    onlyWholeFile(messages, 'data/sources.csv');
    expect(dataset.moves).toEqual([]);
  });

  it('when the statements file is unread or unusable', () => {
    for (const claims of [null, 'move;source\nx;y']) {
      const { dataset, messages } = build([GOOD_MOVE], claims);
      onlyWholeFile(messages, 'data/move-claims.csv');
      expect(dataset.moves).toEqual([]);
    }
  });
});

describe('the rules of a statement about a move', () => {
  const problems = (claim: string) =>
    build([GOOD_MOVE], [GOOD_CLAIM, claim]).messages.map((message) =>
      message.replace(/^data\/move-claims\.csv:3:\d+ /, ''),
    );

  it('wants a quote of 20 to 400 characters, even without a count', () => {
    expect(problems('2012-a-to-b,doc,,The group,,,,,')).toEqual([
      expect.stringMatching(/^\(quote\): the quote is empty/),
    ]);
    expect(problems('2012-a-to-b,doc,In early 2012 the,The group,,,,,')).toEqual([
      expect.stringMatching(/^\(quote\): the quote is shorter than 20 characters/),
    ]);
    expect(problems(`2012-a-to-b,doc,${'residents moved '.repeat(26)},The group,,,,,`)).toEqual([
      expect.stringMatching(/^\(quote\): the quote is longer than 400 characters/),
    ]);
  });

  it('accepts quotes of exactly 20 and 400 characters as long enough and short enough', () => {
    const twenty = 'In early 2012 the re';
    expect(twenty).toHaveLength(20);
    expect(problems(`2012-a-to-b,doc,${twenty},The group,,,,,`)).toEqual([]);
    // No space at either end: the cell is trimmed before it is measured.
    const long = `${'residents moved '.repeat(25).trim()}.`;
    expect(long).toHaveLength(400);
    // Not in the document, so not found; but not too long.
    expect(problems(`2012-a-to-b,doc,${long},The group,,,,,`)).toEqual([
      expect.stringMatching(/^\(quote\): the quote is not found word for word/),
    ]);
  });

  it('wants a count to have a qualifier and a scope, and a qualifier to have a count', () => {
    expect(problems(`2012-a-to-b,doc,${QUOTE},The group,,400,,moved,`)).toEqual([
      expect.stringMatching(/^\(qualifier\): a count needs a qualifier/),
    ]);
    expect(problems(`2012-a-to-b,doc,${QUOTE},The group,,400,about,,`)).toEqual([
      expect.stringMatching(/^\(scope\): a count needs a scope/),
    ]);
    expect(problems(`2012-a-to-b,doc,${QUOTE},The group,,,about,,`)).toEqual([
      expect.stringMatching(/^\(qualifier\): qualifier is set but count is empty/),
    ]);
    expect(problems(`2012-a-to-b,doc,${QUOTE},The group,,400,roughly,moved,`)).toEqual([
      expect.stringMatching(/^\(qualifier\): qualifier must be empty or one of: exact, /),
    ]);
    expect(problems(`2012-a-to-b,doc,${QUOTE},The group,,4 00,about,moved,`)).toEqual([
      expect.stringMatching(/^\(count\): count must be a whole number/),
    ]);
  });
});
