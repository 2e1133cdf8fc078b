// Outside context: facts from public references beyond the five documents (listings,
// reports, other governments' accounts), each with its own cited source. Read from
// data/context.csv, validated like the rest of the data, and kept apart from the claims.
import { z } from 'zod';
import {
  edtfCell as edtf,
  idCell,
  optionalEdtfCell as optionalEdtf,
  textCell as text,
} from '../data/cell-schemas';
import { compareIds } from '../data/compare-ids';
import { type EdtfDate, edtfEndMs, edtfStartMs } from '../data/edtf';
import { keepUniqueIds, validateCsv } from '../data/table-rows';
import type { DataIssue } from '../data/types';
import { dataMessages } from '../i18n/data-messages';

export const CONTEXT_FILE = 'data/context.csv';

export interface ContextFact {
  readonly id: string;
  readonly date: EdtfDate;
  /** A short label for the timeline, in the same neutral voice. */
  readonly title: string;
  readonly statement: string;
  readonly sourceTitle: string;
  readonly publisher: string;
  /** When the reference itself was published, if known. */
  readonly published?: EdtfDate;
  readonly url: string;
  /** The day the reference was looked up. */
  readonly accessed: EdtfDate;
  readonly startMs: number;
  readonly endMs: number;
}

const CONTEXT_COLUMNS = [
  'id',
  'date',
  'title',
  'statement',
  'source_title',
  'publisher',
  'published',
  'url',
  'accessed',
] as const;

const contextRowSchema = z.object({
  id: idCell('id'),
  date: edtf('date'),
  title: text('title').max(80, dataMessages.contextTitleTooLong),
  statement: text('statement')
    .min(40, dataMessages.statementTooShort)
    .max(600, dataMessages.statementTooLong),
  source_title: text('source_title'),
  publisher: text('publisher'),
  published: optionalEdtf('published'),
  url: text('url').regex(/^https?:\/\/[^\s/]+\.[^\s/]+\/?\S*$/, dataMessages.referenceUrl),
  accessed: edtf('accessed').refine((date) => date.precision === 'day', {
    message: dataMessages.accessedDay,
  }),
});

/** Validates data/context.csv; a bad row is reported and skipped, the rest kept. */
export function buildContext(csvText: string | null): {
  facts: ContextFact[];
  issues: DataIssue[];
} {
  if (csvText === null) {
    return {
      facts: [],
      issues: [{ file: CONTEXT_FILE, line: 0, message: dataMessages.contextNotRead }],
    };
  }
  const result = validateCsv(CONTEXT_FILE, csvText, CONTEXT_COLUMNS, contextRowSchema);
  const issues = [...result.issues];
  const facts = keepUniqueIds(CONTEXT_FILE, result.rows, issues).map(({ value }) => ({
    id: value.id,
    date: value.date,
    title: value.title,
    statement: value.statement,
    sourceTitle: value.source_title,
    publisher: value.publisher,
    ...(value.published ? { published: value.published } : {}),
    url: value.url,
    accessed: value.accessed,
    startMs: edtfStartMs(value.date),
    endMs: edtfEndMs(value.date),
  }));
  facts.sort((a, b) => a.startMs - b.startMs || compareIds(a.id, b.id));
  return { facts, issues };
}
