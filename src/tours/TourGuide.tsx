// A guided tour outside presentation mode: the tour's title, where we are, the narration of
// the step, and the way on (Previous, Next, Present, Leave). It sits at the top of the details,
// so the step's event is right below its narration. The keys ← → step the tour as well.
import { useEffect, useRef } from 'react';
import { tourHandoutStrings } from '../i18n/classroom-strings';
import { presentStrings } from '../i18n/present-strings';
import { tourGuideStrings } from '../i18n/tour-guide-strings';
import { useStepper } from '../present/use-stepper';
import { useAtlasState, useDispatch } from '../state/store-context';
import { NotCuratedMark } from '../tour-editor/NotCuratedMark';
import { printTourHandout } from '../tour-editor/print-handout';
import { useTours } from './tours-context';
import './tour-guide.css';

export function TourGuide() {
  const position = useAtlasState((state) => state.tour);
  const presenting = useAtlasState((state) => state.presenting);
  const origin = useAtlasState((state) => state.selectionOrigin);
  const linkTour = useAtlasState((state) => state.linkTour);
  const tours = useTours();
  const dispatch = useDispatch();
  const step = useStepper();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const tour = position ? tours.get(position.tourId) : undefined;
  const current = tour && position ? tour.steps[position.stepIndex] : undefined;
  // A tour started from the introduction puts focus on its narration, where → carries on.
  // biome-ignore lint/correctness/useExhaustiveDependencies: each new tour start moves focus once.
  useEffect(() => {
    if (origin === 'intro') headingRef.current?.focus({ preventScroll: false });
  }, [origin, tour?.id]);
  if (!tour || !position || !current || presenting) return null;
  const last = position.stepIndex === tour.steps.length - 1;
  // The handout's QR code opens the tour at its first step (with the tour itself, for a
  // tour that came in a link).
  const printHandout = () => {
    const params = new URLSearchParams({ tour: tour.id, step: '1' });
    if (linkTour?.id === tour.id) params.set('mytour', linkTour.encoded);
    const url = `${window.location.origin}${window.location.pathname}?${params.toString()}`;
    printTourHandout({ tour, url, curated: !tour.fromLink });
  };
  return (
    <section className="tour-guide" aria-labelledby="tour-guide-heading" data-testid="tour-guide">
      <h3 id="tour-guide-heading" ref={headingRef} tabIndex={-1}>
        <span className="tour-guide-kind">{tourGuideStrings.kind}</span> {tour.title}
      </h3>
      {tour.fromLink && <NotCuratedMark className="tour-guide-mark" />}
      <p className="tour-guide-narration" data-testid="tour-guide-narration">
        <strong data-testid="tour-guide-counter">
          {presentStrings.stepCounter(position.stepIndex + 1, tour.steps.length)}.
        </strong>{' '}
        {current.narration}
      </p>
      <div className="tour-guide-actions">
        <button
          type="button"
          data-testid="tour-guide-previous"
          disabled={position.stepIndex === 0}
          onClick={() => step('previous')}
        >
          ← {presentStrings.previous}
        </button>
        <button
          type="button"
          className="primary-button"
          data-testid="tour-guide-next"
          disabled={last}
          onClick={() => step('next')}
        >
          {presentStrings.next} →
        </button>
        <button
          type="button"
          data-testid="tour-guide-present"
          title={presentStrings.presentHint}
          onClick={() => dispatch({ type: 'set-presenting', presenting: true, origin: 'present' })}
        >
          {tourGuideStrings.present}
        </button>
        <button type="button" data-testid="tour-guide-print" onClick={printHandout}>
          {tourHandoutStrings.print}
        </button>
        <button
          type="button"
          data-testid="tour-guide-leave"
          onClick={() => dispatch({ type: 'leave-tour', origin: 'panel' })}
        >
          {tourGuideStrings.leave}
        </button>
      </div>
      {last && <p className="tour-guide-end">{tourGuideStrings.end}</p>}
    </section>
  );
}
