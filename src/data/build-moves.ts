// Builds the moves (data/moves.csv) and what each document says about them
// (data/move-claims.csv): every place, event and source must exist, a move's end must not
// come before its start, and every quote, above all one that gives a count, must be found
// word for word in its document. A bad row is skipped with one issue; the rest is kept.
import { dataMessages } from '../i18n/data-messages';
import { MOVE_CLAIM_COLUMNS, MOVE_COLUMNS } from './columns';
import { compareIds } from './compare-ids';
import { edtfEndMs, edtfStartMs, endsBefore } from './edtf';
import { moveClaimRowSchema, moveRowSchema } from './move-schemas';
import { keepUniqueIds, validateCsv } from './table-rows';
import type { DataIssue, Move, MoveClaim } from './types';
import { DATA_FILES } from './types';

interface MoveReferences {
  readonly siteIds: ReadonlySet<string>;
  readonly eventIds: ReadonlySet<string>;
  /** Events skipped for a problem of their own (already reported): moves keep the rest. */
  readonly rejectedEventIds: ReadonlySet<string>;
  readonly sourceIds: ReadonlySet<string>;
  /** A referenced file is unusable as a whole: its own message says so, rows are dropped quietly. */
  readonly unusable: (file: string) => boolean;
  /** Reports a quote not found in its document (and returns false). */
  readonly checkQuote: (file: string, line: number, sourceId: string, quote: string) => boolean;
}

interface MovesResult {
  readonly moves: Move[];
  readonly issues: DataIssue[];
  readonly warnings: DataIssue[];
}

const MOVES = DATA_FILES.moves;
const CLAIMS = DATA_FILES.moveClaims;

export function buildMoves(
  movesText: string | null,
  claimsText: string | null,
  references: MoveReferences,
): MovesResult {
  const issues: DataIssue[] = [];
  const warnings: DataIssue[] = [];
  // A file with only its header row is a dataset without moves, which is allowed.
  if (movesText === null || movesText.trim().split(/\r?\n/).length < 2)
    return { moves: [], issues, warnings };
  const rowsResult = validateCsv(MOVES, movesText, MOVE_COLUMNS, moveRowSchema);
  issues.push(...rowsResult.issues);
  warnings.push(...rowsResult.warnings);
  const rejected = new Set(rowsResult.rejectedIds);
  const quietSites = references.unusable(DATA_FILES.sites);
  // Events also fall with their claims' file, their sites' or their sources'.
  const quietEvents =
    references.unusable(DATA_FILES.events) ||
    references.unusable(DATA_FILES.claims) ||
    quietSites ||
    references.unusable(DATA_FILES.sources);
  const quietSources = references.unusable(DATA_FILES.sources);

  const rows = keepUniqueIds(MOVES, rowsResult.rows, issues).filter(({ line, value }) => {
    const drop = () => {
      rejected.add(value.id);
      return false;
    };
    const problem = (column: string, message: string) => {
      issues.push({ file: MOVES, line, column, message });
      return drop();
    };
    for (const column of ['origin', 'destination'] as const) {
      if (references.siteIds.has(value[column])) continue;
      if (quietSites) return drop();
      return problem(column, dataMessages.noSuchSite(value[column]));
    }
    if (value.origin === value.destination) return problem('destination', dataMessages.moveInPlace);
    const unknownEvent = value.events.find(
      (id) => !references.eventIds.has(id) && !references.rejectedEventIds.has(id),
    );
    if (unknownEvent !== undefined) {
      if (quietEvents) return drop();
      return problem('events', dataMessages.noSuchEvent(unknownEvent));
    }
    if (value.end && endsBefore(value.end, value.date))
      return problem('end', dataMessages.endBeforeDate(value.end.text, value.date.text));
    return true;
  });

  const claimsByMove = new Map<string, MoveClaim[]>();
  // Without readable statements no move can be shown; the file's own message says why.
  let claimsUnusable = claimsText === null;
  if (claimsText !== null && claimsText.trim().split(/\r?\n/).length >= 2) {
    const claimRows = validateCsv(CLAIMS, claimsText, MOVE_CLAIM_COLUMNS, moveClaimRowSchema);
    claimsUnusable = claimRows.issues.some((issue) => issue.wholeFile);
    issues.push(...claimRows.issues);
    warnings.push(...claimRows.warnings);
    const moveIds = new Set(rows.map((row) => row.value.id));
    for (const { line, value } of claimRows.rows) {
      if (rejected.has(value.move)) continue;
      if (!moveIds.has(value.move)) {
        issues.push({
          file: CLAIMS,
          line,
          column: 'move',
          message: dataMessages.noSuchMove(value.move),
        });
        continue;
      }
      if (!references.sourceIds.has(value.source)) {
        if (!quietSources)
          issues.push({
            file: CLAIMS,
            line,
            column: 'source',
            message: dataMessages.noSuchSource(value.source),
          });
        continue;
      }
      if (!references.checkQuote(CLAIMS, line, value.source, value.quote)) continue;
      const list = claimsByMove.get(value.move) ?? [];
      list.push({
        id: `${value.move}#${list.length + 1}`,
        moveId: value.move,
        sourceId: value.source,
        quote: value.quote,
        speaker: value.speaker,
        ...(value.date ? { date: value.date } : {}),
        ...(value.count !== undefined ? { count: value.count } : {}),
        ...(value.qualifier ? { qualifier: value.qualifier } : {}),
        scope: value.scope,
        note: value.note,
      });
      claimsByMove.set(value.move, list);
    }
  }

  const moves = rows.flatMap(({ line, value }): Move[] => {
    const claims = claimsByMove.get(value.id) ?? [];
    if (claims.length === 0) {
      if (claimsUnusable || quietSources) return [];
      issues.push({
        file: MOVES,
        line,
        column: 'id',
        message: dataMessages.moveWithoutClaim(value.id),
      });
      return [];
    }
    return [
      {
        id: value.id,
        originId: value.origin,
        destinationId: value.destination,
        destinationLevel: value.destination_level,
        date: value.date,
        ...(value.end ? { end: value.end } : {}),
        startMs: edtfStartMs(value.date),
        endMs: edtfEndMs(value.end ?? value.date),
        eventIds: value.events.filter((id) => references.eventIds.has(id)),
        title: value.title,
        note: value.note,
        claims,
      },
    ];
  });
  moves.sort((a, b) => a.startMs - b.startMs || compareIds(a.id, b.id));
  return { moves, issues, warnings };
}
