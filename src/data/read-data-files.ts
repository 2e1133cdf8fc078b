// Reads the data files and source documents of a project folder from disk (Node only).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DataTexts } from './build-dataset';
import { parseCsv } from './csv';
import { type DataFileContent, readableText } from './file-content';
import { DATA_FILES } from './types';

function readOrNull(path: string): string | null {
  return existsSync(path) ? readFileSync(path, 'utf8') : null;
}

/** The file's bytes, so that the checker can tell a file that is not UTF-8. */
function bytesOrNull(path: string): Uint8Array | null {
  return existsSync(path) ? readFileSync(path) : null;
}

export function readDataTexts(root: string): DataTexts {
  return {
    sources: bytesOrNull(join(root, DATA_FILES.sources)),
    sites: bytesOrNull(join(root, DATA_FILES.sites)),
    events: bytesOrNull(join(root, DATA_FILES.events)),
    claims: bytesOrNull(join(root, DATA_FILES.claims)),
    figures: bytesOrNull(join(root, DATA_FILES.figures)),
    moves: bytesOrNull(join(root, DATA_FILES.moves)),
    moveClaims: bytesOrNull(join(root, DATA_FILES.moveClaims)),
  };
}

/** Every document named in sources.csv that exists, keyed by its `file` path. */
export function readSourceTexts(root: string, sourcesCsv: DataFileContent): Map<string, string> {
  const texts = new Map<string, string>();
  const readable = readableText(sourcesCsv);
  if (!readable.ok) return texts;
  for (const row of parseCsv(readable.text).rows) {
    const file = row.cells.file?.trim() ?? '';
    if (!/^seeds\/[^/\\]+\.txt$/.test(file)) continue;
    const text = readOrNull(join(root, file));
    if (text !== null) texts.set(file, text);
  }
  return texts;
}
