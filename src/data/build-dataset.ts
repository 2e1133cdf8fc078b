// Builds the trusted Dataset from the raw text of the data files: validates every row,
// resolves every reference, and (when the source texts are given) finds every quote.
// Shared by the app's loader and the `data:check` command. Never throws.

import { dataMessages } from '../i18n/data-messages';
import { buildMoves } from './build-moves';
import { CLAIM_COLUMNS, EVENT_COLUMNS, FIGURE_COLUMNS, SOURCE_COLUMNS } from './columns';
import { compareIds } from './compare-ids';
import { edtfEndMs, edtfStartMs, endsBefore } from './edtf';
import { checkFigureScopes } from './figure-scopes';
import { type DataFileContent, readableText } from './file-content';
import { FileDependents } from './file-dependents';
import { yearOutsidePeriod } from './period';
import { coarserDateThan } from './quote-dates';
import { createQuoteFinder, type TextSpan } from './quote-match';
import { claimRowSchema, eventRowSchema, figureRowSchema, sourceRowSchema } from './schemas';
import { readSites } from './sites-geojson';
import { keepUniqueIds, validateCsv } from './table-rows';
import type { AtlasEvent, Claim, DataFileKey, DataIssue, Dataset, Figure, Source } from './types';
import { DATA_FILES } from './types';

/** What was read for each data file: text or bytes, null where it could not be read. */
export type DataTexts = Record<DataFileKey, DataFileContent>;

interface BuildOptions {
  /** Source documents by their `file` path; when given, every quote must be found in them. */
  readonly sourceTexts?: ReadonlyMap<string, string>;
  /**
   * Whether to look for what an editor should check (`warnings`); on by default, as
   * `npm run data:check` wants them. The atlas in the browser shows none, so it skips the
   * work: a tenth of its load time on a large dataset.
   */
  readonly editorialWarnings?: boolean;
}

export interface BuildResult {
  readonly dataset: Dataset;
  readonly issues: readonly DataIssue[];
  /** Things an editor should look at that do not stop a row from being used. */
  readonly warnings: readonly DataIssue[];
}

