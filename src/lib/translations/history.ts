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
  /** The verdicts given so far, to remember for the next build (see verdict-store.ts). */
  verdicts(): ReadonlyMap<string, boolean>;
}

/**
 * `remembered`: verdicts from an earlier build, by verdictKey. A verdict only depends on what a commit sha
 * fixes for good (the file there and at its parent, the commit's message) and on the rules that judge it, so
 * one given by the same code on an earlier build holds; the file versions behind it are not read again.
 */
export function indexHistory(commits: readonly CommitWithFiles[], readAt: ReadAt, readMany?: ReadMany, remembered?: ReadonlyMap<string, boolean>): History {
  const byPath = new Map<string, number[]>();
  // (commit index, file) pairs where git says the commit added the file.
  const addedAt = new Set<string>();
  commits.forEach((commit, i) => {
    for (const file of commit.files) {
      const list = byPath.get(file);
      if (list) list.push(i);
      else byPath.set(file, [i]);
    }
    for (const file of commit.added ?? []) addedAt.add(`${i}\0${file}`);
  });
  const verdicts = new Map<string, boolean>();
  const contents = new Map<string, string | null>();
  const touching = (path: string) => byPath.get(path) ?? [];
  // The oldest commit touching a file created it: there is nothing before it to compare with.
  const creates = (index: number, path: string) => {
    const list = touching(path);
    return list[list.length - 1] === index;
  };
  // Whether the file exists after a creating commit is read from git, unless git's log said the commit added
  // it: then it does, and a first build of a large site reads none of its thousands of first versions.
  const knownToExist = (index: number, path: string) => addedAt.has(`${index}\0${path}`);
  const read = (sha: string, path: string) => {
    const key = `${sha}:${path}`;
    if (!contents.has(key)) contents.set(key, readAt(sha, path));
    return contents.get(key)!;
  };

  const keyOf = (index: number, path: string) => verdictKey(commits[index]!.sha, path, creates(index, path));

  function changedText(index: number, path: string): boolean {
    const commit = commits[index];
    if (!commit || isSkipped(commit)) return false;
    const key = keyOf(index, path);
    const known = verdicts.get(key) ?? remembered?.get(key);
    if (known !== undefined) {
      verdicts.set(key, known);
      return known;
    }
    const parent = commit.parents[0];
    // A file appearing is a change to its text; only later commits need reading.
    const verdict = creates(index, path) || !parent
      ? knownToExist(index, path) || read(commit.sha, path) !== null
      : isMeaningfulChange(read(parent, path), read(commit.sha, path));
    verdicts.set(key, verdict);
    return verdict;
  }

  function prefetch(judgements: readonly (readonly [number, string])[]): void {
    if (!readMany) return;
    const wanted: [string, string][] = [];
    for (const [index, path] of judgements) {
      const commit = commits[index];
      if (!commit || isSkipped(commit)) continue;
      const key = keyOf(index, path);
      if (verdicts.has(key) || remembered?.has(key)) continue;
      const parent = commit.parents[0];
      const created = creates(index, path) || !parent;
      if (created && knownToExist(index, path)) continue;
      wanted.push([commit.sha, path]);
      if (!created) wanted.push([parent, path]);
    }
    const missing = wanted.filter(([sha, path]) => !contents.has(`${sha}:${path}`));
    for (const [key, text] of readMany(missing)) contents.set(key, text);
  }

  return { commits, changedText, touching, prefetch, verdicts: () => verdicts };
}

/** A verdict's name: the commit, the file, and whether the commit created it (then nothing is compared). */
export const verdictKey = (sha: string, path: string, created: boolean): string => `${sha}\0${path}\0${created ? 1 : 0}`;
