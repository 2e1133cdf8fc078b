// What the views receive from the loader: every field of every record, written out from the
// fixture's rows, and the links between files checked for figures and sources too.
import { describe, expect, it } from 'vitest';
import { buildDataset } from './build-dataset';
import { FIXTURE_SOURCE_TEXTS, type FixtureTexts, validFixture } from './fixtures.test-helpers';
import { formatIssue } from './format-issue';

function build(change: (texts: FixtureTexts) => void = () => {}) {
  const texts = validFixture();
  change(texts);
  const result = buildDataset(texts, { sourceTexts: FIXTURE_SOURCE_TEXTS });
  return { ...result, messages: result.issues.map(formatIssue) };
}

const day = (year: number, month: number, date: number) => Date.UTC(year, month - 1, date);

describe('the records the views receive', () => {
  it('gives each claim an id in file order, its quote, speaker and only the figures it has', () => {
    const { dataset } = build();
    expect(dataset.events.map((event) => event.claims)).toEqual([
      [
        {
          id: '2011-04-08-raid#1',
          eventId: '2011-04-08-raid',
          sourceId: 'doc',
          quote: 'On 8 April 2011 Iraqi forces entered the camp.',
          speaker: 'The group',
          note: '',
        },
        {
          id: '2011-04-08-raid#2',
          eventId: '2011-04-08-raid',
          sourceId: 'doc',
          quote: 'Thirty-six residents were killed, the group said.',
          speaker: 'The group',
          killed: 36,
          qualifier: 'exact',
          note: '',
        },
      ],
      [
        {
          id: '2012-move#1',
          eventId: '2012-move',
          sourceId: 'doc',
          quote: 'In early 2012 the residents   moved.',
          speaker: 'The group',
          note: '',
        },
      ],
    ]);
  });

  it('keeps a claim’s own date, its injured and its note', () => {
    const { dataset, issues } = build((texts) => {
      texts.claims = `${texts.claims}\n2011-04-08-raid,doc,"Thirty-six residents were killed, the group said.",The group,2011-04,0,12,about,Counted later`;
    });
    expect(issues).toEqual([]);
    const claim = dataset.events[0]?.claims[2];
    expect(claim).toMatchObject({
      id: '2011-04-08-raid#3',
      killed: 0,
      injured: 12,
      qualifier: 'about',
      note: 'Counted later',
    });
    expect(claim?.date?.text).toBe('2011-04');
  });

  it('gives each event its site, category, title, summary and its span in time', () => {
    const { dataset } = build((texts) => {
      texts.events = (texts.events ?? '').replace(
        '2011-04-08-raid,2011-04-08,,',
        '2011-04-08-raid,2011-04-08,2011-04-10,',
      );
    });
    const [raid, move] = dataset.events;
    expect(raid).toMatchObject({
      id: '2011-04-08-raid',
      siteId: 'camp-a',
      category: 'attack',
      title: 'Forces enter the camp',
      summary: 'According to the statement, forces entered.',
      startMs: day(2011, 4, 8),
      endMs: day(2011, 4, 11),
    });
    expect(raid?.date.text).toBe('2011-04-08');
    expect(raid?.end?.text).toBe('2011-04-10');
    expect(move).toMatchObject({ startMs: day(2012, 1, 1), endMs: day(2013, 1, 1) });
    expect(move && 'end' in move).toBe(false);
  });

  it('gives each figure every field, and each source its document and perspective', () => {
    const { dataset } = build();
    expect(dataset.figures).toEqual([
      {
        id: 'killed-2011',
        siteId: 'camp-a',
        date: expect.objectContaining({ text: '2011-04-08' }),
        measure: 'killed-total',
        scope: 'in the raid of 8 April 2011',
        value: 36,
        qualifier: 'exact',
        sourceId: 'doc',
        quote: 'Thirty-six residents were killed, the group said.',
        note: '',
      },
    ]);
    expect(dataset.sources).toEqual([
      {
        id: 'doc',
        file: 'seeds/doc.txt',
        title: 'A statement',
        author: '',
        publisher: 'A group',
        published: expect.objectContaining({ text: '2012~', approximate: true }),
        kind: 'statement',
        perspective: 'Published by a group, arguing its case.',
      },
    ]);
  });
});

describe('a figure or a source that points nowhere', () => {
  const FIGURE_HEADER = 'id,site,date,measure,scope,value,qualifier,source,quote,note';
  const QUOTE = '"Thirty-six residents were killed, the group said."';

  it('reports a figure’s unknown site, unknown source and unfound quote, and drops only those', () => {
    const { dataset, messages } = build((texts) => {
      texts.figures = [
        FIGURE_HEADER,
        `killed-2011,camp-a,2011-04-08,killed-total,in the raid,36,exact,doc,${QUOTE},`,
        `killed-z,camp-z,2011-04-08,killed-total,at camp z,36,exact,doc,${QUOTE},`,
        `killed-n,camp-a,2011-04-08,killed-total,by nobody,36,exact,nobody,${QUOTE},`,
        'killed-q,camp-a,2011-04-08,killed-total,misquoted,37,exact,doc,Thirty-seven residents were killed.,',
      ].join('\n');
    });
    expect(messages).toEqual([
      'data/figures.csv:3:2 (site): the site "camp-z" is not in data/sites.geojson',
      'data/figures.csv:4:8 (source): the source "nobody" is not in data/sources.csv',
      'data/figures.csv:5:9 (quote): the quote is not found word for word in seeds/doc.txt (source "doc"); copy it exactly, including punctuation and curly quotes',
    ]);
    expect(dataset.figures.map((figure) => figure.id)).toEqual(['killed-2011']);
  });

  it('drops a figure at a site already reported as broken, without a second message', () => {
    const { dataset, messages } = build((texts) => {
      texts.sites = (texts.sites ?? '').replace('"IQ"', '"Iraq"');
    });
    expect(messages).toEqual([
      expect.stringMatching(/^data\/sites\.geojson:\d+:?\d* \(country\): country must be/),
    ]);
    expect(dataset.figures).toEqual([]);
    expect(dataset.events).toEqual([]);
  });

  it('names a source whose document is not in the project, once, not again for each quote', () => {
    const { messages } = build((texts) => {
      texts.sources = (texts.sources ?? '').replace('seeds/doc.txt', 'seeds/other.txt');
    });
    expect(messages).toEqual([
      'data/sources.csv:2:2 (file): the document seeds/other.txt does not exist in the project',
    ]);
  });

  it('drops figures quietly when the sites or the sources file is unusable', () => {
    for (const key of ['sites', 'sources'] as const) {
      const { dataset, messages } = build((texts) => {
        texts[key] = '<!doctype html><title>Not found</title>';
      });
      expect(dataset.figures, key).toEqual([]);
      expect(
        messages.filter((message) => message.startsWith('data/figures.csv')),
        key,
      ).toEqual([]);
    }
  });
});

