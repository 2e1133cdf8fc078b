// The header's "Make a tour" button; the editor is loaded only when it is opened.
import { lazy, useState } from 'react';
import { PartBoundary } from '../app/PartBoundary';
import { tourEditorStrings } from '../i18n/classroom-strings';
import { strings } from '../i18n/strings';

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
        <PartBoundary part={strings.parts.tourEditor} onClose={() => setOpen(false)}>
          <TourEditor onClose={() => setOpen(false)} />
        </PartBoundary>
      )}
    </>
  );
}
