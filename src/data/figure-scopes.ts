// Figures with the same measure and scope count one quantity, so the atlas sets them side
// by side. This rule keeps such a group coherent: one quantity sits at one site.

import { dataMessages } from '../i18n/data-messages';
import type { ValidatedRow } from './table-rows';
import type { DataIssue } from './types';

interface ScopedRow {
  readonly site: string;
  readonly measure: string;
  readonly scope: string;
}

/** The key under which figures are compared: measure and scope, case and spaces ignored. */
export function quantityKey(figure: { measure: string; scope: string }): string {
  return `${figure.measure}|${figure.scope.trim().replace(/\s+/g, ' ').toLowerCase()}`;
}

export function checkFigureScopes(
  file: string,
  rows: readonly ValidatedRow<ScopedRow>[],
): DataIssue[] {
  const first = new Map<string, ValidatedRow<ScopedRow>>();
  const issues: DataIssue[] = [];
  for (const row of rows) {
    const key = quantityKey(row.value);
    const earlier = first.get(key);
    if (!earlier) {
      first.set(key, row);
      continue;
    }
    if (earlier.value.site !== row.value.site) {
      issues.push({
        file,
        line: row.line,
        column: 'site',
        message: dataMessages.sameScope(earlier.line, earlier.value.site),
      });
    }
  }
  return issues;
}
