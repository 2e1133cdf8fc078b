import { describe, expect, it } from 'vitest';
import { buildDataset, type DataTexts } from './build-dataset';
import { FIXTURE_SOURCE_TEXTS, validFixture } from './fixtures.test-helpers';
import { formatIssue } from './format-issue';

function build(change: (texts: DataTexts) => void) {
  const texts: DataTexts = validFixture();
  change(texts);
  const result = buildDataset(texts, { sourceTexts: FIXTURE_SOURCE_TEXTS });
  return { ...result, messages: result.issues.map(formatIssue) };
}

/** The bytes Excel's plain "CSV" writes on Windows: one byte per character, Windows-1252. */
function windows1252(text: string): Uint8Array {
  const special: Record<string, number> = { '’': 0x92, '“': 0x93, '”': 0x94, '–': 0x96, é: 0xe9 };
  return Uint8Array.from([...text], (character) => {
    const code = character.charCodeAt(0);
    return code < 0x80 ? code : (special[character] ?? 0x3f);
  });
}

const utf8 = (text: string) => new TextEncoder().encode(text);

describe('a data file that is not UTF-8', () => {
  it('is refused with one message that names the encoding and says how to save it', () => {
    const { dataset, messages } = build((texts) => {
      const events = (texts.events as string).replace(
        'Residents move',
        'Residents’ move – 28–29 July',
      );
      texts.events = windows1252(events);
    });
    expect(messages).toEqual([
      expect.stringMatching(
        /^data\/events\.csv: the file is not saved as UTF-8 \(it looks like Windows-1252, which Excel’s plain “CSV” format writes; the first unreadable character is on line 3\): save it again as “CSV UTF-8”/,
      ),
    ]);
    expect(messages[0]).toMatch(/and 3 rows in other files that depend on it$/);
    expect(dataset.events).toEqual([]);
  });

  it('is read normally when the same text is saved as UTF-8, with or without a byte-order mark', () => {
    const events = (validFixture().events as string).replace('Residents move', 'Residents’ move');
    for (const bytes of [utf8(events), utf8(`\uFEFF${events}`)]) {
      const { dataset, issues } = build((texts) => {
        texts.events = bytes;
      });
      expect(issues).toEqual([]);
      expect(dataset.events[1]?.title).toBe('Residents’ move');
    }
  });

  it('is refused when text already decoded elsewhere holds the replacement character', () => {
    const { messages } = build((texts) => {
      texts.claims = (texts.claims as string).replace('The group', 'The gr\uFFFDup');
    });
    expect(messages[0]).toMatch(
      /^data\/claims\.csv: the file contains the replacement character � on line 2/,
    );
    expect(messages).toHaveLength(1);
  });

  it('names UTF-16, which Excel writes as "Unicode Text"', () => {
    const { messages } = build((texts) => {
      texts.sources = Uint8Array.from([0xff, 0xfe, 0x69, 0x00, 0x64, 0x00]);
    });
    expect(messages[0]).toMatch(/not saved as UTF-8 \(it looks like UTF-16/);
  });
});

describe('a data file that is unusable as a whole', () => {
  it('gives one cause and counts the rows that depend on it, instead of listing them', () => {
    const { messages } = build((texts) => {
      texts.events = (texts.events as string).replace('id,date,end,', 'id,when,end,');
    });
    expect(messages).toEqual([
      'data/events.csv:1: the header row lacks the column date; it must be: id,date,end,site,category,title,summary — and 3 rows in other files that depend on it',
    ]);
  });

  it('puts the cause first when other files have problems of their own', () => {
    const { messages } = build((texts) => {
      texts.sources = (texts.sources as string).replace('2012~,statement', '2012~,leaflet');
      texts.claims = (texts.claims as string).replace('source,quote', 'source,passage');
    });
    expect(messages[0]).toMatch(/^data\/claims\.csv:1: the header row lacks the column quote/);
    expect(messages[1]).toMatch(/^data\/sources\.csv:2:7 \(kind\)/);
  });

  it('says so for a header with no rows, an empty file and semicolons between cells', () => {
    const cases: [string, RegExp][] = [
      [
        'id,date,end,site,category,title,summary\n',
        /:1: the file has its header row but no data rows/,
      ],
      [' \n\n', /: the file is empty/],
      [
        'id;date;end;site;category;title;summary\nx;2011;;camp-a;attack;T;S',
        /separated by semicolons/,
      ],
    ];
    for (const [text, expected] of cases) {
      const { messages } = build((texts) => {
        texts.events = text;
      });
      expect(messages, text).toHaveLength(1);
      expect(messages[0], text).toMatch(expected);
    }
  });

  it('recognises a web page sent in place of a missing file', () => {
    const { messages } = build((texts) => {
      texts.claims = '<!doctype html>\n<html lang="en"><head><title>Atlas</title></head></html>';
    });
    expect(messages).toEqual([
      expect.stringMatching(/^data\/claims\.csv: the file is a web page \(HTML\), not data/),
    ]);
  });

  it('refuses GeoJSON that is not a FeatureCollection, without an error per event', () => {
    const { messages } = build((texts) => {
      texts.sites = JSON.stringify({ type: 'Feature', properties: {}, geometry: null });
    });
    expect(messages).toEqual([
      expect.stringMatching(
        /^data\/sites\.geojson:1: the file must be a GeoJSON FeatureCollection .* — and 6 rows in other files that depend on it$/,
      ),
    ]);
  });

  it('tells why a request failed', () => {
    const { messages } = build((texts) => {
      texts.figures = {
        failure: 'no answer within 20 seconds; check the connection and try again',
      };
    });
    expect(messages).toEqual([
      'data/figures.csv: the file could not be read: no answer within 20 seconds; check the connection and try again',
    ]);
  });
});
