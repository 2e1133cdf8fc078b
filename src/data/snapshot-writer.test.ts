import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readTours } from '../tours/read-tours';
import { referencesOf } from '../tours/tour-references';
import { TOURS_FILE } from '../tours/tour-types';
import { buildDataset } from './build-dataset';
import { fingerprint, resultFromSnapshot, VISITOR_BUILD_OPTIONS } from './dataset-snapshot';
import { readDataTexts } from './read-data-files';
import { assertSurvivesJson, datasetCodeStamp, makeSnapshot } from './snapshot-writer';
import { DATA_FILES, type DataFileKey } from './types';

const projectRoot = resolve(import.meta.dirname, '../..');
const scratch = mkdtempSync(join(tmpdir(), 'snapshot-writer-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('makeSnapshot on the shipped data', () => {
  const snapshot = makeSnapshot(projectRoot, 'stamp');
  const texts = readDataTexts(projectRoot);

  it('holds, after JSON, exactly what the atlas would build from the files', () => {
    expect(snapshot).not.toBeNull();
    const served = JSON.parse(JSON.stringify(snapshot));
    expect(served.result).toStrictEqual(
      JSON.parse(JSON.stringify(buildDataset(texts, VISITOR_BUILD_OPTIONS))),
    );
    // Nothing is lost on the way: the built result is plain data JSON keeps as it is.
    expect(served.result).toEqual(buildDataset(texts, VISITOR_BUILD_OPTIONS));
    expect(served.result.dataset.events.length).toBeGreaterThan(50);
  });

  it('is accepted by the atlas for the same files, with each file fingerprinted', () => {
    const bytes = Object.fromEntries(
      (Object.keys(DATA_FILES) as DataFileKey[]).map((key) => [key, texts[key] as Uint8Array]),
    ) as Record<DataFileKey, Uint8Array>;
    expect(snapshot?.files.events).toBe(fingerprint(bytes.events));
    const served = new TextEncoder().encode(JSON.stringify(snapshot));
    expect(resultFromSnapshot(served, bytes, 'stamp')?.dataset.events.length).toBe(
      snapshot?.result.dataset.events.length,
    );
  });

  it('holds the tours as the atlas would read them against the dataset', () => {
    const bytes = readFileSync(join(projectRoot, TOURS_FILE));
    const read = readTours(
      TOURS_FILE,
      new TextDecoder('utf-8').decode(bytes),
      referencesOf(buildDataset(texts, VISITOR_BUILD_OPTIONS).dataset),
    );
    expect(read.tours.length).toBeGreaterThan(0);
    const served = JSON.parse(JSON.stringify(snapshot));
    expect(served.tours).toStrictEqual(
      JSON.parse(JSON.stringify({ file: fingerprint(bytes), result: read })),
    );
    expect(served.tours.result).toEqual(read);
  });

  it('leaves the tours out when there is no tours file', () => {
    const folder = join(scratch, 'no-tours');
    cpSync(join(projectRoot, 'data'), join(folder, 'data'), { recursive: true });
    rmSync(join(folder, TOURS_FILE));
    const made = makeSnapshot(folder, 'stamp');
    expect(made?.result.dataset.events.length).toBe(snapshot?.result.dataset.events.length);
    expect(made && 'tours' in made).toBe(false);
  });

  it('is not made when a data file is missing', () => {
    const folder = join(scratch, 'missing');
    cpSync(join(projectRoot, 'data'), join(folder, 'data'), { recursive: true });
    rmSync(join(folder, DATA_FILES.moves));
    expect(makeSnapshot(folder, 'stamp')).toBeNull();
  });
});

describe('assertSurvivesJson', () => {
  it('passes plain data and names what JSON would change', () => {
    expect(() =>
      assertSurvivesJson({ a: [1, 'x', null, { b: true }], c: undefined }),
    ).not.toThrow();
    expect(() => assertSurvivesJson({ dates: [{ endMs: Number.POSITIVE_INFINITY }] })).toThrow(
      'result.dates[0].endMs is Infinity',
    );
    expect(() => assertSurvivesJson({ ids: new Set(['a']) })).toThrow(
      'result.ids is not plain data',
    );
    expect(() => assertSurvivesJson({ list: [1, undefined] })).toThrow(
      'result.list[1] is undefined',
    );
    expect(() => assertSurvivesJson({ when: new Date(0) })).toThrow(
      'result.when is not plain data',
    );
  });
});

describe('datasetCodeStamp', () => {
  it('changes when the code that builds the dataset changes, not when a test does', () => {
    const copy = join(scratch, 'code');
    for (const folder of ['src/data', 'src/i18n', 'src/tours']) {
      cpSync(join(projectRoot, folder), join(copy, folder), { recursive: true });
    }
    const before = datasetCodeStamp(copy);
    expect(datasetCodeStamp(projectRoot)).toBe(before);
    writeFileSync(join(copy, 'src/data/build-dataset.test.ts'), '// changed test\n');
    expect(datasetCodeStamp(copy)).toBe(before);
    writeFileSync(join(copy, 'src/data/edtf.ts'), '// changed code\n', { flag: 'a' });
    const afterDataChange = datasetCodeStamp(copy);
    expect(afterDataChange).not.toBe(before);
    // The tours in the snapshot are the tour reader's output: its code counts too.
    writeFileSync(join(copy, 'src/tours/read-tours.ts'), '// changed code\n', { flag: 'a' });
    expect(datasetCodeStamp(copy)).not.toBe(afterDataChange);
  });
});
