// The tour's narration for the current step, in large type above the map and the details:
// what the audience reads. Nothing is shown outside a tour (the details carry the event).
import { presentStrings } from '../i18n/present-strings';
import { useAtlasState } from '../state/store-context';
import { NotCuratedMark } from '../tour-editor/NotCuratedMark';
import type { Tour } from '../tours/tour-types';

export function NarrationBand({ tours }: { tours: ReadonlyMap<string, Tour> }) {
  const position = useAtlasState((state) => state.tour);
  const tour = position ? tours.get(position.tourId) : undefined;
  const step = tour && position ? tour.steps[position.stepIndex] : undefined;
  if (!tour || !position || !step) return null;
  return (
    <section
      className="narration-band"
      aria-label={presentStrings.narrationLabel}
      data-testid="narration"
      data-step={position.stepIndex + 1}
    >
      <h2 className="narration-tour">
        {tour.title}
        <span className="narration-count">
          {' · '}
          {presentStrings.stepCounter(position.stepIndex + 1, tour.steps.length)}
        </span>
      </h2>
      {tour.fromLink && <NotCuratedMark className="narration-not-curated" />}
      <p className="narration-text" data-testid="narration-text">
        {step.narration}
      </p>
    </section>
  );
}
