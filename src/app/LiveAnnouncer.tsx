// A polite live region: announces a new selection and, after the user stops moving it,
// a new time window with the number of events shown.
import { useEffect, useState } from 'react';
import { formatDay, formatEdtfRange } from '../i18n/format-date';
import { strings } from '../i18n/strings';
import { findEvent, findSite, selectShownEvents } from '../state/selectors';
import { useAtlasState, useDataset } from '../state/store-context';

/** Wait this long after the last window change before announcing it. */
const WINDOW_ANNOUNCE_DELAY_MS = 800;

export function LiveAnnouncer() {
  const dataset = useDataset();
  const selectedEventId = useAtlasState((state) => state.selectedEventId);
  const window = useAtlasState((state) => state.window);
  const filters = useAtlasState((state) => state.filters);
  const [message, setMessage] = useState('');

  useEffect(() => {
    const event = findEvent(dataset, selectedEventId);
    if (!event) return;
    const site = findSite(dataset, event.siteId);
    setMessage(
      strings.selectionAnnouncement(
        formatEdtfRange(event.date, event.end),
        site?.name ?? event.siteId,
        event.title,
      ),
    );
  }, [dataset, selectedEventId]);

  useEffect(() => {
    const timer = globalThis.setTimeout(() => {
      const count = selectShownEvents(dataset, filters, window).length;
      setMessage(
        strings.windowAnnouncement(formatDay(window.startMs), formatDay(window.endMs - 1), count),
      );
    }, WINDOW_ANNOUNCE_DELAY_MS);
    return () => globalThis.clearTimeout(timer);
  }, [dataset, filters, window]);

  return (
    <div
      className="visually-hidden"
      aria-live="polite"
      aria-atomic="true"
      data-testid="live-region"
    >
      {message}
    </div>
  );
}
