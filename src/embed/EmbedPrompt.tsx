// What the widget's card says before anything is chosen. Without it the card of a widget that
// opens on a time window (no event in its link) was an empty box, and in a small frame, where
// the map gives way to the card, the widget showed nothing but the timeline.
import { embedStrings } from '../i18n/embed-strings';
import { useAtlasState, useDispatch, useVisibleEvents } from '../state/store-context';

export function EmbedPrompt() {
  const chosen = useAtlasState(
    (state) =>
      state.selectedEventId !== null ||
      state.selectedSiteId !== null ||
      state.selectedMoveId !== null,
  );
  const events = useVisibleEvents();
  const dispatch = useDispatch();
  if (chosen) return null;
  const first = events[0];
  return (
    <div className="embed-prompt" data-testid="embed-prompt">
      <p className="embed-prompt-title">{embedStrings.widgetTitle}</p>
      <p>{embedStrings.promptCount(events.length)}</p>
      {first && (
        <button
          type="button"
          className="embed-prompt-start"
          data-testid="embed-prompt-start"
          onClick={() =>
            dispatch({
              type: 'select-event',
              eventId: first.id,
              siteId: first.siteId,
              origin: 'panel',
            })
          }
        >
          {embedStrings.promptStart}
        </button>
      )}
    </div>
  );
}
