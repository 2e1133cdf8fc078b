// Reads the data files and source documents of a project folder from disk (Node only).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DataTexts } from './build-dataset';
import { parseCsv } from './csv';
import { DATA_FILES } from './types';

function readOrNull(path: string): string | null {
  return existsSync(path) ? readFileSync(path, 'utf8') : null;
}

export function readDataTexts(root: string): DataTexts {
  return {
    sources: readOrNull(join(root, DATA_FILES.sources)),
    sites: readOrNull(join(root, DATA_FILES.sites)),
    events: readOrNull(join(root, DATA_FILES.events)),
    claims: readOrNull(join(root, DATA_FILES.claims)),
    figures: readOrNull(join(root, DATA_FILES.figures)),
  };
}

/** Every document named in sources.csv that exists, keyed by its `file` path. */
export function readSourceTexts(root: string, sourcesCsv: string | null): Map<string, string> {
  const texts = new Map<string, string>();
  if (sourcesCsv === null) return texts;
  for (const row of parseCsv(sourcesCsv).rows) {
    const file = row.cells.file?.trim() ?? '';
    if (!/^seeds\/[^/\\]+\.txt$/.test(file)) continue;
    const text = readOrNull(join(root, file));
    if (text !== null) texts.set(file, text);
  }
  return texts;
}
