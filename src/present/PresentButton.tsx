// The header's "Present" button; PresentationMode does the rest (full screen included, while
// the click still counts as a user gesture).
import { presentStrings } from '../i18n/present-strings';
import { useDispatch } from '../state/store-context';

export function PresentButton() {
  const dispatch = useDispatch();
  return (
    <button
      type="button"
      className="present-button"
      data-testid="present-button"
      title={presentStrings.presentHint}
      onClick={() => dispatch({ type: 'set-presenting', presenting: true, origin: 'present' })}
    >
      {presentStrings.present}
    </button>
  );
}
