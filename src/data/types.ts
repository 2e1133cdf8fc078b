// Domain types: what the rest of the app trusts once the data has passed the boundary checks.
import type { EdtfDate, EdtfInterval } from './edtf';

export const CATEGORIES = [
  'settlement',
  'armed-conflict',
  'attack',
  'legal',
  'diplomacy',
  'humanitarian',
  'relocation',
  'advocacy',
] as const;
export type Category = (typeof CATEGORIES)[number];

export const QUALIFIERS = ['exact', 'at-least', 'more-than', 'about', 'nearly', 'up-to'] as const;
export type Qualifier = (typeof QUALIFIERS)[number];

export const SOURCE_KINDS = ['statement', 'overview', 'op-ed', 'press-release', 'article'] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

export const SITE_KINDS = ['camp', 'city', 'country', 'other'] as const;
export type SiteKind = (typeof SITE_KINDS)[number];

export interface Source {
  readonly id: string;
  readonly file: string;
  readonly title: string;
  readonly author: string;
  readonly publisher: string;
  readonly published: EdtfDate;
  readonly kind: SourceKind;
  readonly perspective: string;
}

export interface Site {
  readonly id: string;
  readonly name: string;
  readonly aliases: readonly string[];
  readonly kind: SiteKind;
  readonly country: string;
  readonly period: EdtfInterval;
  readonly summary: string;
  readonly longitude: number;
  readonly latitude: number;
  readonly coordAccuracyM: number;
  readonly coordSource: string;
}

export interface Claim {
  /** Stable within the dataset: `${eventId}#${index}` in file order. */
  readonly id: string;
  readonly eventId: string;
  readonly sourceId: string;
  readonly quote: string;
  readonly speaker: string;
  /** The date this claim gives, when it differs from the event's. */
  readonly date?: EdtfDate;
  readonly killed?: number;
  readonly injured?: number;
  readonly qualifier?: Qualifier;
  readonly note: string;
}

export interface AtlasEvent {
  readonly id: string;
  readonly date: EdtfDate;
  readonly end?: EdtfDate;
  readonly siteId: string;
  readonly category: Category;
  readonly title: string;
  readonly summary: string;
  /** First millisecond the event may cover (UTC). */
  readonly startMs: number;
  /** First millisecond after the event (exclusive). */
  readonly endMs: number;
  readonly claims: readonly Claim[];
}

export interface Figure {
  readonly id: string;
  readonly siteId: string;
  readonly date: EdtfDate;
  readonly measure: string;
  /** What exactly is counted; figures with the same measure and scope are one quantity. */
  readonly scope: string;
  readonly value: number;
  readonly qualifier: Qualifier;
  readonly sourceId: string;
  readonly quote: string;
  readonly note: string;
}

export const DESTINATION_LEVELS = ['place', 'country'] as const;
/** `country`: the documents name only the country; the arc ends at a point standing for it. */
export type DestinationLevel = (typeof DESTINATION_LEVELS)[number];

/** One document's statement about a move, with the number of people where it gives one. */
export interface MoveClaim {
  /** Stable within the dataset: `${moveId}#${index}` in file order. */
  readonly id: string;
  readonly moveId: string;
  readonly sourceId: string;
  readonly quote: string;
  readonly speaker: string;
  /** The date this claim gives, when it differs from the move's. */
  readonly date?: EdtfDate;
  readonly count?: number;
  readonly qualifier?: Qualifier;
  /** Exactly which people the count covers. */
  readonly scope: string;
  readonly note: string;
}

/** People moving from one place to another, as the documents describe it. */
export interface Move {
  readonly id: string;
  readonly originId: string;
  readonly destinationId: string;
  readonly destinationLevel: DestinationLevel;
  readonly date: EdtfDate;
  readonly end?: EdtfDate;
  /** First millisecond the move may cover (UTC). */
  readonly startMs: number;
  /** First millisecond after the move (exclusive). */
  readonly endMs: number;
  readonly eventIds: readonly string[];
  readonly title: string;
  readonly note: string;
  readonly claims: readonly MoveClaim[];
}

export interface DataIssue {
  readonly file: string;
  /** 1-based line; 0 when the problem is the file as a whole and has no line. */
  readonly line: number;
  readonly column?: string;
  readonly message: string;
  /** The whole file is unusable: nothing in it is used, and this is its only message. */
  readonly wholeFile?: boolean;
  /** Rows of other files skipped only because this file is unusable (not listed one by one). */
  readonly dependents?: number;
  /**
   * The file could not be fetched, and the atlas shows the copy of it in the build's snapshot
   * (load-dataset.ts): nothing is skipped.
   */
  readonly copyShown?: boolean;
}

export interface Dataset {
  readonly sources: readonly Source[];
  readonly sites: readonly Site[];
  readonly events: readonly AtlasEvent[];
  readonly figures: readonly Figure[];
  readonly moves: readonly Move[];
}

export const DATA_FILES = {
  sources: 'data/sources.csv',
  sites: 'data/sites.geojson',
  events: 'data/events.csv',
  claims: 'data/claims.csv',
  figures: 'data/figures.csv',
  moves: 'data/moves.csv',
  moveClaims: 'data/move-claims.csv',
} as const;
export type DataFileKey = keyof typeof DATA_FILES;
