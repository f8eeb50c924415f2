import { git, isGitRepository, isShallow } from './git.ts';
import { readVersions } from './git-contents.ts';

/**
 * Every version a branch held of some files, oldest first: for checks that hold files to their own history
 * (the decision record is append-only). Two git calls whatever the number of files.
 */

export interface PathVersion {
  commit: string;
  date: string;
  /** null where the commit deleted the file. */
  text: string | null;
}

/**
 * The branch as this checkout knows it: `origin/<branch>` in a pull request's checkout or any clone, else the
 * local `<branch>`. null when neither exists (a copy without git, or a clone of another branch only).
 */
export function resolveBranch(cwd: string, branch: string): string | null {
  if (!isGitRepository(cwd)) return null;
  for (const ref of [`refs/remotes/origin/${branch}`, `refs/heads/${branch}`]) {
    try {
      git(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], cwd);
      return ref.replace(/^refs\/(remotes|heads)\//, '');
    } catch {
      // try the next
    }
  }
  return null;
}

export type HistoryAvailability =
  | { available: true; ref: string }
  | { available: false; reason: string };

export function historyOf(cwd: string, branch: string): HistoryAvailability {
  if (!isGitRepository(cwd)) return { available: false, reason: 'this folder is not in a git checkout' };
  const ref = resolveBranch(cwd, branch);
  if (!ref) return { available: false, reason: `this checkout has no "${branch}" or "origin/${branch}" branch (fetch it: git fetch origin ${branch})` };
  if (isShallow(cwd)) return { available: false, reason: `this is a shallow clone, so ${ref}'s history is incomplete (fetch it: git fetch --unshallow)` };
  return { available: true, ref };
}

/** Repository-relative path of `dir` (forward slashes, no trailing slash; "" at the top). */
export function repoPathOf(dir: string): string {
  return git(['rev-parse', '--show-prefix'], dir).trim().replace(/\/$/, '');
}

/**
 * Versions on `ref`'s first-parent line (what the branch itself held, merges included as one change each)
 * of the files under `paths` (repository-relative), oldest first.
 */
export function fileVersions(cwd: string, ref: string, paths: readonly string[]): Map<string, PathVersion[]> {
  const RS = '\x1e';
  const US = '\x1f';
  // ":(top)" makes the paths repository-relative wherever in the checkout `cwd` is.
  const out = git(['log', '--reverse', '--first-parent', '-m', '--no-renames', '--name-status', `--format=${RS}%H${US}%cI${US}`, ref, '--', ...paths.map((p) => `:(top)${p}`)], cwd);
  const changes: { commit: string; date: string; path: string; deleted: boolean }[] = [];
  for (const record of out.split(RS).slice(1)) {
    const [commit = '', date = '', rest = ''] = record.split(US);
    for (const line of rest.split('\n')) {
      const m = /^([AMDT])\t(.+)$/.exec(line.trim());
      if (m) changes.push({ commit, date: new Date(date).toISOString(), path: m[2]!, deleted: m[1] === 'D' });
    }
  }
  const texts = readVersions(changes.filter((c) => !c.deleted).map((c) => [c.commit, c.path] as const), cwd);
  const versions = new Map<string, PathVersion[]>();
  for (const c of changes) {
    const list = versions.get(c.path) ?? [];
    list.push({ commit: c.commit, date: c.date, text: c.deleted ? null : (texts.get(`${c.commit}:${c.path}`) ?? null) });
    versions.set(c.path, list);
  }
  return versions;
}

/** The text of files at one commit, by repository-relative path (null where absent). */
export function filesAt(cwd: string, commit: string, paths: readonly string[]): Map<string, string | null> {
  const texts = readVersions(paths.map((p) => [commit, p] as const), cwd);
  return new Map(paths.map((p) => [p, texts.get(`${commit}:${p}`) ?? null]));
}

/** The commit `ref` pointed at, on its first-parent line, at `instant` (by committer date); null before its first. */
export function commitAt(cwd: string, ref: string, instant: string): string | null {
  if (!isGitRepository(cwd) || isShallow(cwd)) return null;
  const sha = git(['rev-list', '-1', '--first-parent', `--before=${instant}`, ref], cwd).trim();
  return sha || null;
}
