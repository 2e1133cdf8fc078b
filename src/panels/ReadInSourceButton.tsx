// "Read in the source": opens the reader at a quoted passage. One button for an event's
// claims and a move's statements, so both open the reader the same way.
import { strings } from '../i18n/strings';
import { useDispatch } from '../state/store-context';

export function ReadInSourceButton({
  sourceId,
  passageId,
}: {
  sourceId: string;
  passageId: string;
}) {
  const dispatch = useDispatch();
  return (
    <button
      type="button"
      className="link-button"
      data-testid="read-in-source"
      onClick={() =>
        dispatch({ type: 'open-reader', target: { sourceId, passageId }, origin: 'panel' })
      }
    >
      {strings.readInSource}
    </button>
  );
}
