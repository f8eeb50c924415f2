import { execFileSync } from 'node:child_process';
import { ChapterhouseError } from '../errors.ts';

/**
 * The one place Chapterhouse runs git. History feeds "last updated", document versions, proposal
 * amendments and translation staleness, so all of them read commits the same way.
 */

export interface Commit {
  sha: string;
  parents: string[];
  /** Committer date as UTC ISO 8601: when the change reached the branch. */
  date: string;
  authorName: string;
  subject: string;
  body: string;
  /** Trailers such as `i18n: skip`, keys lowercased. */
  trailers: Record<string, string[]>;
}

export function git(args: string[], cwd: string = process.cwd()): string {
  try {
    return execFileSync('git', args, { cwd, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (e) {
    const stderr = String((e as { stderr?: unknown }).stderr ?? '').trim();
    throw new ChapterhouseError('git-failed', `git ${args.join(' ')} failed in ${cwd}: ${stderr || (e as Error).message}`, 'check that this is a git checkout with its history (see README, "Maintainers")');
  }
}

export function isGitRepository(cwd: string = process.cwd()): boolean {
  try {
    return git(['rev-parse', '--is-inside-work-tree'], cwd).trim() === 'true';
  } catch {
    return false;
  }
}

/** A shallow clone lacks the history that staleness and document versions are computed from. */
export function isShallow(cwd: string = process.cwd()): boolean {
  return git(['rev-parse', '--is-shallow-repository'], cwd).trim() === 'true';
}

export function repoRoot(cwd: string = process.cwd()): string {
  return git(['rev-parse', '--show-toplevel'], cwd).trim();
}

// Fields are separated by unit separators and commits by record separators, characters no commit message uses.
const US = '\x1f';
const RS = '\x1e';
const FORMAT = `${RS}%H${US}%P${US}%cI${US}%an${US}%s${US}%b${US}%(trailers:only,unfold)${US}`;

export interface CommitWithFiles extends Commit {
  /** Repository-relative paths this commit changed (for merges with --first-parent: against the first parent). */
  files: string[];
  /** Those of `files` the commit added; absent where not known (hand-made commits in tests). */
  added?: string[];
}

/**
 * Commits touching `paths`, newest first, each with the files it changed, in one git call
 * (one call for the whole content tree is what keeps a 1,000-page build fast).
 */
export function logWithFiles(paths: string[], options: { cwd?: string; firstParent?: boolean; rev?: string } = {}): CommitWithFiles[] {
  const args = ['log', `--format=${FORMAT}`, '--name-status', '--no-renames'];
  if (options.firstParent) args.push('--first-parent', '-m');
  args.push(options.rev ?? 'HEAD', '--', ...paths);
  const out = git(args, options.cwd);
  const commits: CommitWithFiles[] = [];
  const seen = new Map<string, CommitWithFiles>();
  for (const record of out.split(RS).slice(1)) {
    const parts = record.split(US);
    const [sha = '', parents = '', date = '', authorName = '', subject = '', body = '', trailerText = '', rest = ''] = parts;
    // One line per file, "<status>\t<path>" (A added, M modified, D deleted, T type changed: renames are off).
    const files: string[] = [];
    const added: string[] = [];
    for (const line of rest.split('\n')) {
      const tab = line.indexOf('\t');
      if (tab < 0) continue;
      const file = line.slice(tab + 1);
      files.push(file);
      if (line.startsWith('A')) added.push(file);
    }
    // `-m` repeats a merge once per parent; with --first-parent only the first remains, but stay safe.
    const existing = seen.get(sha);
    if (existing) {
      existing.files.push(...files.filter((f) => !existing.files.includes(f)));
      existing.added!.push(...added.filter((f) => !existing.added!.includes(f)));
      continue;
    }
    const commit: CommitWithFiles = {
      sha, parents: parents.split(' ').filter(Boolean), date: new Date(date).toISOString(), authorName, subject, body: body.trim(), trailers: parseTrailers(trailerText), files, added,
    };
    seen.set(sha, commit);
    commits.push(commit);
  }
  return commits;
}

export function parseTrailers(text: string): Record<string, string[]> {
  const trailers: Record<string, string[]> = {};
  for (const line of text.split('\n')) {
    const m = /^([A-Za-z0-9][A-Za-z0-9-]*)\s*:\s*(.*)$/.exec(line.trim());
    if (!m) continue;
    const key = m[1]!.toLowerCase();
    (trailers[key] ??= []).push(m[2]!.trim());
  }
  return trailers;
}

/** The file's text at a revision, or null when it did not exist there. */
export function showFile(rev: string, path: string, cwd: string = process.cwd()): string | null {
  try {
    return execFileSync('git', ['show', `${rev}:${path}`], { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, stdio: ['ignore', 'pipe', 'ignore'] });
  } catch {
    return null;
  }
}

/** Does this commit exist locally? A proposal's head may not have been fetched yet. */
export function hasCommit(sha: string, cwd: string = process.cwd()): boolean {
  try {
    git(['cat-file', '-e', `${sha}^{commit}`], cwd);
    return true;
  } catch {
    return false;
  }
}

/** `git status --porcelain` lines of tracked and untracked changes (ignored files left out). */
export function uncommittedChanges(cwd: string = process.cwd()): string[] {
  return git(['status', '--porcelain', '--untracked-files=all'], cwd).split('\n').filter(Boolean);
}
