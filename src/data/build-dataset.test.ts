import { describe, expect, it } from 'vitest';
import { buildDataset } from './build-dataset';
import { FIXTURE_SOURCE_TEXTS, type FixtureTexts, validFixture } from './fixtures.test-helpers';
import { formatIssue } from './format-issue';

function check(change: (texts: FixtureTexts) => void) {
  const texts = validFixture();
  change(texts);
  const result = buildDataset(texts, { sourceTexts: FIXTURE_SOURCE_TEXTS });
  return { ...result, messages: result.issues.map(formatIssue) };
}

function replaceLine(text: string | null, lineNumber: number, replacement: string): string {
  const lines = (text ?? '').split('\n');
  lines[lineNumber - 1] = replacement;
  return lines.join('\n');
}

describe('buildDataset', () => {
  it('accepts the valid fixture with no issue and links claims to events', () => {
    const { dataset, issues } = check(() => {});
    expect(issues).toEqual([]);
    expect(dataset.events.map((event) => event.id)).toEqual(['2011-04-08-raid', '2012-move']);
    expect(dataset.events[0]?.claims).toHaveLength(2);
    expect(dataset.events[0]?.claims[1]).toMatchObject({ killed: 36, qualifier: 'exact' });
    expect(dataset.figures).toHaveLength(1);
  });

  it('keeps a year-precision event as a whole year', () => {
    const move = check(() => {}).dataset.events[1];
    expect(move?.date.precision).toBe('year');
    expect(move?.date.approximate).toBe(true);
    expect(new Date(move?.endMs ?? 0).toISOString()).toBe('2013-01-01T00:00:00.000Z');
  });

  it('reports an unknown category with file, line and column, and keeps the other rows', () => {
    const { dataset, messages } = check((texts) => {
      texts.events = replaceLine(
        texts.events,
        3,
        '2012-move,2012~,,camp-a,exodus,Residents move,The residents moved.',
      );
    });
    expect(messages).toEqual([
      expect.stringMatching(/^data\/events\.csv:3:5 \(category\): category must be one of/),
    ]);
    expect(dataset.events.map((event) => event.id)).toEqual(['2011-04-08-raid']);
  });

  it('reports a date that is not EDTF', () => {
    const { messages } = check((texts) => {
      texts.events = replaceLine(
        texts.events,
        3,
        '2012-move,early 2012,,camp-a,relocation,Residents move,The residents moved.',
      );
    });
    expect(messages[0]).toMatch(
      /^data\/events\.csv:3:2 \(date\): date: "early 2012" is not a date/,
    );
  });

  it('reports an end before the date', () => {
    const { messages } = check((texts) => {
      texts.events = replaceLine(
        texts.events,
        3,
        '2012-move,2012-05,2012-04,camp-a,relocation,Residents move,The residents moved.',
      );
    });
    expect(messages[0]).toMatch(/events\.csv:3:3 \(end\): end 2012-04 comes before date 2012-05/);
  });

  it('reports a duplicate id on the later line', () => {
    const { messages } = check((texts) => {
      texts.events = replaceLine(
        texts.events,
        3,
        '2011-04-08-raid,2012~,,camp-a,relocation,Residents move,The residents moved.',
      );
    });
    expect(
      messages.some((message) =>
        /events\.csv:3:1 \(id\): the id "2011-04-08-raid" is already used on line 2/.test(message),
      ),
    ).toBe(true);
  });

  it('reports an event whose site does not exist', () => {
    const { messages } = check((texts) => {
      texts.events = replaceLine(
        texts.events,
        3,
        '2012-move,2012~,,camp-z,relocation,Residents move,The residents moved.',
      );
    });
    expect(messages[0]).toMatch(
      /events\.csv:3:4 \(site\): the site "camp-z" is not in data\/sites\.geojson/,
    );
  });

  it('reports a claim whose event or source does not exist', () => {
    const { messages } = check((texts) => {
      texts.claims = `${texts.claims}\nno-such-event,doc,On 8 April 2011 Iraqi forces entered the camp.,The group,,,,,\n2012-move,nobody,On 8 April 2011 Iraqi forces entered the camp.,The group,,,,,`;
    });
    expect(messages).toEqual([
      expect.stringMatching(
        /claims\.csv:5:1 \(event\): the event "no-such-event" is not in data\/events\.csv/,
      ),
      expect.stringMatching(
        /claims\.csv:6:2 \(source\): the source "nobody" is not in data\/sources\.csv/,
      ),
    ]);
  });

  it('reports a quote that is not word for word in its source', () => {
    const { dataset, messages } = check((texts) => {
      texts.claims = replaceLine(
        texts.claims,
        2,
        '2011-04-08-raid,doc,On 9 April 2011 Iraqi forces entered the camp.,The group,,,,,',
      );
    });
    expect(messages[0]).toMatch(
      /claims\.csv:2:3 \(quote\): the quote is not found word for word in seeds\/doc\.txt/,
    );
    expect(dataset.events[0]?.claims).toHaveLength(1);
  });

  it('reports a quote that is too short', () => {
    const { messages } = check((texts) => {
      texts.claims = replaceLine(texts.claims, 2, '2011-04-08-raid,doc,On 8 April,The group,,,,,');
    });
    expect(messages[0]).toMatch(
      /claims\.csv:2:3 \(quote\): the quote is shorter than 20 characters/,
    );
  });

  it('requires a qualifier for a figure and a whole number for a count', () => {
    const { messages } = check((texts) => {
      texts.claims = replaceLine(
        texts.claims,
        3,
        '2011-04-08-raid,doc,"Thirty-six residents were killed, the group said.",The group,,36,,,',
      );
      texts.claims = `${texts.claims}\n2012-move,doc,In early 2012 the residents moved.,The group,,"1,000",,exact,`;
    });
    expect(messages).toEqual([
      expect.stringMatching(
        /claims\.csv:3:8 \(qualifier\): a claim with a figure needs a qualifier/,
      ),
      expect.stringMatching(/claims\.csv:5:6 \(killed\): killed must be a whole number/),
    ]);
  });

  it('reports an event left without any claim', () => {
    const { dataset, messages } = check((texts) => {
      texts.claims = replaceLine(texts.claims, 4, '');
    });
    expect(messages).toEqual([
      expect.stringMatching(/events\.csv:3:1 \(id\): the event "2012-move" has no claim/),
    ]);
    expect(dataset.events).toHaveLength(1);
  });

  it('reports a row with a missing comma instead of shifting its cells', () => {
    const { messages } = check((texts) => {
      texts.events = replaceLine(
        texts.events,
        3,
        '2012-move,2012~,camp-a,relocation,Residents move,The residents moved.',
      );
    });
    expect(messages[0]).toMatch(/events\.csv:3: this row has 6 cells but the header has 7/);
  });

  it('reports a header with a missing column', () => {
    const { messages } = check((texts) => {
      texts.figures = replaceLine(
        texts.figures,
        1,
        'id,site,date,measure,scope,value,source,quote,note',
      );
    });
    expect(messages[0]).toMatch(/figures\.csv:1: the header row lacks the column qualifier/);
  });

  it('reports a site with coordinates out of range or a bad period', () => {
    const { dataset, messages } = check((texts) => {
      texts.sites = (texts.sites ?? '').replace('33.6', '133.6').replace('1986/2013', '2013/1986');
    });
    expect(messages).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/sites\.geojson:\d+ \(geometry\): coordinates are out of range/),
        expect.stringMatching(
          /sites\.geojson:\d+ \(period\): period: its end 1986 comes before its start 2013/,
        ),
      ]),
    );
    expect(dataset.sites).toHaveLength(0);
  });

  it('reports sites.geojson that is not JSON, with its line', () => {
    const { messages } = check((texts) => {
      texts.sites = '{\n  "type": "FeatureCollection",\n  "features": [,]\n}';
    });
    expect(messages[0]).toMatch(/^data\/sites\.geojson:3: the file is not valid JSON/);
  });

  it('reports a missing file and still returns the rest', () => {
    const { dataset, messages } = check((texts) => {
      texts.figures = null;
    });
    expect(messages).toEqual([
      'data/figures.csv: the file could not be read, so nothing from it is shown',
    ]);
    expect(dataset.events).toHaveLength(2);
  });
});
