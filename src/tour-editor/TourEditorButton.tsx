// The header's "Make a tour" button; the editor is loaded only when it is opened.
import { lazy, Suspense, useState } from 'react';
import { tourEditorStrings } from '../i18n/classroom-strings';

const TourEditor = lazy(() =>
  import('./TourEditor').then((module) => ({ default: module.TourEditor })),
);

export function TourEditorButton() {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" data-testid="open-tour-editor" onClick={() => setOpen(true)}>
        {tourEditorStrings.open}
      </button>
      {open && (
        <Suspense fallback={null}>
          <TourEditor onClose={() => setOpen(false)} />
        </Suspense>
      )}
    </>
  );
}
