// Turns a checked host command into the store's ordinary actions: the same actions that
// clicks, keys and links use, so the widget behaves exactly as if its visitor had done it.
import type { Dataset } from '../data/types';
import type { AtlasAction } from '../state/actions';
import type { AtlasState } from '../state/atlas-state';
import { findEvent, neighbourEvent } from '../state/selectors';
import { filteredEventsInTimeOrder } from '../timeline/timeline-items';
import type { EmbedCommand } from './embed-messages';

export function commandActions(
  command: EmbedCommand,
  state: AtlasState,
  dataset: Dataset,
): AtlasAction[] {
  switch (command.type) {
    case 'select': {
      const event = findEvent(dataset, command.eventId);
      return [
        {
          type: 'select-event',
          eventId: event?.id ?? null,
          siteId: event?.siteId ?? null,
          origin: 'embed',
        },
      ];
    }
    case 'set-window':
      return [{ type: 'set-window', window: command.window, origin: 'embed' }];
    case 'set-filters':
      return [{ type: 'set-filters', filters: command.filters, origin: 'embed' }];
    case 'next':
    case 'previous': {
      const events = filteredEventsInTimeOrder(dataset, state.filters);
      const target = neighbourEvent(
        events,
        state.selectedEventId,
        command.type === 'next' ? 1 : -1,
      );
      return target
        ? [{ type: 'select-event', eventId: target.id, siteId: target.siteId, origin: 'embed' }]
        : [];
    }
  }
}
