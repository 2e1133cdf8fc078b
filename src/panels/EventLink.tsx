// A link-styled button that selects an event, and may leave a page or close the reader in
// the same step (one history entry), then lets its container react. Used wherever a list
// names events.
import type { ReactNode } from 'react';
import type { AtlasEvent } from '../data/types';
import type { AtlasPage } from '../state/atlas-state';
import { useDispatch } from '../state/store-context';

export function EventLink({
  event,
  page,
  closeReader,
  onChosen,
  children,
}: {
  event: AtlasEvent;
  /** The page to show with the event (leaving a dialog page), in the same history entry. */
  page?: AtlasPage;
  /** Whether choosing the event also closes the source reader, in the same history entry. */
  closeReader?: boolean;
  onChosen?: () => void;
  children: ReactNode;
}) {
  const dispatch = useDispatch();
  return (
    <button
      type="button"
      className="link-button"
      onClick={() => {
        dispatch({
          type: 'select-event',
          eventId: event.id,
          siteId: event.siteId,
          page,
          closeReader,
          origin: 'panel',
        });
        onChosen?.();
      }}
    >
      {children}
    </button>
  );
}
