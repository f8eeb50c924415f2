import fs from 'node:fs';
import path from 'node:path';
import { ChapterhouseError } from '../errors.ts';
import { git, isGitRepository, uncommittedChanges } from '../git/git.ts';
import { isOrganizationPath } from './organization-files.ts';

/**
 * `npm run upgrade -- <ref>`: take a newer Chapterhouse without touching the organization. A merge of the
 * upstream ref in which every organization path (content/, CODEOWNERS, the issue-template links) is resolved
 * to the organization's side, whatever upstream did there: an upstream edit to a demo page the organization
 * deleted stays deleted, a new demo file stays out, and the organization's own files stay as they are. Only
 * engine files the organization changed itself can conflict; those are left for a person, with the list.
 */
export interface UpgradeOutcome {
  ref: string;
  sha: string;
  /** Nothing to take: the organization already has every upstream commit. */
  upToDate: boolean;
  /** Engine files the merge changed. */
  engine: string[];
  /** Upstream changes under organization paths that were left out. */
  keptOurs: string[];
  /** Engine files with conflicts to resolve by hand (then the merge is still in progress). */
  conflicts: string[];
  committed: boolean;
  packagesChanged: boolean;
}

export function assertReadyForUpgrade(repo: string, ref: string): string {
  if (!isGitRepository(repo)) throw new ChapterhouseError('upgrade-no-git', `${repo} is not a git checkout`, 'run "npm run upgrade" in your clone of the repository');
  const changes = uncommittedChanges(repo);
  if (changes.length) {
    throw new ChapterhouseError('upgrade-dirty', `the working tree has ${changes.length} uncommitted change${changes.length === 1 ? '' : 's'} (${changes.slice(0, 3).map((l) => l.slice(3)).join(', ')}${changes.length > 3 ? ', …' : ''})`, 'commit or stash them (git stash -u), then run the upgrade again');
  }
  let sha: string;
  try {
    sha = git(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], repo).trim();
  } catch {
    throw new ChapterhouseError('upgrade-no-ref', `there is no commit "${ref}" in this repository`, `add Chapterhouse as a remote and fetch it first: git remote add upstream <its URL>, then git fetch upstream (and pass upstream/main)`);
  }
  try {
    git(['merge-base', 'HEAD', sha], repo);
  } catch {
    throw new ChapterhouseError('upgrade-unrelated', `${ref} shares no history with this repository`, 'upgrades need a repository made by cloning or forking Chapterhouse (see README, "Upgrading")');
  }
  return sha;
}

export function runUpgrade(repo: string, ref: string, options: { commit?: boolean } = {}): UpgradeOutcome {
  const sha = assertReadyForUpgrade(repo, ref);
  const before = git(['rev-parse', 'HEAD'], repo).trim();
  const outcome: UpgradeOutcome = { ref, sha, upToDate: false, engine: [], keptOurs: [], conflicts: [], committed: false, packagesChanged: false };
  if (isAncestor(repo, sha, before)) return { ...outcome, upToDate: true };

  // What upstream changed since the organization last took it, to say what was left out.
  const base = git(['merge-base', 'HEAD', sha], repo).trim();
  const upstreamChanged = lines(git(['diff', '--name-only', '--no-renames', base, sha], repo));
  outcome.keptOurs = upstreamChanged.filter(isOrganizationPath);

  try {
    git(['-c', 'merge.renames=false', 'merge', '--no-commit', '--no-ff', '--no-edit', sha], repo);
  } catch {
    // Conflicts: sorted out below; anything else shows up as a failure of the next git command.
  }
  // Every organization path the merge touched goes back to the organization's side, conflicted or not.
  const touched = new Set([...lines(git(['diff', '--name-only', '--no-renames', 'HEAD'], repo)), ...lines(git(['diff', '--name-only', '--diff-filter=U'], repo))]);
  for (const file of [...touched].filter(isOrganizationPath)) {
    if (existsAt(repo, 'HEAD', file)) git(['checkout', 'HEAD', '--', file], repo);
    else {
      git(['rm', '--cached', '--force', '--quiet', '--ignore-unmatch', '--', file], repo);
      fs.rmSync(path.join(repo, file), { force: true });
    }
  }
  outcome.conflicts = lines(git(['diff', '--name-only', '--diff-filter=U'], repo));
  outcome.engine = lines(git(['diff', '--cached', '--name-only', 'HEAD'], repo)).filter((f) => !isOrganizationPath(f));
  outcome.packagesChanged = outcome.engine.some((f) => f === 'package.json' || f === 'package-lock.json');
  if (outcome.conflicts.length === 0 && options.commit !== false) {
    git(['commit', '--quiet', '--no-verify', '-m', `Upgrade Chapterhouse to ${ref} (${sha.slice(0, 12)})`, '-m', `Engine files from upstream; the organization's ${['content/', 'CODEOWNERS', 'issue-template links'].join(', ')} kept as they were.`], repo);
    outcome.committed = true;
  }
  return outcome;
}

const lines = (text: string) => text.split('\n').filter(Boolean);

function isAncestor(repo: string, ancestor: string, of: string): boolean {
  try {
    git(['merge-base', '--is-ancestor', ancestor, of], repo);
    return true;
  } catch {
    return false;
  }
}

function existsAt(repo: string, rev: string, file: string): boolean {
  try {
    git(['cat-file', '-e', `${rev}:${file}`], repo);
    return true;
  } catch {
    return false;
  }
}
