// Shows what could not be used: skipped data rows (file:line and why) and ignored parts of
// the link. Dismissable; the atlas keeps working behind it.
import { useState } from 'react';
import { formatIssue } from '../data/build-dataset';
import type { DataIssue } from '../data/types';
import { strings } from '../i18n/strings';

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
    <div className="notice-banner" role="status" data-testid="notice-banner">
      {dataIssues.length > 0 && (
        <details open={dataIssues.length <= 3}>
          <summary>{strings.dataIssuesHeading(dataIssues.length)}</summary>
          <ul data-testid="data-issues">
            {dataIssues.map((issue) => (
              <li key={formatIssue(issue)}>{formatIssue(issue)}</li>
            ))}
          </ul>
        </details>
      )}
      {urlNotices.length > 0 && (
        <div data-testid="url-notices">
          <p>{strings.urlIssuesHeading}</p>
          <ul>
            {urlNotices.map((notice) => (
              <li key={notice}>{notice}</li>
            ))}
          </ul>
        </div>
      )}
      <button type="button" onClick={() => setDismissed(true)}>
        {strings.dismiss}
      </button>
    </div>
  );
}
