// The URL is the state's serialisation: `parseUrlState` reads a query string into a state
// (never throws; what it cannot use becomes a notice), `serialiseUrlState` writes one back.
import { edtfEndMs, edtfStartMs, parseEdtfDate } from '../data/edtf';
import { CATEGORIES, type Category } from '../data/types';
import { presentStrings } from '../i18n/present-strings';
import { urlNotices } from '../i18n/url-notices';
import { stepView } from '../tours/tour-step-view';
import type { Tour } from '../tours/tour-types';
import { clampWindow } from './actions';
import {
  type AtlasState,
  FULL_WINDOW,
  INITIAL_STATE,
  type LinkTourRef,
  type TimeWindow,
  WINDOW_LIMITS,
} from './atlas-state';

/** Ids the URL may name; anything else is reported and ignored. */
export interface UrlContext {
  readonly eventIds: ReadonlySet<string>;
  readonly siteIds: ReadonlySet<string>;
  readonly sourceIds: ReadonlySet<string>;
  readonly passageIds: ReadonlySet<string>;
  /** Moves a link may name with `move`. */
  readonly moveIds?: ReadonlySet<string>;
  /** Guided tours by id; a link may name one with `tour` and `step`. */
  readonly tours?: ReadonlyMap<string, Tour>;
  /** A teacher's tour read from this page's `mytour` at load (src/tour-editor), also in `tours`. */
  readonly linkTour?: LinkTourRef;
}

interface UrlParseResult {
  readonly state: AtlasState;
  readonly notices: readonly string[];
}

