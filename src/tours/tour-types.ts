// Domain types for guided tours: a prepared path through the story, one event (or a time
// window and a site) per step, each with a short narration in the atlas's neutral voice.
export const TOURS_FILE = 'data/tours.json';

/** The link parameter that carries a teacher's own tour (src/tour-editor/tour-link.ts). */
export const TOUR_LINK_PARAMETER = 'mytour';

/** Limits a tour must keep; the checker and the schema share them. */
export const TOUR_LIMITS = {
  titleMax: 80,
  audienceMax: 240,
  minutesMin: 1,
  minutesMax: 120,
  stepsMax: 40,
  /** Characters: about three sentences, readable from the back of a room. */
  narrationMin: 20,
  narrationMax: 420,
  notesMax: 1200,
} as const;

/** Where the map looks during a step, when the event's own site is not the right frame. */
export interface TourMapView {
  /** [longitude, latitude] in WGS 84. */
  readonly center: readonly [number, number];
  /** MapLibre zoom level, 0 (world) to 18 (street). */
  readonly zoom: number;
}

export interface TourStep {
  /** The event this step shows; when absent the step shows a window and, optionally, a site. */
  readonly event?: string;
  /** Window edges as YYYY, YYYY-MM or YYYY-MM-DD (as in the `from`/`to` link parameters). */
  readonly from?: string;
  readonly to?: string;
  readonly site?: string;
  readonly map?: TourMapView;
  /** What the audience reads: neutral, attributive, no claim the cited events do not carry. */
  readonly narration: string;
  /** What only the presenter sees. */
  readonly notes?: string;
}

export interface Tour {
  /** Kebab-case, unique in the file; used in links as `tour=`. */
  readonly id: string;
  readonly title: string;
  /** Who the tour is for and what it assumes. */
  readonly audience: string;
  /** Estimated minutes to present it. */
  readonly minutes: number;
  readonly steps: readonly TourStep[];
  /** Set for a tour that came in a link (made in the tour editor): not a curated tour. */
  readonly fromLink?: true;
}

/** One problem in a tours file: the file, the JSON path (e.g. `tours[2].steps[3].event`), why. */
export interface TourIssue {
  readonly file: string;
  readonly path: string;
  readonly message: string;
}

/** Ids a tour may refer to. */
export interface TourReferences {
  readonly eventIds: ReadonlySet<string>;
  readonly siteIds: ReadonlySet<string>;
}
