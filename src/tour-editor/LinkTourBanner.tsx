// A teacher's tour opened from its link: its title, the mark that it is not one of the
// atlas's checked tours, and the narration of the step whose event is selected. Moving
// between events (← →, the list, the timeline) moves through the tour's events.
import { tourEditorStrings } from '../i18n/classroom-strings';
import './tour-editor.css';
import { useAtlasState } from '../state/store-context';
import type { Tour } from '../tours/tour-types';

export function LinkTourBanner({ tour }: { tour: Tour }) {
  const selectedEventId = useAtlasState((state) => state.selectedEventId);
  const index = tour.steps.findIndex((step) => step.event === selectedEventId);
  const step = tour.steps[index];
  return (
    <section
      className="link-tour-banner"
      aria-label={tourEditorStrings.linkTourLabel}
      data-testid="link-tour"
    >
      <h2>{tour.title}</h2>
      <p className="link-tour-mark" data-testid="tour-not-curated">
        {tourEditorStrings.fromLinkMark}
      </p>
      {step && (
        <p data-testid="link-tour-narration">
          <strong>{tourEditorStrings.stepOf(index, tour.steps.length)}</strong> {step.narration}
        </p>
      )}
    </section>
  );
}
