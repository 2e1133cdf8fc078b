// The tour editor: pick events, write the narration, reorder, then share the tour as a
// link (the tour compressed into it) or download it as an entry for data/tours.json.
import { useEffect, useId, useMemo, useState } from 'react';
import { ModalDialog } from '../evidence/ModalDialog';
import { tourEditorStrings as text } from '../i18n/classroom-strings';
import { formatEdtfRange } from '../i18n/format-date';
import { useAtlasState, useDataset } from '../state/store-context';
import { TOUR_LIMITS } from '../tours/tour-types';
import { TourShare } from './TourShare';
import {
  checkDraft,
  type DraftStep,
  moveStep,
  readStoredDraft,
  type TourDraft,
} from './tour-draft';
import './tour-editor.css';

/** Where the draft waits between visits, in this browser only. */
const DRAFT_KEY = 'atlas-tour-draft';

function loadDraft(): TourDraft {
  try {
    return readStoredDraft(window.localStorage.getItem(DRAFT_KEY));
  } catch {
    return readStoredDraft(null);
  }
}

export function TourEditor({ onClose }: { onClose: () => void }) {
  const dataset = useDataset();
  const selectedEventId = useAtlasState((state) => state.selectedEventId);
  const [draft, setDraft] = useState(loadDraft);
  const [pick, setPick] = useState(dataset.events[0]?.id ?? '');
  const baseId = useId();
  const references = useMemo(
    () => ({
      eventIds: new Set(dataset.events.map((event) => event.id)),
      siteIds: new Set(dataset.sites.map((site) => site.id)),
    }),
    [dataset],
  );
  const eventsById = useMemo(
    () => new Map(dataset.events.map((event) => [event.id, event])),
    [dataset],
  );
  const check = useMemo(() => checkDraft(draft, references), [draft, references]);

  useEffect(() => {
    try {
      window.localStorage.setItem(DRAFT_KEY, JSON.stringify(draft));
    } catch {
      // Storage full or blocked: the draft lives as long as the page.
    }
  }, [draft]);

  const update = (changes: Partial<TourDraft>) =>
    setDraft((current) => ({ ...current, ...changes }));
  const updateStep = (index: number, changes: Partial<DraftStep>) =>
    setDraft((current) => ({
      ...current,
      steps: current.steps.map((step, at) => (at === index ? { ...step, ...changes } : step)),
    }));
  const addStep = (event: string) =>
    setDraft((current) => ({
      ...current,
      steps: [...current.steps, { event, narration: '', notes: '' }],
    }));
  const selected = selectedEventId ? eventsById.get(selectedEventId) : undefined;

  return (
    <ModalDialog labelledBy="tour-editor-title" onClose={onClose} testId="tour-editor">
      <div className="tour-editor-dialog">
        <h2 id="tour-editor-title">{text.title}</h2>
        <p>{text.intro}</p>
        <p className="tour-editor-note">{text.notCurated}</p>
        <div className="tour-editor-fields">
          <label>
            <span>{text.titleLabel}</span>
            <input
              value={draft.title}
              maxLength={TOUR_LIMITS.titleMax}
              data-testid="tour-title"
              onChange={(event) => update({ title: event.target.value })}
            />
          </label>
          <label>
            <span>{text.audienceLabel}</span>
            <input
              value={draft.audience}
              maxLength={TOUR_LIMITS.audienceMax}
              data-testid="tour-audience"
              onChange={(event) => update({ audience: event.target.value })}
            />
          </label>
          <label className="tour-editor-minutes">
            <span>{text.minutesLabel}</span>
            <input
              type="number"
              min={TOUR_LIMITS.minutesMin}
              max={TOUR_LIMITS.minutesMax}
              value={draft.minutes}
              onChange={(event) => update({ minutes: Math.round(Number(event.target.value)) })}
            />
          </label>
        </div>
        <h3>{text.stepsHeading(draft.steps.length)}</h3>
        {draft.steps.length === 0 && <p>{text.noSteps}</p>}
        <ol className="tour-editor-steps">
          {draft.steps.map((step, index) => {
            const event = eventsById.get(step.event);
            const name = event
              ? `${formatEdtfRange(event.date, event.end)} · ${event.title}`
              : step.event;
            const narrationId = `${baseId}-narration-${index}`;
            return (
              // Steps have no identity of their own beyond their place; an event may recur.
              // biome-ignore lint/suspicious/noArrayIndexKey: the index is the step's identity here.
              <li key={index} data-testid="tour-editor-step" data-event-id={step.event}>
                <h4 id={`${baseId}-step-${index}`}>{text.stepLabel(index, name)}</h4>
                <label htmlFor={narrationId}>
                  {text.narrationLabel(step.narration.trim().length, TOUR_LIMITS.narrationMax)}
                </label>
                <textarea
                  id={narrationId}
                  rows={3}
                  value={step.narration}
                  aria-describedby={`${baseId}-help`}
                  data-testid="tour-step-narration"
                  onChange={(change) => updateStep(index, { narration: change.target.value })}
                />
                <label>
                  <span>{text.notesLabel}</span>
                  <textarea
                    rows={2}
                    value={step.notes}
                    onChange={(change) => updateStep(index, { notes: change.target.value })}
                  />
                </label>
                <div className="tour-editor-step-actions">
                  <button
                    type="button"
                    disabled={index === 0}
                    data-testid="tour-step-up"
                    onClick={() =>
                      setDraft((current) => ({
                        ...current,
                        steps: moveStep(current.steps, index, -1),
                      }))
                    }
                  >
                    {text.moveUp}
                    <span className="visually-hidden"> {text.whichStep(index)}</span>
                  </button>
                  <button
                    type="button"
                    disabled={index === draft.steps.length - 1}
                    data-testid="tour-step-down"
                    onClick={() =>
                      setDraft((current) => ({
                        ...current,
                        steps: moveStep(current.steps, index, 1),
                      }))
                    }
                  >
                    {text.moveDown}
                    <span className="visually-hidden"> {text.whichStep(index)}</span>
                  </button>
                  <button
                    type="button"
                    data-testid="tour-step-remove"
                    onClick={() =>
                      setDraft((current) => ({
                        ...current,
                        steps: current.steps.filter((_, at) => at !== index),
                      }))
                    }
                  >
                    {text.remove}
                    <span className="visually-hidden"> {text.whichStep(index)}</span>
                  </button>
                </div>
              </li>
            );
          })}
        </ol>
        <p id={`${baseId}-help`} className="tour-editor-help">
          {text.narrationHelp}
        </p>
        <div className="tour-editor-add">
          <label>
            <span>{text.pickLabel}</span>
            <select
              value={pick}
              data-testid="tour-pick"
              onChange={(event) => setPick(event.target.value)}
            >
              {dataset.events.map((event) => (
                <option key={event.id} value={event.id}>
                  {formatEdtfRange(event.date, event.end)} · {event.title}
                </option>
              ))}
            </select>
          </label>
          <button type="button" data-testid="tour-add" onClick={() => pick && addStep(pick)}>
            {text.addStep}
          </button>
          {selected && (
            <button
              type="button"
              data-testid="tour-add-selected"
              onClick={() => addStep(selected.id)}
            >
              {text.addSelected(selected.title)}
            </button>
          )}
        </div>
        <TourShare check={check} />
        <p className="tour-editor-help">{text.downloadHelp}</p>
        <button type="button" onClick={() => setDraft(readStoredDraft(null))}>
          {text.startOver}
        </button>
      </div>
    </ModalDialog>
  );
}
