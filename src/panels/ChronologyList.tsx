// The chronology list: the events that pass the filters in the current window, as a real
// list of buttons. The text alternative to the map and the timeline, synced with both.
import { lazy, useEffect, useRef } from 'react';
import { PartBoundary } from '../app/PartBoundary';
import { formatDay, formatEdtfRange } from '../i18n/format-date';
import { categoryLabels, strings } from '../i18n/strings';
import { findSite, isDisputed } from '../state/selectors';
import { useAtlasState, useDataset, useDispatch, useVisibleEvents } from '../state/store-context';
import { CategoryIcon } from './CategoryIcon';

// The tables of moves and residents come after the list, loaded with it on demand.
const MovementTables = lazy(() =>
  import('../movement/MovementTables').then((module) => ({ default: module.MovementTables })),
);

export function ChronologyList() {
  const dataset = useDataset();
  const dispatch = useDispatch();
  const window = useAtlasState((state) => state.window);
  const selectedEventId = useAtlasState((state) => state.selectedEventId);
  const events = useVisibleEvents();
  const listRef = useRef<HTMLOListElement>(null);
  // Keep the selected event in sight when it was chosen elsewhere (timeline, map, link).
  useEffect(() => {
    if (selectedEventId === null) return;
    const item = listRef.current?.querySelector(`[data-event-id="${CSS.escape(selectedEventId)}"]`);
    item?.scrollIntoView({ block: 'nearest' });
  }, [selectedEventId]);
  return (
    <section
      className="chronology"
      aria-labelledby="chronology-heading"
      data-testid="chronology-list"
    >
      <h2 id="chronology-heading">{strings.listHeading}</h2>
      <p className="chronology-caption">
        {strings.listCaption(events.length, formatDay(window.startMs), formatDay(window.endMs - 1))}
      </p>
      <p className="chronology-caption">
        <a href="#movement-tables" data-testid="movement-tables-link">
          {strings.movementTablesLink}
        </a>
      </p>
      {events.length === 0 ? (
        <p>{strings.listEmpty}</p>
      ) : (
        <ol className="chronology-items" ref={listRef}>
          {events.map((event) => (
            <li key={event.id}>
              <button
                type="button"
                className="chronology-item"
                aria-current={event.id === selectedEventId ? 'true' : undefined}
                data-testid="chronology-item"
                data-event-id={event.id}
                onClick={() =>
                  dispatch({
                    type: 'select-event',
                    eventId: event.id,
                    siteId: event.siteId,
                    origin: 'list',
                  })
                }
              >
                <span className="chronology-date">{formatEdtfRange(event.date, event.end)}</span>
                <span className="chronology-title">{event.title}</span>
                <span className="chronology-meta">
                  <CategoryIcon category={event.category} /> {categoryLabels[event.category]} ·{' '}
                  {findSite(dataset, event.siteId)?.name ?? event.siteId}
                  {isDisputed(event) && (
                    <span className="disputed-badge"> {strings.disputedBadge}</span>
                  )}
                </span>
              </button>
            </li>
          ))}
        </ol>
      )}
      <PartBoundary part={strings.parts.moveTables}>
        <MovementTables />
      </PartBoundary>
    </section>
  );
}
