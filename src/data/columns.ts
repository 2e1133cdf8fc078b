// The columns of each CSV data file, in order: what the loader checks the header against and
// how a problem names its column number. Kept apart from the zod schemas so that the first
// view can name a problem without building every schema.
import { DATA_FILES } from './types';

export const SOURCE_COLUMNS = [
  'id',
  'file',
  'title',
  'author',
  'publisher',
  'published',
  'kind',
  'perspective',
] as const;

export const EVENT_COLUMNS = ['id', 'date', 'end', 'site', 'category', 'title', 'summary'] as const;

export const CLAIM_COLUMNS = [
  'event',
  'source',
  'quote',
  'speaker',
  'date',
  'killed',
  'injured',
  'qualifier',
  'note',
] as const;

export const FIGURE_COLUMNS = [
  'id',
  'site',
  'date',
  'measure',
  'scope',
  'value',
  'qualifier',
  'source',
  'quote',
  'note',
] as const;

export const MOVE_COLUMNS = [
  'id',
  'origin',
  'destination',
  'destination_level',
  'date',
  'end',
  'events',
  'title',
  'note',
] as const;

export const MOVE_CLAIM_COLUMNS = [
  'move',
  'source',
  'quote',
  'speaker',
  'date',
  'count',
  'qualifier',
  'scope',
  'note',
] as const;

/** Each CSV file's columns, by its path. */
export const COLUMNS_BY_FILE: Readonly<Record<string, readonly string[]>> = {
  [DATA_FILES.sources]: SOURCE_COLUMNS,
  [DATA_FILES.events]: EVENT_COLUMNS,
  [DATA_FILES.claims]: CLAIM_COLUMNS,
  [DATA_FILES.figures]: FIGURE_COLUMNS,
  [DATA_FILES.moves]: MOVE_COLUMNS,
  [DATA_FILES.moveClaims]: MOVE_CLAIM_COLUMNS,
};
