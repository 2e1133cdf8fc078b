// The full atlas's "Embed" button: opens the embed dialog for the current view.
import { lazy, useState } from 'react';
import { embedStrings } from '../i18n/embed-strings';
import './embed-dialog.css';
import { PartBoundary } from '../app/PartBoundary';
import { strings } from '../i18n/strings';

// The dialog (code writer and live preview) loads only when someone opens it.
const EmbedDialog = lazy(() =>
  import('./EmbedDialog').then((module) => ({ default: module.EmbedDialog })),
);

export function EmbedButton() {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button
        type="button"
        className="link-button"
        data-testid="open-embed"
        aria-haspopup="dialog"
        onClick={() => setOpen(true)}
      >
        {embedStrings.embedButton}
      </button>
      {open && (
        <PartBoundary part={strings.parts.embedDialog} onClose={() => setOpen(false)}>
          <EmbedDialog onClose={() => setOpen(false)} />
        </PartBoundary>
      )}
    </>
  );
}