const KNOWN_PARAMETERS = [
  'event',
  'move',
  'site',
  'from',
  'to',
  'cat',
  'sites',
  'q',
  'disputed',
  'context',
  'view',
  'page',
  'source',
  'quote',
  'tour',
  'step',
  'present',
  // Read by the root to open the presenter window's shell; not part of the state.
  'presenter',
  // A teacher's own tour, read by src/tour-editor/link-tour.ts at load.
  'mytour',
];
const MAX_SEARCH_LENGTH = 200;
/** Could be an id: kebab-case, at most 120 characters. */
function looksLikeId(text: string): boolean {
  return text.length <= 120 && /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(text);
}
/** Could be a claim (`event-id#2`) or a figure (`figure-id`). */
function looksLikePassageId(text: string): boolean {
  return text.length <= 140 && /^[a-z0-9]+(?:-[a-z0-9]+)*(?:#\d{1,4})?$/.test(text);
}

function shorten(text: string): string {
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}

function readId(
  value: string | null,
  known: ReadonlySet<string>,
  name: string,
  notices: string[],
): string | null {
  if (value === null || value === '') return null;
  if (looksLikeId(value) && known.has(value)) return value;
  notices.push(urlNotices.noSuchId(name, shorten(value)));
  return null;
}

function readWindow(params: URLSearchParams, notices: string[]): TimeWindow {
  const fromText = params.get('from');
  const toText = params.get('to');
  if (fromText === null && toText === null) return FULL_WINDOW;
  const from = fromText === null ? null : parseEdtfDate(fromText);
  const to = toText === null ? null : parseEdtfDate(toText);
  if (from && !from.ok) notices.push(urlNotices.badFrom(shorten(fromText ?? '')));
  if (to && !to.ok) notices.push(urlNotices.badTo(shorten(toText ?? '')));
  const startMs = from?.ok ? edtfStartMs(from.value) : FULL_WINDOW.startMs;
  const endMs = to?.ok ? edtfEndMs(to.value) : FULL_WINDOW.endMs;
  if (endMs <= startMs) {
    notices.push(urlNotices.windowReversed);
    return FULL_WINDOW;
  }
  const firstYear = new Date(WINDOW_LIMITS.startMs).getUTCFullYear();
  const lastYear = new Date(WINDOW_LIMITS.endMs - 1).getUTCFullYear();
  if (endMs <= WINDOW_LIMITS.startMs || startMs >= WINDOW_LIMITS.endMs) {
    notices.push(urlNotices.windowOutside(firstYear, lastYear));
    return FULL_WINDOW;
  }
  const clamped = clampWindow({ startMs, endMs });
  if (clamped.startMs !== startMs || clamped.endMs !== endMs)
    notices.push(urlNotices.windowCut(firstYear, lastYear));
  return clamped;
}

function readList(value: string | null): string[] {
  return value === null
    ? []
    : value
        .split(',')
        .map((item) => item.trim())
        .filter((item) => item !== '');
}

/** The tour and step a link names, or null; an unknown step starts the tour at step 1. */
function readTour(
  params: URLSearchParams,
  context: UrlContext,
  notices: string[],
): { tour: Tour; stepIndex: number } | null {
  let tourText = params.get('tour');
  const stepText = params.get('step');
  const linkTour = linkTourOf(params, context);
  if ((tourText === null || tourText === '') && linkTour) {
    // A teacher's tour link without `tour=` (links made before tours could be played from a
    // link name only its first event): play it from the step that shows the linked event.
    const eventId = params.get('event');
    const tour = context.tours?.get(linkTour.id);
    if (tour && stepText === null) {
      const index = tour.steps.findIndex((step) => step.event === eventId);
      return { tour, stepIndex: Math.max(0, index) };
    }
    tourText = linkTour.id;
  }
  if (tourText === null || tourText === '') {
    if (stepText !== null) notices.push(presentStrings.stepWithoutTour);
    return null;
  }
  const tour = looksLikeId(tourText) ? context.tours?.get(tourText) : undefined;
  if (!tour) {
    // A damaged `mytour` has given its own notice already: one cause, one line.
    if (!params.has('mytour')) notices.push(presentStrings.unknownTour(shorten(tourText)));
    return null;
  }
  if (stepText === null) return { tour, stepIndex: 0 };
  const step = /^\d{1,3}$/.test(stepText) ? Number(stepText) : Number.NaN;
  if (step >= 1 && step <= tour.steps.length) return { tour, stepIndex: step - 1 };
  notices.push(presentStrings.unknownStep(shorten(stepText), tour.steps.length));
  return { tour, stepIndex: 0 };
}

/** The link's teacher tour, if its `mytour` is the one read at load. */
function linkTourOf(params: URLSearchParams, context: UrlContext): LinkTourRef | null {
  const linkTour = context.linkTour;
  return linkTour && params.get('mytour') === linkTour.encoded ? linkTour : null;
}

export function parseUrlState(query: string, context: UrlContext): UrlParseResult {
  const notices: string[] = [];
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(query);
  } catch {
    return { state: INITIAL_STATE, notices: [urlNotices.unreadable] };
  }
  for (const name of new Set(params.keys())) {
    if (!KNOWN_PARAMETERS.includes(name)) notices.push(urlNotices.unknownParameter(shorten(name)));
  }
  const selectedEventId = readId(params.get('event'), context.eventIds, 'event', notices);
  const selectedSiteId = readId(params.get('site'), context.siteIds, 'site', notices);
  const moveText = params.get('move');
  // A link names an event or a move; with both, the event wins (it says more).
  const selectedMoveId =
    selectedEventId === null
      ? readId(moveText, context.moveIds ?? new Set(), 'move', notices)
      : null;
  const categories: Category[] = [];
  for (const item of readList(params.get('cat'))) {
    if ((CATEGORIES as readonly string[]).includes(item)) {
      if (!categories.includes(item as Category)) categories.push(item as Category);
    } else notices.push(urlNotices.noSuchCategory(shorten(item)));
  }
  const siteIds: string[] = [];
  for (const item of readList(params.get('sites'))) {
    const id = readId(item, context.siteIds, 'site', notices);
    if (id && !siteIds.includes(id)) siteIds.push(id);
  }
  let text = params.get('q') ?? '';
  if (text.length > MAX_SEARCH_LENGTH) {
    notices.push(urlNotices.searchCut(MAX_SEARCH_LENGTH));
    text = text.slice(0, MAX_SEARCH_LENGTH);
  }
  const disputedText = params.get('disputed');
  if (disputedText !== null && disputedText !== '1' && disputedText !== '0')
    notices.push(urlNotices.badSwitch('disputed'));
  const contextText = params.get('context');
  if (contextText !== null && contextText !== '1' && contextText !== '0')
    notices.push(urlNotices.badSwitch('context'));
  const viewText = params.get('view');
  if (viewText !== null && viewText !== 'list' && viewText !== 'map')
    notices.push(urlNotices.badView(shorten(viewText)));
  const pageText = params.get('page');
  if (
    pageText !== null &&
    pageText !== 'about' &&
    pageText !== 'disputed' &&
    pageText !== 'atlas'
  ) {
    notices.push(urlNotices.noSuchPage(shorten(pageText)));
  }
  const sourceId = readId(params.get('source'), context.sourceIds, 'source', notices);
  const quoteText = params.get('quote');
  let passageId: string | null = null;
  if (quoteText !== null && quoteText !== '') {
    if (looksLikePassageId(quoteText) && context.passageIds.has(quoteText)) passageId = quoteText;
    else notices.push(urlNotices.noSuchPassage(shorten(quoteText)));
  }
  const presentText = params.get('present');
  if (presentText !== null && presentText !== '1' && presentText !== '0')
    notices.push(urlNotices.badSwitch('present'));
  const tour = readTour(params, context, notices);
  const parsed: AtlasState = {
    ...INITIAL_STATE,
    selectedEventId,
    selectedMoveId,
    selectedSiteId,
    window: readWindow(params, notices),
    filters: {
      categories,
      siteIds,
      text,
      disputedOnly: disputedText === '1',
      showContext: contextText === '1',
    },
    view: viewText === 'list' ? 'list' : 'map',
    page: pageText === 'about' || pageText === 'disputed' ? pageText : 'atlas',
    reader: sourceId ? { sourceId, passageId } : null,
    presenting: presentText === '1',
    linkTour: linkTourOf(params, context),
    selectionOrigin: 'url',
    windowOrigin: 'url',
  };
  if (!tour) return { state: parsed, notices };
  // The step decides what is shown (`event`, `from` and `to` in the same link keep it
  // readable without the tour), unless the link names another event: a digression from the
  // tour, kept as it is.
  const step = tour.tour.steps[tour.stepIndex];
  const view = step ? stepView(step) : null;
  const digression = view !== null && params.has('event') && selectedEventId !== view.eventId;
  return {
    state: {
      ...parsed,
      tour: { tourId: tour.tour.id, stepIndex: tour.stepIndex },
      ...(view && !digression
        ? {
            selectedEventId: view.eventId,
            selectedSiteId: view.siteId,
            window: view.window,
            camera: view.camera,
          }
        : {}),
    },
    notices,
  };
}

