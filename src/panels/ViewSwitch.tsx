// The pair of buttons that switches between the map and the chronology list. Shared by the
// full atlas's header and the embed widget, which names the list more briefly.
import { strings } from '../i18n/strings';
import { useAtlasState, useDispatch } from '../state/store-context';

export function ViewSwitch({ listLabel = strings.openList }: { listLabel?: string }) {
  const view = useAtlasState((state) => state.view);
  const dispatch = useDispatch();
  return (
    <fieldset className="view-switch">
      <legend className="visually-hidden">{strings.viewLegend}</legend>
      <button
        type="button"
        aria-pressed={view === 'map'}
        data-testid="show-map"
        onClick={() => dispatch({ type: 'set-view', view: 'map', origin: 'panel' })}
      >
        {strings.openMap}
      </button>
      <button
        type="button"
        aria-pressed={view === 'list'}
        data-testid="show-list"
        onClick={() => dispatch({ type: 'set-view', view: 'list', origin: 'panel' })}
      >
        {listLabel}
      </button>
    </fieldset>
  );
}
