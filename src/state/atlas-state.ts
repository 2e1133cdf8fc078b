// The one state of the atlas: only what cannot be derived from the dataset. Every change
// carries its origin so that a view never re-applies a change it made itself.
import type { Category } from '../data/types';

export interface TimeWindow {
  /** First millisecond shown (UTC). */
  readonly startMs: number;
  /** First millisecond no longer shown (exclusive). */
  readonly endMs: number;
}

export type ChangeOrigin =
  | 'init'
  | 'url'
  | 'map'
  | 'timeline'
  | 'list'
  | 'panel'
  | 'keyboard'
  | 'filters'
  /** The page that embeds the atlas, through its postMessage API. */
  | 'embed'
  | 'present'
  | 'intro'
  /** The residents chart (brushing a time window). */
  | 'chart';

export interface AtlasFilters {
  /** Empty means every category. */
  readonly categories: readonly Category[];
  /** Empty means every site. */
  readonly siteIds: readonly string[];
  readonly text: string;
  readonly disputedOnly: boolean;
  /** Show the outside-context lane (facts not from the five documents) on the timeline. */
  readonly showContext: boolean;
}

export type AtlasView = 'map' | 'list';
export type AtlasPage = 'atlas' | 'about' | 'disputed';

export interface ReaderTarget {
  readonly sourceId: string;
  /** Claim or figure whose quote is highlighted, or null to open the document at its top. */
  readonly passageId: string | null;
}

/** Where a guided tour stands; the step index counts from 0 (links count from 1). */
export interface TourPosition {
  readonly tourId: string;
  readonly stepIndex: number;
}

/** A teacher's tour that came in the link (`mytour`): its id, and the parameter as it came. */
export interface LinkTourRef {
  readonly id: string;
  readonly encoded: string;
}

/** A map view a tour step asks for, instead of the selected event's site. */
export interface MapCamera {
  /** [longitude, latitude] */
  readonly center: readonly [number, number];
  readonly zoom: number;
}

export interface AtlasState {
  readonly selectedEventId: string | null;
  /** A move chosen on the map or in its table; its details replace an event's. */
  readonly selectedMoveId: string | null;
  readonly selectedSiteId: string | null;
  readonly window: TimeWindow;
  readonly filters: AtlasFilters;
  readonly view: AtlasView;
  readonly page: AtlasPage;
  readonly reader: ReaderTarget | null;
  /** The guided tour being shown, if any. */
  readonly tour: TourPosition | null;
  /** A teacher's tour from the link; the link keeps carrying it while it is shown. */
  readonly linkTour: LinkTourRef | null;
  /** Presentation mode: big type, controls for a clicker, filters hidden. */
  readonly presenting: boolean;
  /** Set by a tour step with its own map view; cleared by any other selection. */
  readonly camera: MapCamera | null;
  /** The introduction shown on a plain visit. Not part of the link. */
  readonly introOpen: boolean;
  /** The list of keyboard shortcuts (opened with ?). Not part of the link. */
  readonly keysHelpOpen: boolean;
  /** Who made the last change to the selection and to the window. */
  readonly selectionOrigin: ChangeOrigin;
  readonly windowOrigin: ChangeOrigin;
}

/** The whole story: 1986 to the end of 2016. */
export const FULL_WINDOW: TimeWindow = {
  startMs: Date.UTC(1986, 0, 1),
  endMs: Date.UTC(2017, 0, 1),
};

/** How far a user may scroll or zoom out the timeline. */
export const WINDOW_LIMITS: TimeWindow = {
  startMs: Date.UTC(1980, 0, 1),
  endMs: Date.UTC(2021, 0, 1),
};

/** The smallest window: one day. */
export const MINIMUM_WINDOW_MS = 24 * 60 * 60 * 1000;

export const NO_FILTERS: AtlasFilters = {
  categories: [],
  siteIds: [],
  text: '',
  disputedOnly: false,
  showContext: false,
};

export const INITIAL_STATE: AtlasState = {
  selectedEventId: null,
  selectedMoveId: null,
  selectedSiteId: null,
  window: FULL_WINDOW,
  filters: NO_FILTERS,
  view: 'map',
  page: 'atlas',
  reader: null,
  tour: null,
  linkTour: null,
  presenting: false,
  camera: null,
  introOpen: false,
  keysHelpOpen: false,
  selectionOrigin: 'init',
  windowOrigin: 'init',
};
