// Turns a parsed CSV table into validated records, one DataIssue per problem; a bad row is
// skipped and every good row is kept.
import type { z } from 'zod';
import { dataMessages } from '../i18n/data-messages';
import { parseCsv } from './csv';
import { formulaCellWarning } from './formula-cells';
import type { DataIssue } from './types';

export interface ValidatedRow<T> {
  readonly line: number;
  readonly value: T;
}

export function validateCsv<T>(
  file: string,
  text: string,
  columns: readonly string[],
  schema: z.ZodType<T>,
  /** `warnings: false` skips the editor's warnings (the atlas in the browser shows none). */
  options: { readonly warnings?: boolean } = {},
): {
  rows: ValidatedRow<T>[];
  issues: DataIssue[];
  warnings: DataIssue[];
  rejectedIds: Set<string>;
} {
  const table = parseCsv(text);
  const wholeFile = wholeFileProblem(table.header, table.rows.length, columns);
  // A file unusable as a whole gets one message; its row problems would only bury it.
  if (wholeFile)
    return {
      rows: [],
      issues: [{ file, line: 1, message: wholeFile, wholeFile: true }],
      warnings: [],
      rejectedIds: new Set(),
    };
  const issues: DataIssue[] = table.problems.map((problem) => ({
    file,
    line: problem.line,
    message: problem.message,
  }));
  const warnings: DataIssue[] = [];
  for (const row of options.warnings === false ? [] : table.rows) {
    for (const [column, value] of Object.entries(row.cells)) {
      const warning = formulaCellWarning(value);
      if (warning) warnings.push({ file, line: row.line, column, message: warning });
    }
  }
  const rows: ValidatedRow<T>[] = [];
  // Ids of rows skipped here, so that rows referring to them are not reported a second time.
  const rejectedIds = new Set<string>();
  for (const row of table.rows) {
    if (row.width !== table.header.length) {
      issues.push({
        file,
        line: row.line,
        message: dataMessages.rowWidth(row.width, table.header.length),
      });
      rejectedIds.add(row.cells.id?.trim() ?? '');
      continue;
    }
    const result = schema.safeParse(row.cells);
    if (result.success) {
      rows.push({ line: row.line, value: result.data });
      continue;
    }
    rejectedIds.add(row.cells.id?.trim() ?? '');
    for (const issue of result.error.issues) {
      const column = typeof issue.path[0] === 'string' ? issue.path[0] : undefined;
      issues.push({ file, line: row.line, ...(column ? { column } : {}), message: issue.message });
    }
  }
  return { rows, issues, warnings, rejectedIds };
}

/** Why the header makes the whole file unusable, or null when it can be read row by row. */
function wholeFileProblem(
  header: readonly string[],
  rowCount: number,
  columns: readonly string[],
): string | null {
  const expected = dataMessages.expectedColumns(columns);
  if (header.length === 0) return dataMessages.noHeader(expected);
  const [only] = header;
  if (header.length === 1 && only !== undefined && /[;\t]/.test(only)) {
    const separator = only.includes(';')
      ? dataMessages.separatorSemicolons
      : dataMessages.separatorTabs;
    return dataMessages.wrongSeparator(separator);
  }
  const missing = columns.filter((column) => !header.includes(column));
  if (missing.length > 0) return dataMessages.missingColumns(missing, expected);
  if (rowCount === 0) return dataMessages.noRows;
  return null;
}

/** Keeps the first row of each id and reports the later ones. */
export function keepUniqueIds<T extends { id: string }>(
  file: string,
  rows: readonly ValidatedRow<T>[],
  issues: DataIssue[],
): ValidatedRow<T>[] {
  const firstLine = new Map<string, number>();
  return rows.filter((row) => {
    const seen = firstLine.get(row.value.id);
    if (seen !== undefined) {
      issues.push({
        file,
        line: row.line,
        column: 'id',
        message: dataMessages.duplicateId(row.value.id, seen),
      });
      return false;
    }
    firstLine.set(row.value.id, row.line);
    return true;
  });
}
