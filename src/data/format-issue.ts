// One data problem as one line, the way an editor finds it: file, line and column number.
import { dataMessages } from '../i18n/data-messages';
import { COLUMNS_BY_FILE } from './columns';
import type { DataIssue } from './types';

/** "data/events.csv:12:4 (site): the site ..." — line, then column number where known. */
export function formatIssue(issue: DataIssue): string {
  const more = issue.dependents ? dataMessages.dependents(issue.dependents) : '';
  if (issue.line <= 0) return `${issue.file}: ${issue.message}${more}`;
  const columnNumber = issue.column
    ? (COLUMNS_BY_FILE[issue.file]?.indexOf(issue.column) ?? -1) + 1
    : 0;
  const where = `${issue.file}:${issue.line}${columnNumber > 0 ? `:${columnNumber}` : ''}`;
  return `${where}${issue.column ? ` (${issue.column})` : ''}: ${issue.message}${more}`;
}
