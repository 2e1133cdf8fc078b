// The atlas's keys that work from anywhere on the page, as one pure table from a key press
// (and where focus is) to a store action. Every mode adds its keys here, and the list of
// keys (opened with ?) is drawn from the same table, so it cannot fall out of step.
import type { AtlasEvent } from '../data/types';
import { strings } from '../i18n/strings';
import { tourGuideStrings } from '../i18n/tour-guide-strings';
import { type StepCommand, stepAction } from '../present/step-navigation';
import type { AtlasAction } from '../state/actions';
import type { AtlasState } from '../state/atlas-state';
import { commandAction } from '../timeline/timeline-commands';
import type { Tour } from '../tours/tour-types';

/**
 * Where focus is when a key is pressed: on the page (body, a button, a link, the timeline),
 * in a text field, inside a dialog, or in a part that uses the arrow keys itself (the map).
 */
export type FocusZone = 'page' | 'text-field' | 'dialog' | 'own-keys';

export interface KeyPress {
  /** `KeyboardEvent.key`. */
  readonly key: string;
  readonly altKey: boolean;
  readonly ctrlKey: boolean;
  readonly metaKey: boolean;
}

export interface ShortcutContext {
  readonly zone: FocusZone;
  readonly state: AtlasState;
  /** The events that stepping moves through: the filtered ones, in time order. */
  readonly events: readonly AtlasEvent[];
  /** The guided tour being shown, if any: stepping then moves through its steps. */
  readonly tour?: Tour | null;
}

export interface Shortcut {
  /** `KeyboardEvent.key` values that trigger it. */
  readonly keys: readonly string[];
  readonly description: string;
  /** Where it works besides the page itself (never in text fields, unless listed). */
  readonly alsoIn?: readonly FocusZone[];
  readonly action: (context: ShortcutContext) => AtlasAction | null;
}

function step(command: StepCommand) {
  return ({ events, state, tour }: ShortcutContext): AtlasAction | null => {
    if (tour && state.tour?.tourId === tour.id) {
      const action = stepAction(command, {
        tour,
        position: state.tour,
        events,
        selectedEventId: state.selectedEventId,
      });
      return action ? { ...action, origin: 'keyboard' } : null;
    }
    return commandAction(command, events, state.selectedEventId, state.window, 'keyboard');
  };
}

export const SHORTCUTS: readonly Shortcut[] = [
  {
    keys: ['ArrowRight', 'PageDown'],
    description: strings.keyNext,
    action: step('next'),
  },
  {
    keys: ['ArrowLeft', 'PageUp'],
    description: strings.keyPrevious,
    action: step('previous'),
  },
  { keys: ['Home'], description: strings.keyFirst, action: step('first') },
  { keys: ['End'], description: strings.keyLast, action: step('last') },
  {
    keys: ['?'],
    description: strings.keyHelp,
    alsoIn: ['own-keys'],
    action: ({ state }) =>
      state.keysHelpOpen ? null : { type: 'set-keys-help', open: true, origin: 'keyboard' },
  },
  {
    keys: ['Escape'],
    description: tourGuideStrings.keyEscape,
    alsoIn: ['own-keys'],
    // Dialogs, the filters and the details panel close themselves when focus is inside them.
    action: ({ state }) => {
      if (state.introOpen) return { type: 'set-intro', open: false, origin: 'keyboard' };
      if (state.tour !== null) return { type: 'leave-tour', origin: 'keyboard' };
      if (state.selectedEventId !== null || state.selectedSiteId !== null)
        return { type: 'select-event', eventId: null, siteId: null, origin: 'keyboard' };
      return null;
    },
  },
];

/** The action a key press asks for where focus is, or null to leave the key to the browser. */
export function shortcutAction(
  press: KeyPress,
  context: ShortcutContext,
  shortcuts: readonly Shortcut[] = SHORTCUTS,
): AtlasAction | null {
  // Alt+← is the browser's Back, Ctrl+End and friends belong to the browser too.
  if (press.altKey || press.ctrlKey || press.metaKey) return null;
  const shortcut = shortcuts.find((candidate) => candidate.keys.includes(press.key));
  if (!shortcut) return null;
  if (context.zone !== 'page' && !shortcut.alsoIn?.includes(context.zone)) return null;
  return shortcut.action(context);
}
