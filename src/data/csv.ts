// Reads CSV text (RFC 4180) into rows that remember the line they start on, so every
// message can point a spreadsheet editor to file:line:column.
import Papa from 'papaparse';
import { dataMessages } from '../i18n/data-messages';

interface CsvRow {
  /** 1-based line on which the row starts in the file. */
  readonly line: number;
  /** Cells keyed by header name; a missing cell is ''. */
  readonly cells: Readonly<Record<string, string>>;
  /** Number of cells the row actually had. */
  readonly width: number;
}

interface CsvTable {
  readonly header: readonly string[];
  readonly rows: readonly CsvRow[];
  /** Problems with the file's shape: a line number and a sentence each. */
  readonly problems: readonly { line: number; message: string }[];
}

function countNewlines(text: string, from: number, to: number): number {
  let count = 0;
  for (let index = from; index < to; index += 1) if (text.charCodeAt(index) === 10) count += 1;
  return count;
}

/** Parses CSV text; never throws. Blank lines are skipped. */
export function parseCsv(rawText: string): CsvTable {
  // One line ending throughout: files edited by several tools mix \r\n and \n.
  const unmarked = rawText.replace(/^\uFEFF/, '');
  // (Most files have none; skipping the scan saves a pass over megabytes of text.)
  const text = unmarked.includes('\r') ? unmarked.replace(/\r\n?/g, '\n') : unmarked;
  const records: { cells: string[]; line: number }[] = [];
  const problems: { line: number; message: string }[] = [];
  let rowStart = 0;
  let line = 1;
  Papa.parse<string[]>(text, {
    delimiter: ',',
    newline: '\n',
    // Papa Parse hands over every line, blank ones too, and its cursor stands after the
    // row's line break: so a row starts where the previous one ended, on line `line`.
    step: (result) => {
      const cursor = result.meta.cursor;
      const cells = result.data;
      const blank = cells.length === 1 && cells[0]?.trim() === '';
      for (const error of result.errors) {
        if (error.code === 'UndetectableDelimiter') continue;
        problems.push({ line, message: describePapaError(error.code, error.message) });
      }
      if (!blank) records.push({ cells, line });
      line += countNewlines(text, rowStart, cursor);
      rowStart = cursor;
    },
  });
  const [headerRecord, ...bodyRecords] = records;
  if (!headerRecord)
    return {
      header: [],
      rows: [],
      problems: [{ line: 1, message: dataMessages.csvEmpty }],
    };
  const header = headerRecord.cells.map((name) => name.trim());
  const rows = bodyRecords.map(({ cells, line: rowLine }) => {
    const keyed: Record<string, string> = {};
    header.forEach((name, index) => {
      keyed[name] = cells[index] ?? '';
    });
    return { line: rowLine, cells: keyed, width: cells.length };
  });
  return { header, rows, problems };
}

function describePapaError(code: string, fallback: string): string {
  if (code === 'MissingQuotes') return dataMessages.csvUnclosedQuote;
  if (code === 'InvalidQuotes') return dataMessages.csvStrayQuote;
  return fallback;
}
