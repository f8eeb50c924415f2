import type { CommitWithFiles } from '../git/git.ts';
import { isMeaningfulChange, isSkipped } from './meaningful.ts';

/**
 * The content tree's history, indexed by file, with a memoized judge of "did this commit change this
 * file's text". One `git log` feeds every page; file contents are read only for the few commits the
 * staleness walk actually asks about, and each (commit, file) pair is judged once per build even though
 * every language asks about the same source.
 */

/** Reads a file as it was at a commit; null when it did not exist there. */
export type ReadAt = (sha: string, path: string) => string | null;

export interface History {
  /** Newest first, as `git log` lists them. */
  commits: readonly CommitWithFiles[];
  /** Whether a commit changed a file's text; false for `i18n: skip` commits. */
  changedText(index: number, path: string): boolean;
  /** Indexes into `commits` of those touching `path`, newest first. */
  touching(path: string): readonly number[];
}

export function indexHistory(commits: readonly CommitWithFiles[], readAt: ReadAt): History {
  const byPath = new Map<string, number[]>();
  commits.forEach((commit, i) => {
    for (const file of commit.files) {
      const list = byPath.get(file);
      if (list) list.push(i);
      else byPath.set(file, [i]);
    }
  });
  const verdicts = new Map<string, boolean>();
  const touching = (path: string) => byPath.get(path) ?? [];

  function changedText(index: number, path: string): boolean {
    const commit = commits[index];
    if (!commit || isSkipped(commit)) return false;
    const key = `${commit.sha}\0${path}`;
    const known = verdicts.get(key);
    if (known !== undefined) return known;
    const list = touching(path);
    // The oldest commit touching a file created it: nothing to read before it.
    const created = list[list.length - 1] === index;
    const parent = commit.parents[0];
    const before = created || !parent ? null : readAt(parent, path);
    const verdict = isMeaningfulChange(before, readAt(commit.sha, path));
    verdicts.set(key, verdict);
    return verdict;
  }

  return { commits, changedText, touching };
}
