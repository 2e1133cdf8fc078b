// What a reader can take away: the shown events as CSV, the whole dataset as one JSON, and
// a citation of one atlas event (plain text and CSL-JSON).
import Papa from 'papaparse';
import { FORMULA_START } from '../data/formula-cells';
import type { AtlasEvent, Dataset, Source } from '../data/types';
import { formatEdtf, formatEdtfRange } from '../i18n/format-date';
import { strings } from '../i18n/strings';

/** The given events, one row per claim, with the columns a spreadsheet user expects. */
export function eventsToCsv(events: readonly AtlasEvent[], dataset: Dataset): string {
  const siteName = (id: string) => dataset.sites.find((site) => site.id === id)?.name ?? id;
  const sourceTitle = (id: string) =>
    dataset.sources.find((source) => source.id === id)?.title ?? id;
  const rows = events.flatMap((event) =>
    event.claims.map((claim) => ({
      event: event.id,
      date: event.date.text,
      end: event.end?.text ?? '',
      site: siteName(event.siteId),
      category: event.category,
      title: event.title,
      summary: event.summary,
      source: sourceTitle(claim.sourceId),
      speaker: claim.speaker,
      quote: claim.quote,
      claim_date: claim.date?.text ?? '',
      killed: claim.killed ?? '',
      injured: claim.injured ?? '',
      qualifier: claim.qualifier ?? '',
    })),
  );
  // A formula-like cell gets a leading apostrophe, which spreadsheets show as text. Papa's own
  // `escapeFormulae: true` pattern ends in `.*$` and so misses a cell with a line break in it.
  return Papa.unparse(rows, { newline: '\n', quotes: false, escapeFormulae: FORMULA_START });
}

/** The whole dataset in one JSON document, dates as their EDTF text. */
export function datasetToJson(dataset: Dataset): string {
  const edtf = (_key: string, value: unknown) =>
    value && typeof value === 'object' && 'precision' in value && 'text' in value
      ? (value as { text: string }).text
      : value;
  const withoutDerived = {
    sources: dataset.sources,
    sites: dataset.sites.map((site) => ({
      ...site,
      period: `${site.period.start.text}/${site.period.end.text}`,
    })),
    events: dataset.events.map(({ startMs: _start, endMs: _end, ...event }) => event),
    figures: dataset.figures,
  };
  return `${JSON.stringify(withoutDerived, edtf, 2)}\n`;
}

/** The address of the atlas at this event. */
export function eventPermalink(pageUrl: string, eventId: string): string {
  const url = new URL(pageUrl);
  url.search = `?event=${encodeURIComponent(eventId)}`;
  url.hash = '';
  return url.toString();
}

/** The documents behind an event's claims, each once, in the order first cited. */
function citedSources(event: AtlasEvent, sources: readonly Source[]): Source[] {
  return [...new Set(event.claims.map((claim) => claim.sourceId))]
    .map((id) => sources.find((source) => source.id === id))
    .filter((source): source is Source => source !== undefined);
}

export function plainCitation(
  event: AtlasEvent,
  sources: readonly Source[],
  permalink: string,
  accessed: Date,
): string {
  const cited = citedSources(event, sources);
  const day = accessed.toISOString().slice(0, 10);
  const lines = [
    `“${event.title}” (${formatEdtfRange(event.date, event.end)}). In ${strings.appTitle}. ${permalink} (accessed ${day}).`,
    ...cited.map(
      (source) =>
        `Source: ${source.author ? `${source.author}, ` : ''}“${source.title}”, ${source.publisher}, ${formatEdtf(source.published)}. ${strings.citationAdvocacyNote}`,
    ),
  ];
  return lines.join('\n');
}

function cslDate(text: string): { 'date-parts': number[][]; approximate?: boolean } {
  const [year, month, day] = text
    .replace(/[~?%]$/, '')
    .split('-')
    .map(Number);
  const parts = [year, month, day].filter(
    (part): part is number => part !== undefined && !Number.isNaN(part),
  );
  return { 'date-parts': [parts], ...(/[~%]$/.test(text) ? { approximate: true } : {}) };
}

export function cslJson(
  event: AtlasEvent,
  sources: readonly Source[],
  permalink: string,
  accessed: Date,
): string {
  const cited = citedSources(event, sources);
  const items = [
    {
      id: `atlas-${event.id}`,
      type: 'webpage',
      title: event.title,
      'container-title': strings.appTitle,
      URL: permalink,
      issued: cslDate(event.date.text),
      accessed: {
        'date-parts': [
          [accessed.getUTCFullYear(), accessed.getUTCMonth() + 1, accessed.getUTCDate()],
        ],
      },
    },
    ...cited.map((source) => ({
      id: source.id,
      type: source.kind === 'op-ed' || source.kind === 'article' ? 'article-newspaper' : 'document',
      title: source.title,
      publisher: source.publisher,
      ...(source.author ? { author: [{ literal: source.author }] } : {}),
      issued: cslDate(source.published.text),
      note: source.perspective,
    })),
  ];
  return `${JSON.stringify(items, null, 2)}\n`;
}
