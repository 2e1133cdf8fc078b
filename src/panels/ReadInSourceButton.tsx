// "Read in the source": opens the reader at a quoted passage. One button for an event's
// claims, a move's statements and the figures (in a site's details and in the tables), so
// all of them open the reader the same way.
import { strings } from '../i18n/strings';
import type { ChangeOrigin } from '../state/atlas-state';
import { useDispatch } from '../state/store-context';

export function ReadInSourceButton({
  sourceId,
  passageId,
  origin = 'panel',
}: {
  sourceId: string;
  passageId: string;
  /** Where the button is: the details panel, or the chronology list's tables. */
  origin?: ChangeOrigin;
}) {
  const dispatch = useDispatch();
  return (
    <button
      type="button"
      className="link-button"
      data-testid="read-in-source"
      onClick={() => dispatch({ type: 'open-reader', target: { sourceId, passageId }, origin })}
    >
      {strings.readInSource}
    </button>
  );
}
