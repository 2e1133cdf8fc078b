// The screen shown when the atlas cannot start: which files could not be used, and for each
// the one cause (not found, no answer in time, not UTF-8, a column missing, ...), with a retry.
import { formatIssue } from '../data/format-issue';
import type { DataIssue } from '../data/types';
import { strings } from '../i18n/strings';
import './load-failed.css';

export function LoadFailedScreen({
  problems,
  onRetry,
}: {
  problems: readonly DataIssue[];
  onRetry: () => void;
}) {
  const files = [...new Set(problems.map((problem) => problem.file))];
  return (
    <div className="app-status" role="alert" data-testid="load-failed">
      <h1>{strings.appTitle}</h1>
      <p>{strings.loadFailed}</p>
      {files.length > 0 && <p>{strings.filesNotRead(files)}</p>}
      {problems.length > 0 && (
        <ul className="load-failed-causes" data-testid="load-failed-causes">
          {problems.map((problem) => (
            <li key={problem.file}>{formatIssue({ ...problem, dependents: 0 })}</li>
          ))}
        </ul>
      )}
      <button type="button" onClick={onRetry}>
        {strings.retry}
      </button>
    </div>
  );
}
