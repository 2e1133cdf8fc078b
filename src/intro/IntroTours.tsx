// The introduction's guided tours: each one starts at its first step, with its narration at the
// top of the details and → to go on. The curated tours only; a link's tour starts by itself.
import { tourGuideStrings } from '../i18n/tour-guide-strings';
import { showStepAction } from '../present/step-navigation';
import { useDispatch } from '../state/store-context';
import { useTours } from '../tours/tours-context';

export function IntroTours() {
  const tours = [...useTours().values()].filter((tour) => !tour.fromLink);
  const dispatch = useDispatch();
  if (tours.length === 0) return null;
  return (
    <section className="introduction-tours" aria-labelledby="intro-tours-heading">
      <h3 id="intro-tours-heading">{tourGuideStrings.introToursHeading}</h3>
      <ul data-testid="intro-tours">
        {tours.map((tour) => (
          <li key={tour.id}>
            <button
              type="button"
              className="introduction-tour"
              data-testid="intro-tour"
              data-tour-id={tour.id}
              onClick={() => {
                const action = showStepAction(tour, 0);
                if (action) dispatch({ ...action, origin: 'intro' });
              }}
            >
              <span className="introduction-tour-title">{tour.title}</span>{' '}
              <span className="introduction-tour-meta">
                ({tourGuideStrings.minutes(tour.minutes)},{' '}
                {tourGuideStrings.steps(tour.steps.length)})
              </span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
