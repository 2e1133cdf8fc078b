// One tour step as the presenter sees it: the event's date and title (or the window), and
// the narration the audience reads.
import { formatEdtfRange } from '../../i18n/format-date';
import { findEvent, findSite } from '../../state/selectors';
import { useDataset } from '../../state/store-context';
import type { TourStep } from '../../tours/tour-types';

export function StepCard({ step }: { step: TourStep }) {
  const dataset = useDataset();
  const event = findEvent(dataset, step.event ?? null);
  const site = findSite(dataset, step.site ?? null);
  const heading = event
    ? `${formatEdtfRange(event.date, event.end)}: ${event.title}`
    : `${step.from ?? ''}–${step.to ?? ''}${site ? ` · ${site.name}` : ''}`;
  return (
    <div className="presenter-step">
      <p className="presenter-step-title">{heading}</p>
      <p className="presenter-step-narration">{step.narration}</p>
    </div>
  );
}
