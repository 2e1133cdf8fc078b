// A link-styled button that selects an event, then lets its container react (a dialog
// closes itself, say). Used wherever a list names events.
import type { ReactNode } from 'react';
import type { AtlasEvent } from '../data/types';
import { useDispatch } from '../state/store-context';

export function EventLink({
  event,
  onChosen,
  children,
}: {
  event: AtlasEvent;
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
          origin: 'panel',
        });
        onChosen?.();
      }}
    >
      {children}
    </button>
  );
}
