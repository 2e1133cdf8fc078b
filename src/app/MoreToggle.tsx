// The "More" button that folds a bar's less used controls away on a small screen (the page's
// header, the presentation bar). Each bar's style says at which sizes it shows; its arrow
// says whether the controls are open (layout.css).
import { strings } from '../i18n/strings';

interface MoreToggleProps {
  readonly open: boolean;
  /** The id of the folded controls. */
  readonly controls: string;
  readonly className: string;
  readonly testId: string;
  readonly onToggle: () => void;
}

export function MoreToggle({ open, controls, className, testId, onToggle }: MoreToggleProps) {
  return (
    <button
      type="button"
      className={`more-toggle ${className}`}
      aria-expanded={open}
      aria-controls={controls}
      data-testid={testId}
      onClick={onToggle}
    >
      {strings.moreButton}
    </button>
  );
}
