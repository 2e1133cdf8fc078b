// Counts the rows that are skipped only because a file they refer to is unusable as a whole
// (events whose sites file is not UTF-8, claims whose events file lacks a column, ...), so the
// one real cause is reported with "and N rows that depend on it" instead of N messages.
import type { DataIssue } from './types';

export class FileDependents {
  private readonly counts = new Map<string, number>();
  /** Ids of rows skipped because of an unusable file, and that file. */
  private readonly lostTo = new Map<string, string>();

  /** `issues` is the build's growing list; a whole-file issue in it marks its file unusable. */
  constructor(private readonly issues: readonly DataIssue[]) {}

  isUnusable(file: string): boolean {
    return this.issues.some((issue) => issue.wholeFile && issue.file === file);
  }

  private count(file: string): void {
    this.counts.set(file, (this.counts.get(file) ?? 0) + 1);
  }

  /**
   * When `file` is unusable, counts one more row that depends on it (remembering the row's
   * `id`, so rows that refer to that row count too) and returns true: the caller skips the
   * row quietly. Returns false when the file is fine and the row's problem is its own.
   */
  skip(file: string, id?: string): boolean {
    if (!this.isUnusable(file)) return false;
    this.count(file);
    if (id !== undefined) this.lostTo.set(id, file);
    return true;
  }

  /** A row that refers to the row `id`: counts it if that row was lost to an unusable file. */
  skipWith(id: string): void {
    const file = this.lostTo.get(id);
    if (file !== undefined) this.count(file);
  }

  /** The issues with each whole-file issue carrying its count of dependent rows. */
  annotate(issues: readonly DataIssue[]): DataIssue[] {
    return issues.map((issue) => {
      const dependents = issue.wholeFile ? (this.counts.get(issue.file) ?? 0) : 0;
      return dependents > 0 ? { ...issue, dependents } : issue;
    });
  }
}
