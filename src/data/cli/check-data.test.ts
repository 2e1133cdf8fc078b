import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const folders: string[] = [];

/** A copy of the project's data and documents, to break on purpose. */
function copyOfDataset(): string {
  const folder = mkdtempSync(join(tmpdir(), 'atlas-check-'));
  folders.push(folder);
  cpSync('data', join(folder, 'data'), { recursive: true });
  cpSync('seeds', join(folder, 'seeds'), { recursive: true });
  return folder;
}

/** Runs `data:check` on a folder with both its streams piped into another program, as in
 * `npm run data:check 2>&1 | less` or a CI log. */
function runCheck(folder: string): Promise<{ code: number; lines: string[] }> {
  return new Promise((resolve, reject) => {
    const script = `"$0" --import tsx src/data/cli/check-data.ts "$1" 2>&1 | cat; exit "\${PIPESTATUS:-0}"`;
    const child = spawn('bash', ['-c', `set -o pipefail; ${script}`, process.execPath, folder], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => {
      output += chunk;
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? -1, lines: output.trimEnd().split('\n') }));
  });
}

/** The bytes Excel's plain "CSV" writes on Windows: one byte a character, Windows-1252. */
function windows1252(text: string): Buffer {
  const special: Record<string, number> = {
    '‘': 0x91,
    '’': 0x92,
    '“': 0x93,
    '”': 0x94,
    '–': 0x96,
    '—': 0x97,
  };
  return Buffer.from(
    [...text].map((character) => {
      const code = character.charCodeAt(0);
      return code < 0x100 ? code : (special[character] ?? 0x3f);
    }),
  );
}

afterAll(() => {
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});

describe('data:check', () => {
  it('names a file saved as Windows-1252 once, with the rows that depend on it counted', async () => {
    const folder = copyOfDataset();
    const path = join(folder, 'data/events.csv');
    writeFileSync(path, windows1252(readFileSync(path, 'utf8')));
    const { code, lines } = await runCheck(folder);
    expect(code).toBe(1);
    expect(lines[0]).toMatch(
      /^data\/events\.csv: the file is not saved as UTF-8 \(it looks like Windows-1252.*save it again as “CSV UTF-8”.* — and \d+ rows in other files that depend on it$/,
    );
    expect(lines).toHaveLength(2);
    expect(lines[1]).toMatch(/^data:check found 1 problem /);
  }, 60_000);

  it('writes every line and the summary when its output is piped and read slowly', async () => {
    const folder = copyOfDataset();
    const path = join(folder, 'data/claims.csv');
    const [header, ...rows] = readFileSync(path, 'utf8').trimEnd().split('\n');
    // Many rows naming an unknown source: far more output than a pipe holds at once.
    const broken = rows.map((row) => row.replace(/^([^,]+),([^,]+),/, '$1,no-such-source,'));
    const many = Array.from({ length: 8 }, () => broken).flat();
    writeFileSync(path, `${[header, ...many].join('\n')}\n`);
    const { code, lines } = await runCheck(folder);
    expect(code).toBe(1);
    const summary = lines.at(-1) ?? '';
    expect(summary).toMatch(/^data:check found \d+ problems/);
    expect(summary).toContain(`found ${lines.length - 1} problems`);
  }, 60_000);

  it('says that data/tours.json is missing, and counts everything that is valid', async () => {
    const folder = copyOfDataset();
    rmSync(join(folder, 'data/tours.json'));
    const { code, lines } = await runCheck(folder);
    expect(code).toBe(1);
    expect(lines[0]).toBe('data/tours.json $: the file does not exist');
    expect(lines[1]).toMatch(
      /^data:check found 1 problem \(\d+ sources, \d+ sites, \d+ events, \d+ claims, \d+ figures, \d+ moves with \d+ statements, \d+ outside-context facts, 0 tours of 0 steps are valid\)\.$/,
    );
    expect(lines).toHaveLength(2);
  }, 60_000);
});
