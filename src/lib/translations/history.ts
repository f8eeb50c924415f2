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
/** Reads many versions at once, keyed `sha:path`; what it leaves out is read one by one. */
export type ReadMany = (pairs: (readonly [string, string])[]) => Map<string, string | null>;

export interface History {
  /** Newest first, as `git log` lists them. */
  commits: readonly CommitWithFiles[];
  /** Whether a commit changed a file's text; false for `i18n: skip` commits. */
  changedText(index: number, path: string): boolean;
  /** Indexes into `commits` of those touching `path`, newest first. */
  touching(path: string): readonly number[];
  /** Read in one go the versions that judging these (commit, file) pairs will need. */
  prefetch(judgements: readonly (readonly [index: number, path: string])[]): void;
}

export function indexHistory(commits: readonly CommitWithFiles[], readAt: ReadAt, readMany?: ReadMany): History {
  const byPath = new Map<string, number[]>();
  commits.forEach((commit, i) => {
    for (const file of commit.files) {
      const list = byPath.get(file);
      if (list) list.push(i);
      else byPath.set(file, [i]);
    }
  });
  const verdicts = new Map<string, boolean>();
  const contents = new Map<string, string | null>();
  const touching = (path: string) => byPath.get(path) ?? [];
  // The oldest commit touching a file created it: there is nothing before it to compare with.
  const creates = (index: number, path: string) => {
    const list = touching(path);
    return list[list.length - 1] === index;
  };
  const read = (sha: string, path: string) => {
    const key = `${sha}:${path}`;
    if (!contents.has(key)) contents.set(key, readAt(sha, path));
    return contents.get(key)!;
  };

  function changedText(index: number, path: string): boolean {
    const commit = commits[index];
    if (!commit || isSkipped(commit)) return false;
    const key = `${commit.sha}\0${path}`;
    const known = verdicts.get(key);
    if (known !== undefined) return known;
    const parent = commit.parents[0];
    // A file appearing is a change to its text; only later commits need reading.
    const verdict = creates(index, path) || !parent ? read(commit.sha, path) !== null : isMeaningfulChange(read(parent, path), read(commit.sha, path));
    verdicts.set(key, verdict);
    return verdict;
  }

  function prefetch(judgements: readonly (readonly [number, string])[]): void {
    if (!readMany) return;
    const wanted: [string, string][] = [];
    for (const [index, path] of judgements) {
      const commit = commits[index];
      if (!commit || isSkipped(commit) || verdicts.has(`${commit.sha}\0${path}`)) continue;
      wanted.push([commit.sha, path]);
      const parent = commit.parents[0];
      if (parent && !creates(index, path)) wanted.push([parent, path]);
    }
    const missing = wanted.filter(([sha, path]) => !contents.has(`${sha}:${path}`));
    for (const [key, text] of readMany(missing)) contents.set(key, text);
  }

  return { commits, changedText, touching, prefetch };
}
