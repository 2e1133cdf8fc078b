// The first thing a visitor sees on a plain visit: what the atlas shows, the caveat about
// its one-sided sources, and two ways on. Never shown on a link that names a view.
import { useId } from 'react';
import { strings } from '../i18n/strings';
import { PageLink } from '../panels/PageLink';
import { useAtlasState, useDataset, useDispatch } from '../state/store-context';
import { commandAction } from '../timeline/timeline-commands';
import { filteredEventsInTimeOrder } from '../timeline/timeline-items';
import { IntroTours } from './IntroTours';
import './intro.css';

export const INTRO_HEADING_ID = 'intro-heading';

export function Introduction() {
  const open = useAtlasState((state) => state.introOpen);
  const filters = useAtlasState((state) => state.filters);
  const timeWindow = useAtlasState((state) => state.window);
  const dataset = useDataset();
  const dispatch = useDispatch();
  const caveatId = useId();
  if (!open) return null;

  const startAtTheBeginning = () => {
    const events = filteredEventsInTimeOrder(dataset, filters);
    const action = commandAction('first', events, null, timeWindow, 'intro');
    if (action) dispatch(action);
  };
  const explore = () => {
    dispatch({ type: 'set-intro', open: false, origin: 'intro' });
    document.getElementById('atlas-main')?.focus({ preventScroll: true });
  };

  return (
    <section
      className="introduction"
      aria-labelledby={INTRO_HEADING_ID}
      aria-describedby={caveatId}
      data-testid="introduction"
    >
      <div className="introduction-bar">
        <h2 id={INTRO_HEADING_ID} tabIndex={-1}>
          {strings.introHeading}
        </h2>
        <button
          type="button"
          className="close-button"
          aria-label={strings.closeIntro}
          data-testid="intro-close"
          onClick={explore}
        >
          ×
        </button>
      </div>
      <p>{strings.introWhat}</p>
      <p id={caveatId} className="introduction-caveat">
        {strings.introCaveat} <PageLink page="about">{strings.introSourcesLink}</PageLink>
      </p>
      {/* The ways on: the chronology from its start, exploring freely, or a guided tour. */}
      <div className="introduction-ways">
        <button
          type="button"
          className="primary-button"
          data-testid="intro-start"
          onClick={startAtTheBeginning}
        >
          {strings.introStart} →
        </button>
        <button type="button" data-testid="intro-explore" onClick={explore}>
          {strings.introExplore}
        </button>
      </div>
      <IntroTours />
      <p>{strings.introHow}</p>
      <p className="introduction-keys">{strings.introKeysHint}</p>
    </section>
  );
}
