import { describe, expect, it } from 'vitest';
import { readSites } from './sites-geojson';

const FILE = 'data/sites.geojson';

const properties = (id: unknown, changes: Record<string, unknown> = {}) => ({
  id,
  name: 'Camp Ashraf',
  aliases: ['Ashraf'],
  kind: 'camp',
  country: 'IQ',
  period: '1986/2012',
  summary: 'The residents’ camp north of Baghdad.',
  coord_accuracy_m: 500,
  coord_source: 'A gazetteer',
  ...changes,
});

const point = (longitude: number, latitude: number) => ({
  type: 'Point',
  coordinates: [longitude, latitude],
});

/** A FeatureCollection written as an editor's tool writes it: two spaces, one key a line. */
function collection(...features: unknown[]): string {
  return JSON.stringify({ type: 'FeatureCollection', features }, null, 2);
}

/** The 1-based line on which `needle` first appears in `text`. */
function lineOf(text: string, needle: string): number {
  return text.slice(0, text.indexOf(needle)).split('\n').length;
}

describe('readSites on a good file', () => {
  it('reads each property into the site, with longitude and latitude from the point', () => {
    const text = collection({
      type: 'Feature',
      geometry: point(44.5, 33.9),
      properties: properties('ashraf'),
    });
    const { sites, issues, rejectedIds } = readSites(FILE, text);
    expect(issues).toEqual([]);
    expect(rejectedIds.size).toBe(0);
    expect(sites).toHaveLength(1);
    expect(sites[0]?.line).toBe(lineOf(text, '"id": "ashraf"'));
    expect(sites[0]?.value).toMatchObject({
      id: 'ashraf',
      name: 'Camp Ashraf',
      aliases: ['Ashraf'],
      kind: 'camp',
      country: 'IQ',
      summary: 'The residents’ camp north of Baghdad.',
      longitude: 44.5,
      latitude: 33.9,
      coordAccuracyM: 500,
      coordSource: 'A gazetteer',
    });
    expect(sites[0]?.value.period.start.text).toBe('1986');
  });
});

