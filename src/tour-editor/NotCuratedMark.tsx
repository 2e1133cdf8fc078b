// The mark on a tour that came in a link: made by a teacher, not one of the atlas's checked
// tours. The same words wherever such a tour is shown (the tour guide, presentation mode).
import { tourEditorStrings } from '../i18n/classroom-strings';

export function NotCuratedMark({ className }: { className: string }) {
  return (
    <p className={className} data-testid="tour-not-curated">
      {tourEditorStrings.fromLinkMark}
    </p>
  );
}
