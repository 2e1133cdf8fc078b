// The source reader: the whole document as text, the quoted passage highlighted and
// scrolled into view, the document's publisher and perspective above it, and the events
// that cite it.
import { useEffect, useRef } from 'react';
import type { Dataset } from '../data/types';
import { formatEdtf, formatEdtfRange } from '../i18n/format-date';
import { strings } from '../i18n/strings';
import { EventLink } from '../panels/EventLink';
import type { ReaderTarget } from '../state/atlas-state';
import { useDataset, useDispatch } from '../state/store-context';
import { highlightPassage } from './highlight';
import { ModalDialog } from './ModalDialog';
import { useSourceText } from './use-source-text';

export function SourceReader({ target }: { target: ReaderTarget }) {
  const dataset = useDataset();
  const dispatch = useDispatch();
  const source = dataset.sources.find((candidate) => candidate.id === target.sourceId);
  const claim = dataset.events
    .flatMap((event) => event.claims)
    .find((candidate) => candidate.id === target.passageId);
  const figure = dataset.figures.find((candidate) => candidate.id === target.passageId);
  const moveClaim = dataset.moves
    .flatMap((move) => move.claims)
    .find((candidate) => candidate.id === target.passageId);
  const quote = claim?.quote ?? figure?.quote ?? moveClaim?.quote ?? null;
  const textState = useSourceText(source?.file ?? null);
  const passageRef = useRef<HTMLElement>(null);
  const close = () => dispatch({ type: 'open-reader', target: null, origin: 'panel' });
  const citing = citingEvents(dataset, target.sourceId);

  const ready = textState.status === 'ready';
  useEffect(() => {
    if (ready) passageRef.current?.scrollIntoView({ block: 'center' });
  }, [ready]);

  if (!source) return null;
  const highlighted = textState.status === 'ready' ? highlightPassage(textState.text, quote) : null;
  return (
    <ModalDialog labelledBy="reader-title" onClose={close} testId="source-reader">
      <header className="reader-header">
        <h2 id="reader-title">{source.title}</h2>
        <dl className="reader-facts">
          <dt>{strings.readerPublisher}</dt>
          <dd>
            {source.publisher}
            {source.author ? ` · ${source.author}` : ''}
          </dd>
          <dt>{strings.readerPublished}</dt>
          <dd>{formatEdtf(source.published)}</dd>
          <dt>{strings.readerPerspective}</dt>
          <dd>{source.perspective}</dd>
        </dl>
        {claim && <p className="reader-speaker">{strings.readerQuotedSpeaker(claim.speaker)}</p>}
      </header>
      <div className="reader-text" data-testid="reader-text">
        {textState.status === 'loading' && <p>{strings.loading}</p>}
        {textState.status === 'failed' && (
          <div role="alert" data-testid="reader-failed">
            <p>{strings.readerFailed(source.file, textState.failure)}</p>
            <button type="button" onClick={textState.retry}>
              {strings.retry}
            </button>
          </div>
        )}
        {highlighted && (
          <p className="reader-document">
            {highlighted.before}
            {highlighted.found && (
              <mark ref={passageRef} data-testid="reader-passage">
                {highlighted.passage}
              </mark>
            )}
            {highlighted.after}
          </p>
        )}
      </div>
      <section className="reader-citing" aria-labelledby="reader-citing-heading">
        <h3 id="reader-citing-heading">{strings.readerCitingEvents(citing.length)}</h3>
        <ul>
          {citing.map((event) => (
            <li key={event.id}>
              <EventLink event={event} closeReader onChosen={close}>
                {formatEdtfRange(event.date, event.end)}: {event.title}
              </EventLink>
            </li>
          ))}
        </ul>
      </section>
    </ModalDialog>
  );
}

export function citingEvents(dataset: Dataset, sourceId: string) {
  return dataset.events.filter((event) =>
    event.claims.some((claim) => claim.sourceId === sourceId),
  );
}