describe('readSites points the editor to the feature that is wrong', () => {
  it('names the line of the bad feature’s id, its column, and skips only that site', () => {
    const text = collection(
      { type: 'Feature', geometry: point(44.5, 33.9), properties: properties('ashraf') },
      {
        type: 'Feature',
        geometry: point(44.3, 33.3),
        properties: properties('liberty', { country: 'Iraq' }),
      },
    );
    const { sites, issues, rejectedIds } = readSites(FILE, text);
    expect(sites.map((site) => site.value.id)).toEqual(['ashraf']);
    expect(issues).toEqual([
      {
        file: FILE,
        line: lineOf(text, '"id": "liberty"'),
        column: 'country',
        message: 'country must be a two-letter ISO 3166-1 code such as IQ',
      },
    ]);
    expect([...rejectedIds]).toEqual(['liberty']);
  });

  it('finds the id written literally, even when it holds characters special in patterns', () => {
    // "camp.1" as a pattern would also match "camp-1", written two features earlier.
    const text = collection(
      { type: 'Feature', geometry: point(44.5, 33.9), properties: properties('camp-1') },
      { type: 'Feature', geometry: point(44.3, 33.3), properties: properties('camp-2') },
      { type: 'Feature', geometry: point(44.3, 33.3), properties: properties('camp.1') },
    );
    const { issues, rejectedIds } = readSites(FILE, text);
    expect(issues.map((issue) => [issue.line, issue.column])).toEqual([
      [lineOf(text, '"id": "camp.1"'), 'id'],
    ]);
    expect([...rejectedIds]).toEqual(['camp.1']);
  });

  it('falls back to the line where the feature begins when it has no id', () => {
    const text = collection(
      { type: 'Feature', geometry: point(44.5, 33.9), properties: properties('ashraf') },
      { type: 'Feature', geometry: point(44.3, 33.3), properties: properties(undefined) },
    );
    const { issues, rejectedIds } = readSites(FILE, text);
    const secondFeature = text.indexOf('"type": "Feature"', text.indexOf('"id": "ashraf"'));
    expect(issues).toHaveLength(1);
    expect(issues[0]?.line).toBe(text.slice(0, secondFeature).split('\n').length);
    expect(issues[0]?.column).toBe('id');
    expect(rejectedIds.size).toBe(0);
  });

  it('finds a feature written compactly or with spaces around the colon', () => {
    const text = [
      '{"type":"FeatureCollection","features":[',
      '{"type":"Feature","geometry":{"type":"Point","coordinates":[44.5,33.9]},"properties":{"id":"ashraf","name":"Camp Ashraf","aliases":[],"kind":"camp","country":"IQ","period":"1986/2012","summary":"A camp.","coord_accuracy_m":500,"coord_source":"A gazetteer"}},',
      '{"type"  :  "Feature","geometry":null,"properties":{}},',
      '{"type":"Feature","geometry":null,"properties":{}}',
      ']}',
    ].join('\n');
    const { issues } = readSites(FILE, text);
    expect([...new Set(issues.map((issue) => issue.line))]).toEqual([3, 4]);
  });

  it('falls back to the feature’s line when its id is written with an escape', () => {
    const text = collection(
      { type: 'Feature', geometry: point(44.5, 33.9), properties: properties('ashraf') },
      { type: 'Feature', geometry: point(44.3, 33.3), properties: properties('Camp É') },
    ).replace('"Camp É"', '"Camp \\u00c9"');
    const { issues } = readSites(FILE, text);
    const secondFeature = text.indexOf('"type": "Feature"', text.indexOf('"id": "ashraf"'));
    expect(issues.map((issue) => [issue.line, issue.column])).toEqual([
      [text.slice(0, secondFeature).split('\n').length, 'id'],
    ]);
  });

  it('says line 1 when neither the id nor the feature can be found in the text', () => {
    const text = '{"type":"FeatureCollection",\n"features":[\n{"geometry":null}]}';
    const { issues } = readSites(FILE, text);
    expect(issues.length).toBeGreaterThan(0);
    expect(issues.every((issue) => issue.line === 1)).toBe(true);
  });

  it('reports a bad point under the geometry column, and a missing point too', () => {
    const text = collection(
      { type: 'Feature', geometry: point(244.5, 33.9), properties: properties('far') },
      { type: 'Feature', properties: properties('nowhere') },
      null,
    );
    const { sites, issues, rejectedIds } = readSites(FILE, text);
    const far = lineOf(text, '"id": "far"');
    const nowhere = lineOf(text, '"id": "nowhere"');
    expect(sites).toEqual([]);
    // The missing point lacks both its type and its coordinates; null lacks everything.
    expect(
      issues.filter((issue) => issue.column === 'geometry').map((issue) => issue.line),
    ).toEqual([far, nowhere, nowhere, 1, 1]);
    expect(issues.find((issue) => issue.line === far)?.message).toMatch(
      /coordinates are out of range/,
    );
    expect([...rejectedIds].sort()).toEqual(['far', 'nowhere']);
  });
});

describe('readSites on a file that cannot be used at all', () => {
  it('names the line of the first character that breaks the JSON', () => {
    const text =
      '{\n  "type": "FeatureCollection",\n  "features": [\n    {"type": "Feature",},\n  ]\n}';
    const { sites, issues } = readSites(FILE, text);
    expect(sites).toEqual([]);
    expect(issues).toEqual([
      {
        file: FILE,
        line: 4,
        message: expect.stringMatching(
          /^the file is not valid JSON \(.+\); no site could be read$/,
        ),
        wholeFile: true,
      },
    ]);
  });

  it('names the last line when the file is cut short', () => {
    const text = '{\n  "type": "FeatureCollection",\n  "features": [\n    {"type": "Feat';
    expect(readSites(FILE, text).issues[0]?.line).toBe(4);
  });

  it('names the last line with text when a file cut short ends with a line break', () => {
    const text = '{\n  "type": "FeatureCollection",\n  "features": [\n';
    expect(readSites(FILE, text).issues[0]?.line).toBe(3);
  });

  it('names line 1 when the very first character is wrong', () => {
    expect(readSites(FILE, 'x\n{}').issues[0]?.line).toBe(1);
  });

  it('refuses anything but a FeatureCollection with at least one feature, in one message', () => {
    const texts = [
      'null',
      '[]',
      JSON.stringify({ type: 'Feature', features: [{}] }),
      JSON.stringify({ type: 'FeatureCollection' }),
      JSON.stringify({ type: 'FeatureCollection', features: {} }),
      JSON.stringify({ type: 'FeatureCollection', features: [] }),
    ];
    for (const text of texts) {
      expect(readSites(FILE, text), text).toEqual({
        sites: [],
        rejectedIds: new Set(),
        issues: [
          {
            file: FILE,
            line: 1,
            message:
              'the file must be a GeoJSON FeatureCollection with a non-empty "features" list',
            wholeFile: true,
          },
        ],
      });
    }
  });
});