export function buildDataset(contents: DataTexts, options: BuildOptions = {}): BuildResult {
  const issues: DataIssue[] = [];
  const warnings: DataIssue[] = [];
  const editorial = options.editorialWarnings !== false;
  const rowOptions = { warnings: editorial };
  const report = (found: readonly DataIssue[], warned: readonly DataIssue[] = []) => {
    issues.push(...found);
    warnings.push(...warned);
  };
  // Each file's text, or null after its one whole-file message (unreadable, not UTF-8, ...).
  const texts = Object.fromEntries(
    (Object.keys(DATA_FILES) as DataFileKey[]).map((key) => {
      const result = readableText(contents[key]);
      if (result.ok) return [key, result.text];
      issues.push({ file: DATA_FILES[key], line: 0, message: result.problem, wholeFile: true });
      return [key, null];
    }),
  ) as Record<DataFileKey, string | null>;
  // Rows skipped only because a file they refer to is unusable: counted, not listed.
  const dependents = new FileDependents(issues);

  // Sources
  let sources: Source[] = [];
  if (texts.sources !== null) {
    const result = validateCsv(
      DATA_FILES.sources,
      texts.sources,
      SOURCE_COLUMNS,
      sourceRowSchema,
      rowOptions,
    );
    report(result.issues, result.warnings);
    sources = keepUniqueIds(DATA_FILES.sources, result.rows, issues).flatMap(({ line, value }) => {
      const sourceText = options.sourceTexts?.get(value.file);
      if (options.sourceTexts && sourceText === undefined) {
        issues.push({
          file: DATA_FILES.sources,
          line,
          column: 'file',
          message: dataMessages.noSuchDocument(value.file),
        });
      }
      return [value];
    });
  }
  const sourceById = new Map(sources.map((source) => [source.id, source]));

  // Sites
  let siteIds = new Set<string>();
  // Ids of rows already reported as broken: rows that point to them are dropped quietly.
  let rejectedSiteIds = new Set<string>();
  let rejectedEventIds = new Set<string>();
  const sites = (() => {
    if (texts.sites === null) return [];
    const result = readSites(DATA_FILES.sites, texts.sites);
    report(result.issues);
    rejectedSiteIds = result.rejectedIds;
    const unique = keepUniqueIds(DATA_FILES.sites, result.sites, issues).map((row) => row.value);
    siteIds = new Set(unique.map((site) => site.id));
    return unique;
  })();

  // One finder per document: each collapses its document's white space once, not per quote.
  const finders = new Map<string, (quote: string) => TextSpan | null>();
  const checkQuote = (file: string, line: number, sourceId: string, quote: string): boolean => {
    const source = sourceById.get(sourceId);
    if (!source || !options.sourceTexts) return true;
    const document = options.sourceTexts.get(source.file);
    if (document === undefined) return true;
    let finder = finders.get(source.file);
    if (!finder) {
      finder = createQuoteFinder(document);
      finders.set(source.file, finder);
    }
    if (finder(quote)) return true;
    issues.push({
      file,
      line,
      column: 'quote',
      message: dataMessages.quoteNotFound(source.file, sourceId),
    });
    return false;
  };

  // Claims, grouped by event
  const claimsByEvent = new Map<string, Claim[]>();
  const claimRows = (() => {
    if (texts.claims === null) return [];
    const result = validateCsv(
      DATA_FILES.claims,
      texts.claims,
      CLAIM_COLUMNS,
      claimRowSchema,
      rowOptions,
    );
    report(result.issues, result.warnings);
    return result.rows;
  })();

  // Events
  const eventRows = (() => {
    if (texts.events === null) return [];
    const result = validateCsv(
      DATA_FILES.events,
      texts.events,
      EVENT_COLUMNS,
      eventRowSchema,
      rowOptions,
    );
    report(result.issues, result.warnings);
    for (const { line, value } of editorial ? result.rows : []) {
      for (const [column, date] of [
        ['date', value.date],
        ['end', value.end],
      ] as const) {
        const warning = date && yearOutsidePeriod(column, date.text, date.year);
        if (warning) warnings.push({ file: DATA_FILES.events, line, column, message: warning });
      }
    }
    rejectedEventIds = result.rejectedIds;
    return keepUniqueIds(DATA_FILES.events, result.rows, issues).filter(({ line, value }) => {
      if (rejectedSiteIds.has(value.site)) {
        rejectedEventIds.add(value.id);
        return false;
      }
      if (!siteIds.has(value.site)) {
        rejectedEventIds.add(value.id);
        if (dependents.skip(DATA_FILES.sites, value.id)) return false;
        issues.push({
          file: DATA_FILES.events,
          line,
          column: 'site',
          message: dataMessages.noSuchSite(value.site),
        });
        return false;
      }
      if (value.end && endsBefore(value.end, value.date)) {
        rejectedEventIds.add(value.id);
        issues.push({
          file: DATA_FILES.events,
          line,
          column: 'end',
          message: dataMessages.endBeforeDate(value.end.text, value.date.text),
        });
        return false;
      }
      return true;
    });
  })();
  const eventIds = new Set(eventRows.map((row) => row.value.id));
  const eventDates = new Map(eventRows.map((row) => [row.value.id, row.value.date]));

  for (const { line, value } of claimRows) {
    if (rejectedEventIds.has(value.event)) {
      dependents.skipWith(value.event);
      continue;
    }
    if (!eventIds.has(value.event)) {
      if (dependents.skip(DATA_FILES.events)) continue;
      issues.push({
        file: DATA_FILES.claims,
        line,
        column: 'event',
        message: dataMessages.noSuchEvent(value.event),
      });
      continue;
    }
    if (!sourceById.has(value.source)) {
      if (dependents.skip(DATA_FILES.sources)) continue;
      issues.push({
        file: DATA_FILES.claims,
        line,
        column: 'source',
        message: dataMessages.noSuchSource(value.source),
      });
      continue;
    }
    if (!checkQuote(DATA_FILES.claims, line, value.source, value.quote)) continue;
    const eventDate = eventDates.get(value.event);
    const coarser =
      !editorial || value.date || !eventDate ? null : coarserDateThan(value.quote, eventDate);
    if (coarser) warnings.push({ file: DATA_FILES.claims, line, column: 'date', message: coarser });
    const list = claimsByEvent.get(value.event) ?? [];
    list.push({
      id: `${value.event}#${list.length + 1}`,
      eventId: value.event,
      sourceId: value.source,
      quote: value.quote,
      speaker: value.speaker,
      ...(value.date ? { date: value.date } : {}),
      ...(value.killed !== undefined ? { killed: value.killed } : {}),
      ...(value.injured !== undefined ? { injured: value.injured } : {}),
      ...(value.qualifier ? { qualifier: value.qualifier } : {}),
      note: value.note,
    });
    claimsByEvent.set(value.event, list);
  }

  const events: AtlasEvent[] = eventRows.flatMap(({ line, value }) => {
    const claims = claimsByEvent.get(value.id) ?? [];
    if (claims.length === 0) {
      if (dependents.skip(DATA_FILES.claims) || dependents.skip(DATA_FILES.sources)) return [];
      issues.push({
        file: DATA_FILES.events,
        line,
        column: 'id',
        message: dataMessages.eventWithoutClaim(value.id),
      });
      return [];
    }
    return [
      {
        id: value.id,
        date: value.date,
        ...(value.end ? { end: value.end } : {}),
        siteId: value.site,
        category: value.category,
        title: value.title,
        summary: value.summary,
        startMs: edtfStartMs(value.date),
        endMs: edtfEndMs(value.end ?? value.date),
        claims,
      },
    ];
  });
  events.sort((a, b) => a.startMs - b.startMs || b.endMs - a.endMs || compareIds(a.id, b.id));

  // Figures
  const figures: Figure[] = (() => {
    if (texts.figures === null) return [];
    const result = validateCsv(
      DATA_FILES.figures,
      texts.figures,
      FIGURE_COLUMNS,
      figureRowSchema,
      rowOptions,
    );
    report(result.issues, result.warnings);
    const unique = keepUniqueIds(DATA_FILES.figures, result.rows, issues);
    report(checkFigureScopes(DATA_FILES.figures, unique));
    return unique.flatMap(({ line, value }) => {
      if (rejectedSiteIds.has(value.site)) return [];
      if (!siteIds.has(value.site)) {
        if (dependents.skip(DATA_FILES.sites)) return [];
        issues.push({
          file: DATA_FILES.figures,
          line,
          column: 'site',
          message: dataMessages.noSuchSite(value.site),
        });
        return [];
      }
      if (!sourceById.has(value.source)) {
        if (dependents.skip(DATA_FILES.sources)) return [];
        issues.push({
          file: DATA_FILES.figures,
          line,
          column: 'source',
          message: dataMessages.noSuchSource(value.source),
        });
        return [];
      }
      if (!checkQuote(DATA_FILES.figures, line, value.source, value.quote)) return [];
      return [
        {
          id: value.id,
          siteId: value.site,
          date: value.date,
          measure: value.measure,
          scope: value.scope,
          value: value.value,
          qualifier: value.qualifier,
          sourceId: value.source,
          quote: value.quote,
          note: value.note,
        },
      ];
    });
  })();

  // Moves: built after the events and sources they point to.
  const moves = (() => {
    const result = buildMoves(texts.moves, texts.moveClaims, {
      siteIds,
      eventIds: new Set(events.map((event) => event.id)),
      rejectedEventIds: new Set([...rejectedEventIds, ...eventIds]),
      sourceIds: new Set(sourceById.keys()),
      unusable: (file) => dependents.isUnusable(file),
      checkQuote,
    });
    report(result.issues, result.warnings);
    return result.moves;
  })();

  const fileOrder: readonly string[] = Object.values(DATA_FILES);
  // A whole-file cause comes first: it is usually the one thing to fix.
  const sorted = dependents
    .annotate(issues)
    .sort(
      (a, b) =>
        Number(!!b.wholeFile) - Number(!!a.wholeFile) ||
        fileOrder.indexOf(a.file) - fileOrder.indexOf(b.file) ||
        a.line - b.line,
    );
  const byPlace = (a: DataIssue, b: DataIssue) =>
    fileOrder.indexOf(a.file) - fileOrder.indexOf(b.file) || a.line - b.line;
  return {
    dataset: { sources, sites, events, figures, moves },
    issues: sorted,
    // Warnings about a file that is unusable anyway would only bury its one message.
    warnings: warnings.filter((warning) => !dependents.isUnusable(warning.file)).sort(byPlace),
  };
}
