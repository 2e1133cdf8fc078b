// Named actions and the reducer. Clicks, keys, the URL and (later) the embed API and
// presentation mode all change the state through these.
import type { Category } from '../data/types';
import {
  type AtlasFilters,
  type AtlasPage,
  type AtlasState,
  type AtlasView,
  type ChangeOrigin,
  type MapCamera,
  MINIMUM_WINDOW_MS,
  type ReaderTarget,
  type TimeWindow,
  type TourPosition,
  WINDOW_LIMITS,
} from './atlas-state';

export type AtlasAction =
  | {
      type: 'select-event';
      eventId: string | null;
      siteId?: string | null;
      /** Leave a page (about, disputed) in the same step, so one click is one history entry. */
      page?: AtlasPage;
      /** Close the source reader in the same step. */
      closeReader?: boolean;
      origin: ChangeOrigin;
    }
  | { type: 'select-site'; siteId: string | null; origin: ChangeOrigin }
  | { type: 'select-move'; moveId: string | null; origin: ChangeOrigin }
  | { type: 'set-window'; window: TimeWindow; origin: ChangeOrigin }
  | { type: 'set-filters'; filters: Partial<AtlasFilters>; origin: ChangeOrigin }
  | { type: 'toggle-category'; category: Category; origin: ChangeOrigin }
  | { type: 'set-view'; view: AtlasView; origin: ChangeOrigin }
  | { type: 'set-page'; page: AtlasPage; origin: ChangeOrigin }
  | { type: 'open-reader'; target: ReaderTarget | null; page?: AtlasPage; origin: ChangeOrigin }
  | { type: 'restore'; state: AtlasState; origin: ChangeOrigin }
  | { type: 'set-intro'; open: boolean; origin: ChangeOrigin }
  | { type: 'set-keys-help'; open: boolean; origin: ChangeOrigin }
  | {
      /** One tour step at once (selection, window, camera), so it is one history entry. */
      type: 'show-step';
      position: TourPosition | null;
      eventId: string | null;
      siteId: string | null;
      window: TimeWindow;
      camera: MapCamera | null;
      origin: ChangeOrigin;
    }
  | { type: 'set-presenting'; presenting: boolean; origin: ChangeOrigin }
  /** Leaves the guided tour; what it shows stays on screen. */
  | { type: 'leave-tour'; origin: ChangeOrigin };

/** Keeps a window inside the limits and at least one day long. */
export function clampWindow(window: TimeWindow): TimeWindow {
  let startMs = Math.max(WINDOW_LIMITS.startMs, Math.min(window.startMs, window.endMs));
  let endMs = Math.min(WINDOW_LIMITS.endMs, Math.max(window.startMs, window.endMs));
  if (endMs - startMs < MINIMUM_WINDOW_MS) {
    endMs = Math.min(WINDOW_LIMITS.endMs, startMs + MINIMUM_WINDOW_MS);
    startMs = endMs - MINIMUM_WINDOW_MS;
  }
  return { startMs, endMs };
}

export function atlasReducer(state: AtlasState, action: AtlasAction): AtlasState {
  switch (action.type) {
    case 'select-event':
      if (
        state.selectedEventId === action.eventId &&
        state.selectedMoveId === null &&
        action.siteId === undefined &&
        (action.page === undefined || action.page === state.page) &&
        (!action.closeReader || state.reader === null)
      )
        return state;
      return {
        ...state,
        page: action.page ?? state.page,
        reader: action.closeReader ? null : state.reader,
        // Choosing an event or a site, in any way, is leaving the introduction.
        introOpen: state.introOpen && action.eventId === null && !action.siteId,
        selectedEventId: action.eventId,
        selectedMoveId: null,
        selectedSiteId: action.siteId === undefined ? state.selectedSiteId : action.siteId,
        selectionOrigin: action.origin,
        camera: null,
      };
    case 'select-site':
      if (state.selectedSiteId === action.siteId && state.selectedMoveId === null) return state;
      return {
        ...state,
        introOpen: state.introOpen && action.siteId === null,
        selectedSiteId: action.siteId,
        selectedMoveId: null,
        selectionOrigin: action.origin,
        camera: null,
      };
    case 'select-move':
      if (state.selectedMoveId === action.moveId) return state;
      // A move's details take the place of an event's or a site's.
      return {
        ...state,
        introOpen: state.introOpen && action.moveId === null,
        selectedMoveId: action.moveId,
        selectedEventId: action.moveId === null ? state.selectedEventId : null,
        selectedSiteId: action.moveId === null ? state.selectedSiteId : null,
        selectionOrigin: action.origin,
        camera: null,
      };
    case 'set-window': {
      const window = clampWindow(action.window);
      if (window.startMs === state.window.startMs && window.endMs === state.window.endMs)
        return state;
      return { ...state, window, windowOrigin: action.origin };
    }
    case 'set-filters':
      return { ...state, filters: { ...state.filters, ...action.filters } };
    case 'toggle-category': {
      const categories = state.filters.categories.includes(action.category)
        ? state.filters.categories.filter((category) => category !== action.category)
        : [...state.filters.categories, action.category];
      return { ...state, filters: { ...state.filters, categories } };
    }
    case 'set-view':
      return state.view === action.view ? state : { ...state, view: action.view };
    case 'set-page':
      return state.page === action.page ? state : { ...state, page: action.page };
    case 'open-reader':
      return { ...state, reader: action.target, page: action.page ?? state.page };
    case 'set-intro':
      return state.introOpen === action.open ? state : { ...state, introOpen: action.open };
    case 'set-keys-help':
      return state.keysHelpOpen === action.open ? state : { ...state, keysHelpOpen: action.open };
    case 'restore':
      return { ...action.state, selectionOrigin: action.origin, windowOrigin: action.origin };
    case 'show-step':
      return {
        ...state,
        tour: action.position,
        // Starting or stepping a tour is leaving the introduction.
        introOpen: state.introOpen && action.position === null,
        selectedEventId: action.eventId,
        selectedMoveId: null,
        selectedSiteId: action.siteId,
        window: clampWindow(action.window),
        camera: action.camera,
        reader: null,
        page: 'atlas',
        selectionOrigin: action.origin,
        windowOrigin: action.origin,
      };
    case 'leave-tour':
      return state.tour === null ? state : { ...state, tour: null };
    case 'set-presenting':
      return state.presenting === action.presenting
        ? state
        : { ...state, presenting: action.presenting };
  }
}