const pad = (value: number) => String(value).padStart(2, '0');

/** A window edge as YYYY, YYYY-MM or YYYY-MM-DD, the coarsest that is exact. */
function formatEdge(ms: number, inclusiveEnd: boolean): string {
  const date = new Date(inclusiveEnd ? ms - 1 : ms);
  const year = date.getUTCFullYear();
  const month = date.getUTCMonth() + 1;
  const day = date.getUTCDate();
  const edge = new Date(ms);
  const onDay =
    edge.getUTCHours() === 0 &&
    edge.getUTCMinutes() === 0 &&
    edge.getUTCSeconds() === 0 &&
    edge.getUTCMilliseconds() === 0;
  const onMonth = onDay && edge.getUTCDate() === 1;
  const onYear = onMonth && edge.getUTCMonth() === 0;
  if (onYear) return String(year);
  if (onMonth) return `${year}-${pad(month)}`;
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** Rounds a window outward to whole days, as the URL can hold it. */
export function windowToDays(window: TimeWindow): TimeWindow {
  const day = 24 * 60 * 60 * 1000;
  return {
    startMs: Math.floor(window.startMs / day) * day,
    endMs: Math.ceil(window.endMs / day) * day,
  };
}

export function serialiseUrlState(state: AtlasState): string {
  const params = new URLSearchParams();
  if (state.selectedEventId) params.set('event', state.selectedEventId);
  if (state.selectedMoveId) params.set('move', state.selectedMoveId);
  if (state.selectedSiteId) params.set('site', state.selectedSiteId);
  const window = windowToDays(state.window);
  if (window.startMs !== FULL_WINDOW.startMs || window.endMs !== FULL_WINDOW.endMs) {
    params.set('from', formatEdge(window.startMs, false));
    params.set('to', formatEdge(window.endMs, true));
  }
  if (state.filters.categories.length > 0) params.set('cat', state.filters.categories.join(','));
  if (state.filters.siteIds.length > 0) params.set('sites', state.filters.siteIds.join(','));
  if (state.filters.text.trim() !== '') params.set('q', state.filters.text);
  if (state.filters.disputedOnly) params.set('disputed', '1');
  if (state.filters.showContext) params.set('context', '1');
  if (state.view === 'list') params.set('view', 'list');
  if (state.page !== 'atlas') params.set('page', state.page);
  if (state.reader) {
    params.set('source', state.reader.sourceId);
    if (state.reader.passageId) params.set('quote', state.reader.passageId);
  }
  if (state.tour) {
    params.set('tour', state.tour.tourId);
    params.set('step', String(state.tour.stepIndex + 1));
  }
  if (state.presenting) params.set('present', '1');
  // A teacher's tour travels in the link while it is being shown, so a reload or a shared
  // link keeps it; it goes last, as it is long.
  if (state.linkTour && state.tour?.tourId === state.linkTour.id)
    params.set('mytour', state.linkTour.encoded);
  return params.toString().replace(/%2C/g, ',');
}
