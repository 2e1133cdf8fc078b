// The full atlas's "Embed" button: opens the embed dialog for the current view.
import { lazy, Suspense, useState } from 'react';
import { embedStrings } from '../i18n/embed-strings';
import './embed-dialog.css';

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
        <Suspense fallback={null}>
          <EmbedDialog onClose={() => setOpen(false)} />
        </Suspense>
      )}
    </>
  );
}
