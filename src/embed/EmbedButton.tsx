// The full atlas's "Embed" button: opens the embed dialog for the current view.
import { useState } from 'react';
import { embedStrings } from '../i18n/embed-strings';
import { EmbedDialog } from './EmbedDialog';
import './embed-dialog.css';

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
      {open && <EmbedDialog onClose={() => setOpen(false)} />}
    </>
  );
}
