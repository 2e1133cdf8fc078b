// The presenter window (opened with S): the teacher's notes, the current and the next step,
// the step count and the elapsed time, with the same keys and buttons to drive the
// projector's window. It shares the atlas's store type and actions; the two windows stay in
// step through usePresenterSync.
import { useEffect, useState } from 'react';
import { formatEdtfRange } from '../../i18n/format-date';
import { presentStrings } from '../../i18n/present-strings';
import { presenterStrings } from '../../i18n/presenter-strings';
import { findEvent, selectFilteredEvents } from '../../state/selectors';
import { useAtlasState, useDataset } from '../../state/store-context';
import type { UrlContext } from '../../state/url-state';
import { useTours } from '../../tours/tours-context';
import { focusContextOf, presentationCommandFor } from '../presentation-keys';
import { useStepper } from '../use-stepper';
import { StepCard } from './StepCard';
import { type LinkStatus, usePresenterSync } from './use-presenter-sync';
import '../present.css';

function useElapsedSeconds(): [number, () => void] {
  const [startedAt, setStartedAt] = useState(() => Date.now());
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(timer);
  }, []);
  return [
    Math.max(0, Math.floor((now - startedAt) / 1000)),
    () => {
      setStartedAt(Date.now());
      setNow(Date.now());
    },
  ];
}

function formatElapsed(seconds: number): string {
  const minutes = Math.floor(seconds / 60);
  return `${minutes}:${String(seconds % 60).padStart(2, '0')}`;
}

const STATUS_TEXT: Record<LinkStatus, string> = {
  unsupported: presenterStrings.presenterNoChannel,
  waiting: presenterStrings.presenterWaiting,
  linked: presenterStrings.presenterLinked,
  alone: presenterStrings.presenterAlone,
};

export function PresenterView({ urlContext }: { urlContext: UrlContext }) {
  const dataset = useDataset();
  const tours = useTours();
  const { status, black, toggleBlack } = usePresenterSync('presenter', urlContext);
  const step = useStepper();
  const position = useAtlasState((state) => state.tour);
  const filters = useAtlasState((state) => state.filters);
  const selectedEventId = useAtlasState((state) => state.selectedEventId);
  const [elapsed, resetElapsed] = useElapsedSeconds();

  useEffect(() => {
    document.title = `${presenterStrings.presenterTitle} – ${document.title}`;
    const onKeyDown = (event: KeyboardEvent) => {
      const command = presentationCommandFor(event, focusContextOf(event.target));
      if (
        command === 'next' ||
        command === 'previous' ||
        command === 'first' ||
        command === 'last'
      ) {
        event.preventDefault();
        step(command);
      } else if (command === 'black') {
        event.preventDefault();
        toggleBlack();
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [step, toggleBlack]);

  const tour = position ? tours.get(position.tourId) : undefined;
  const current = tour && position ? tour.steps[position.stepIndex] : undefined;
  const next = tour && position ? tour.steps[position.stepIndex + 1] : undefined;
  const events = selectFilteredEvents(dataset, filters);
  const eventIndex = events.findIndex((event) => event.id === selectedEventId);
  const selected = findEvent(dataset, selectedEventId);
  const nextEvent = eventIndex >= 0 ? events[eventIndex + 1] : events[0];

  return (
    <main className="presenter-view" data-testid="presenter-view">
      <header className="presenter-header">
        <h1>{presenterStrings.presenterTitle}</h1>
        <p role="status" data-testid="presenter-status">
          {STATUS_TEXT[status]}
        </p>
        <p className="presenter-elapsed">
          {presenterStrings.presenterElapsed}{' '}
          <span data-testid="presenter-elapsed">{formatElapsed(elapsed)}</span>{' '}
          <button type="button" onClick={resetElapsed}>
            {presenterStrings.presenterResetTimer}
          </button>
        </p>
      </header>
      <p className="presenter-count" data-testid="presenter-count">
        {tour && position
          ? `${tour.title} · ${presentStrings.stepCounter(position.stepIndex + 1, tour.steps.length)}`
          : `${presenterStrings.presenterNoTour} ${presentStrings.eventCounter(eventIndex + 1, events.length)}`}
      </p>
      <nav className="presenter-controls" aria-label={presentStrings.presentationLabel}>
        <button type="button" data-testid="presenter-previous" onClick={() => step('previous')}>
          ← {presentStrings.previous}
        </button>
        <button type="button" data-testid="presenter-next" onClick={() => step('next')}>
          {presentStrings.next} →
        </button>
        <button
          type="button"
          data-testid="presenter-black"
          aria-pressed={black === true}
          disabled={status !== 'linked'}
          onClick={toggleBlack}
        >
          {presenterStrings.presenterBlack}
        </button>
      </nav>
      <div className="presenter-columns">
        <section aria-labelledby="presenter-current" data-testid="presenter-current">
          <h2 id="presenter-current">{presenterStrings.presenterCurrent}</h2>
          {tour ? (
            current && <StepCard step={current} />
          ) : selected ? (
            <p className="presenter-step-title">
              {formatEdtfRange(selected.date, selected.end)}: {selected.title}
            </p>
          ) : null}
          <h3>{presenterStrings.presenterNotes}</h3>
          <p className="presenter-notes" data-testid="presenter-notes">
            {current?.notes ?? presenterStrings.presenterNoNotes}
          </p>
        </section>
        <section aria-labelledby="presenter-next" data-testid="presenter-next-step">
          <h2 id="presenter-next">{presenterStrings.presenterNext}</h2>
          {tour ? (
            next ? (
              <StepCard step={next} />
            ) : (
              <p>{presenterStrings.presenterEnd}</p>
            )
          ) : nextEvent ? (
            <p className="presenter-step-title">
              {formatEdtfRange(nextEvent.date, nextEvent.end)}: {nextEvent.title}
            </p>
          ) : (
            <p>{presenterStrings.presenterEnd}</p>
          )}
        </section>
      </div>
    </main>
  );
}
