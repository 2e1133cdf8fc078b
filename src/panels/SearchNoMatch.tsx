// Says so when the search matches no event at all, with a button that clears the search, so
// an empty map and timeline are never a puzzle.
import { strings } from '../i18n/strings';
import { selectFilteredEvents } from '../state/selectors';
import { useAtlasState, useDataset, useDispatch } from '../state/store-context';

export function SearchNoMatch({ onCleared }: { onCleared: () => void }) {
  const dataset = useDataset();
  const dispatch = useDispatch();
  const filters = useAtlasState((state) => state.filters);
  const text = filters.text.trim();
  if (text === '' || selectFilteredEvents(dataset, filters).length > 0) return null;
  return (
    <div className="search-no-match" role="status" data-testid="search-no-match">
      <p>{strings.searchNoMatch(text)}</p>
      <button
        type="button"
        data-testid="clear-search"
        onClick={() => {
          dispatch({ type: 'set-filters', filters: { text: '' }, origin: 'filters' });
          onCleared();
        }}
      >
        {strings.clearSearch}
      </button>
    </div>
  );
}
