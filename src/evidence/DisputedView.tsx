// Every event whose sources disagree on a figure or a date, the competing claims side by
// side with their speakers.
import { formatEdtfRange } from '../i18n/format-date';
import { strings } from '../i18n/strings';
import { EventLink } from '../panels/EventLink';
import { FigureGroups } from '../panels/FigureGroups';
import { SourcesDisagree } from '../panels/SourcesDisagree';
import { figureGroupsAcrossSources } from '../state/figure-groups';
import { selectDisputedEvents } from '../state/selectors';
import { useDataset, useDispatch } from '../state/store-context';
import { ModalDialog } from './ModalDialog';

export function DisputedView() {
  const dataset = useDataset();
  const dispatch = useDispatch();
  const disputed = selectDisputedEvents(dataset);
  return (
    <ModalDialog
      labelledBy="disputed-title"
      onClose={() => dispatch({ type: 'set-page', page: 'atlas', origin: 'panel' })}
      testId="disputed-view"
    >
      <h2 id="disputed-title">{strings.disputedTitle(disputed.length)}</h2>
      <p>{strings.disputedIntro}</p>
      <ol className="disputed-list">
        {disputed.map((event) => (
          <li key={event.id} data-testid="disputed-event" data-event-id={event.id}>
            <h3>
              <EventLink event={event} page="atlas">
                {formatEdtfRange(event.date, event.end)}: {event.title}
              </EventLink>
            </h3>
            <SourcesDisagree event={event} sources={dataset.sources} />
          </li>
        ))}
      </ol>
      <h2>{strings.disputedFiguresHeading}</h2>
      <p>{strings.disputedFiguresIntro}</p>
      <FigureGroups groups={figureGroupsAcrossSources(dataset)} dataset={dataset} withSite />
    </ModalDialog>
  );
}
