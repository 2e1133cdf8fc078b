// The editor's last part: what still stops the tour from being shared, or its link (with
// Copy link and Open) and its file for data/tours.json.
import { useRef, useState } from 'react';
import { downloadText } from '../evidence/download-file';
import { tourEditorStrings as text, tourHandoutStrings } from '../i18n/classroom-strings';
import { QrCode } from '../share/QrCode';
import { currentViewUrl } from '../share/ShareButton';
import { printTourHandout } from './print-handout';
import type { DraftCheck } from './tour-draft';
import { MAX_TOUR_LINK_LENGTH, tourLinkQuery } from './tour-link';

export function TourShare({ check }: { check: DraftCheck }) {
  const fieldRef = useRef<HTMLInputElement>(null);
  const [copy, setCopy] = useState<'idle' | 'copied' | 'failed'>('idle');
  const { tour, problems } = check;
  if (!tour) {
    return (
      <section className="tour-editor-share" aria-labelledby="tour-share-heading">
        <h3 id="tour-share-heading">{text.shareHeading}</h3>
        <p>{text.problemsHeading}</p>
        <ul data-testid="tour-problems">
          {problems.map((problem) => (
            <li key={problem}>{problem}</li>
          ))}
        </ul>
      </section>
    );
  }
  const { query, encodedLength } = tourLinkQuery(tour);
  const url = currentViewUrl(query);
  const fits = encodedLength <= MAX_TOUR_LINK_LENGTH;
  return (
    <section className="tour-editor-share" aria-labelledby="tour-share-heading">
      <h3 id="tour-share-heading">{text.shareHeading}</h3>
      {fits ? (
        <>
          <label htmlFor="tour-link">{text.linkLabel}</label>
          <div className="share-link">
            <input id="tour-link" ref={fieldRef} readOnly value={url} data-testid="tour-link" />
            <button
              type="button"
              onClick={async () => {
                try {
                  await navigator.clipboard.writeText(url);
                  setCopy('copied');
                } catch {
                  fieldRef.current?.focus();
                  fieldRef.current?.select();
                  setCopy('failed');
                }
              }}
            >
              {text.copyLink}
            </button>
            <a href={url} data-testid="tour-open">
              {text.openTour}
            </a>
          </div>
          <p role="status">
            {copy === 'copied'
              ? text.copied
              : copy === 'failed'
                ? text.copyFailed
                : text.linkLength(encodedLength, MAX_TOUR_LINK_LENGTH)}
          </p>
        </>
      ) : (
        <p data-testid="tour-too-long">{text.tooLong(encodedLength, MAX_TOUR_LINK_LENGTH)}</p>
      )}
      {fits && <QrCode text={url} testId="tour-qr" />}
      <div className="tour-editor-actions">
        <button
          type="button"
          data-testid="tour-download"
          onClick={() =>
            downloadText(
              `${tour.id}.tour.json`,
              `${JSON.stringify(tour, null, 2)}\n`,
              'application/json',
            )
          }
        >
          {text.download}
        </button>
        <button
          type="button"
          data-testid="tour-print"
          onClick={() => printTourHandout({ tour, url: fits ? url : null, curated: false })}
        >
          {tourHandoutStrings.print}
        </button>
      </div>
    </section>
  );
}
