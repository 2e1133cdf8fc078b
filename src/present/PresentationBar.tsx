// The controls of presentation mode: tour, step counter, previous/next, autoplay and its
// pace, full screen, presenter view, leave. Large targets for a teacher at a projector.
import { useState } from 'react';
import { MoreToggle } from '../app/MoreToggle';
import { presentStrings } from '../i18n/present-strings';
import { strings } from '../i18n/strings';
import { ShareButton } from '../share/ShareButton';
import { FULL_WINDOW } from '../state/atlas-state';
import { selectFilteredEvents } from '../state/selectors';
import { useAtlasState, useDataset, useDispatch } from '../state/store-context';
import type { Tour } from '../tours/tour-types';
import { type StepCommand, showStepAction } from './step-navigation';
import { AUTOPLAY_CONTROL_ATTRIBUTE, type Autoplay, PACE_CHOICES_SECONDS } from './use-autoplay';

interface PresentationBarProps {
  readonly tours: ReadonlyMap<string, Tour>;
  readonly autoplay: Autoplay;
  readonly onStep: (command: StepCommand) => boolean;
  readonly onFullscreen: () => void;
  readonly onPresenter: () => void;
  readonly onLeave: () => void;
}

function useCounter(tours: ReadonlyMap<string, Tour>): string {
  const dataset = useDataset();
  const position = useAtlasState((state) => state.tour);
  const filters = useAtlasState((state) => state.filters);
  const selectedEventId = useAtlasState((state) => state.selectedEventId);
  const tour = position ? tours.get(position.tourId) : undefined;
  if (tour && position)
    return presentStrings.stepCounter(position.stepIndex + 1, tour.steps.length);
  const events = selectFilteredEvents(dataset, filters);
  const index = events.findIndex((event) => event.id === selectedEventId);
  return presentStrings.eventCounter(index + 1, events.length);
}

/** The id of the less used controls, which fold behind "More" on a narrow screen. */
const MORE_ID = 'presentation-more';

export function PresentationBar(props: PresentationBarProps) {
  const { tours, autoplay, onStep } = props;
  const dispatch = useDispatch();
  const [moreOpen, setMoreOpen] = useState(false);
  const position = useAtlasState((state) => state.tour);
  const counter = useCounter(tours);
  const chooseTour = (tourId: string) => {
    const tour = tours.get(tourId);
    const action = tour
      ? showStepAction(tour, 0)
      : ({
          type: 'show-step',
          position: null,
          eventId: null,
          siteId: null,
          window: FULL_WINDOW,
          camera: null,
          origin: 'present',
        } as const);
    if (action) dispatch(action);
  };
  return (
    <section
      className="presentation-bar"
      aria-label={presentStrings.presentationLabel}
      data-testid="presentation-bar"
    >
      {/* The header with the page's title is hidden while presenting. */}
      <h1 className="visually-hidden">{strings.appTitle}</h1>
      <label className="presentation-tour">
        <span>{presentStrings.tourLabel}</span>
        <select
          value={position?.tourId ?? ''}
          data-testid="tour-select"
          onChange={(event) => chooseTour(event.target.value)}
        >
          <option value="">{presentStrings.noTour}</option>
          {[...tours.values()].map((tour) => (
            <option key={tour.id} value={tour.id}>
              {tour.title}
            </option>
          ))}
        </select>
      </label>
      <span className="presentation-counter" data-testid="step-counter">
        {counter}
      </span>
      <button type="button" data-testid="previous-step" onClick={() => onStep('previous')}>
        ← {presentStrings.previous}
      </button>
      <button type="button" data-testid="next-step" onClick={() => onStep('next')}>
        {presentStrings.next} →
      </button>
      <span className="presentation-autoplay" {...{ [AUTOPLAY_CONTROL_ATTRIBUTE]: '' }}>
        <button
          type="button"
          aria-pressed={autoplay.playing}
          data-testid="autoplay"
          onClick={() => (autoplay.playing ? autoplay.pause() : autoplay.play())}
        >
          {autoplay.playing ? presentStrings.pause : presentStrings.play}
        </button>
        <label>
          <span className="visually-hidden">{presentStrings.paceLabel}</span>
          <select
            value={autoplay.paceSeconds}
            data-testid="autoplay-pace"
            title={presentStrings.paceLabel}
            onChange={(event) => autoplay.setPace(Number(event.target.value))}
          >
            {PACE_CHOICES_SECONDS.map((seconds) => (
              <option key={seconds} value={seconds}>
                {presentStrings.pace(seconds)}
              </option>
            ))}
          </select>
        </label>
      </span>
      {/* On a phone the bar took three rows of a screen that has room for little else; the
          controls used once a lesson (share, full screen, presenter view, leave) fold behind
          this button there (present.css). Wider, it is not shown and they stay in the bar. */}
      <MoreToggle
        open={moreOpen}
        controls={MORE_ID}
        className="presentation-more-toggle"
        testId="presentation-more"
        onToggle={() => setMoreOpen(!moreOpen)}
      />
      <span id={MORE_ID} className={moreOpen ? 'presentation-end is-open' : 'presentation-end'}>
        {/* The link and QR code for students' phones, at the step on screen. */}
        <ShareButton />
        <button type="button" data-testid="fullscreen" onClick={props.onFullscreen}>
          {presentStrings.fullScreen}
        </button>
        <button type="button" data-testid="open-presenter" onClick={props.onPresenter}>
          {presentStrings.presenterView}
        </button>
        <button type="button" data-testid="leave-presentation" onClick={props.onLeave}>
          {presentStrings.leave}
        </button>
      </span>
      <p className="presentation-keys">{presentStrings.keysHelp}</p>
    </section>
  );
}
