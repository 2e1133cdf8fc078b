// Shows what could not be used: skipped data rows (file:line and why), data files shown from
// the build's copy because they could not be fetched, and ignored parts of the link. Dismissable (the control comes first, so it is reached at once); a long list shows
// its first items and "and N more", so the notice stays short and the atlas stays in view.
import { useState } from 'react';
import { formatIssue } from '../data/format-issue';
import type { DataIssue } from '../data/types';
import { strings } from '../i18n/strings';
import './notices.css';

/** How many items of each list show before "and N more". */
const FIRST_ITEMS = 3;

function CappedList({ items, testId }: { items: readonly string[]; testId: string }) {
  const [expanded, setExpanded] = useState(false);
  const shown = expanded ? items : items.slice(0, FIRST_ITEMS);
  const hidden = items.length - FIRST_ITEMS;
  return (
    <>
      <ul data-testid={testId}>
        {shown.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
      {hidden > 0 && (
        <button
          type="button"
          className="notice-more"
          aria-expanded={expanded}
          data-testid={`${testId}-more`}
          onClick={() => setExpanded((value) => !value)}
        >
          {expanded ? strings.noticeShowFewer : strings.noticeShowMore(hidden)}
        </button>
      )}
    </>
  );
}

export function NoticeBanner({
  dataIssues,
  urlNotices,
}: {
  dataIssues: readonly DataIssue[];
  urlNotices: readonly string[];
}) {
  const [dismissed, setDismissed] = useState(false);
  if (dismissed || (dataIssues.length === 0 && urlNotices.length === 0)) return null;
  return (
    <section className="notice-banner" aria-label={strings.noticeLabel} data-testid="notice-banner">
      <button type="button" className="notice-dismiss" onClick={() => setDismissed(true)}>
        {strings.dismiss}
      </button>
      {dataIssues.length > 0 && (
        <div role="status">
          <p className="notice-heading">
            {strings.dataIssuesHeading(
              dataIssues.length,
              dataIssues.filter((issue) => issue.copyShown).length,
            )}
          </p>
          <CappedList items={dataIssues.map(formatIssue)} testId="data-issues" />
        </div>
      )}
      {urlNotices.length > 0 && (
        <div role="status" data-testid="url-notices">
          <p className="notice-heading">{strings.urlIssuesHeading}</p>
          <CappedList items={urlNotices} testId="url-notices-list" />
        </div>
      )}
    </section>
  );
}