describe('without the source documents (the atlas in the browser)', () => {
  it('keeps every claim and figure without looking for their quotes', () => {
    const texts = validFixture();
    texts.claims = (texts.claims ?? '').replace(
      'On 8 April 2011 Iraqi forces entered the camp.',
      'On 9 April 2011 Iraqi forces entered the camp.',
    );
    const { dataset, issues } = buildDataset(texts);
    expect(issues).toEqual([]);
    expect(dataset.events.map((event) => event.claims.length)).toEqual([2, 1]);
    expect(dataset.figures).toHaveLength(1);
  });

  it('returns empty lists, not nothing, for each file that could not be read', () => {
    const { dataset } = build((texts) => {
      texts.sources = null;
      texts.sites = null;
      texts.figures = null;
    });
    expect(dataset).toMatchObject({ sources: [], sites: [], events: [], figures: [], moves: [] });
  });
});

describe('the order of the messages', () => {
  it('puts a whole-file cause first, then the files in order, then the lines', () => {
    const { messages } = build((texts) => {
      texts.figures = 'id;site;date\nx;y;z';
      texts.claims = `${texts.claims}\nno-such-event,doc,On 8 April 2011 Iraqi forces entered the camp.,The group,,,,,`;
      texts.events = `${texts.events}\n2013-late,2013-05-02,2013-05-01,camp-a,attack,Late,Late.\n2013-z,2013,,camp-z,attack,Z,Z.`;
    });
    expect(messages.map((message) => message.replace(/\): .*$/, ')'))).toEqual([
      'data/figures.csv:1: the cells are separated by semicolons (;), not commas: save the file as CSV with a comma as the field delimiter',
      'data/events.csv:4:3 (end)',
      'data/events.csv:5:4 (site)',
      'data/claims.csv:5:1 (event)',
    ]);
  });

  it('lists warnings of one file by line, whichever rule found them', () => {
    const { warnings } = build((texts) => {
      texts.events = (texts.events ?? '')
        .replace('2011-04-08-raid,2011-04-08,', '2011-04-08-raid,1979-04-08,')
        .replace('Residents move', '+Residents move');
    });
    expect(warnings.map((warning) => [warning.line, warning.column])).toEqual([
      [2, 'date'],
      [3, 'title'],
    ]);
  });

  it('lists warnings by file, then by line', () => {
    const { warnings } = build((texts) => {
      texts.claims = (texts.claims ?? '').replace(',The group,', ',=The group,');
      texts.events = (texts.events ?? '').replace('Residents move', '+Residents move');
      texts.sources = (texts.sources ?? '').replace('A statement', '-A statement');
    });
    expect(warnings.map((warning) => [warning.file, warning.line, warning.column])).toEqual([
      ['data/sources.csv', 2, 'title'],
      ['data/events.csv', 3, 'title'],
      ['data/claims.csv', 2, 'speaker'],
    ]);
  });
});

describe('formatIssue', () => {
  it('writes file, line, column number and name, as a spreadsheet counts them', () => {
    expect(
      formatIssue({ file: 'data/claims.csv', line: 7, column: 'killed', message: 'a problem' }),
    ).toBe('data/claims.csv:7:6 (killed): a problem');
  });

  it('leaves out the column number where the file has no such column, and the line when 0', () => {
    expect(
      formatIssue({ file: 'data/sites.geojson', line: 12, column: 'geometry', message: 'bad' }),
    ).toBe('data/sites.geojson:12 (geometry): bad');
    expect(formatIssue({ file: 'data/events.csv', line: 3, message: 'short row' })).toBe(
      'data/events.csv:3: short row',
    );
    expect(formatIssue({ file: 'data/events.csv', line: 0, message: 'not read' })).toBe(
      'data/events.csv: not read',
    );
  });

  it('counts the rows that depend on an unusable file, one or many', () => {
    const issue = { file: 'data/sites.geojson', line: 1, message: 'not JSON', wholeFile: true };
    expect(formatIssue({ ...issue, dependents: 1 })).toBe(
      'data/sites.geojson:1: not JSON — and 1 row in other files that depend on it',
    );
    expect(formatIssue({ ...issue, dependents: 4 })).toBe(
      'data/sites.geojson:1: not JSON — and 4 rows in other files that depend on it',
    );
  });
});
