// Installs the atlas's page-wide keys (keyboard-shortcuts.ts) once, on the document, so they
// work from the first second whatever has focus, except where the keys mean something else.
import { useEffect } from 'react';
import { useAtlasStore, useDataset } from '../state/store-context';
import { filteredEventsInTimeOrder } from '../timeline/timeline-items';
import { useTours } from '../tours/tours-context';
import { type FocusZone, SHORTCUTS, type Shortcut, shortcutAction } from './keyboard-shortcuts';

/** Inputs whose arrow keys do nothing, so the atlas may use them. */
const INPUTS_WITHOUT_KEYS = new Set(['checkbox', 'button', 'submit', 'reset', 'image', 'file']);

/** Where focus is, as far as the keys are concerned. */
function focusZoneOf(target: EventTarget | null): FocusZone {
  // A modal dialog owns the keys even when focus has fallen back to the page.
  if (document.querySelector('dialog:modal')) return 'dialog';
  if (!(target instanceof Element)) return 'page';
  if (target.closest('dialog, [role="dialog"], [role="alertdialog"]')) return 'dialog';
  if (target instanceof HTMLInputElement) {
    return INPUTS_WITHOUT_KEYS.has(target.type) ? 'page' : 'text-field';
  }
  if (
    target instanceof HTMLTextAreaElement ||
    target instanceof HTMLSelectElement ||
    (target instanceof HTMLElement && target.isContentEditable)
  )
    return 'text-field';
  // A part that uses the arrow keys itself (the map pans with them) marks itself so.
  if (target.closest('[data-own-keys]')) return 'own-keys';
  return 'page';
}

export function useKeyboardShortcuts(shortcuts: readonly Shortcut[] = SHORTCUTS): void {
  const store = useAtlasStore();
  const dataset = useDataset();
  const tours = useTours();
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      // A part that handled the key itself (the timeline's own keys) has the last word.
      if (event.defaultPrevented || event.isComposing) return;
      const state = store.getState();
      const action = shortcutAction(
        event,
        {
          zone: focusZoneOf(event.target),
          state,
          events: filteredEventsInTimeOrder(dataset, state.filters),
          tour: state.tour ? (tours.get(state.tour.tourId) ?? null) : null,
        },
        shortcuts,
      );
      if (!action) return;
      event.preventDefault();
      store.dispatch(action);
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [store, dataset, tours, shortcuts]);
}
