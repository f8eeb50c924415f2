import fs from 'node:fs';
import path from 'node:path';
import { DEMO_FILE, isDemoPresent } from '../content/demo.ts';
import { SNAPSHOT_DIR } from '../content/paths.ts';
import type { ContentProblem } from '../errors.ts';
import { fileVersions, historyOf, repoPathOf, type PathVersion } from '../git/file-versions.ts';
import { git } from '../git/git.ts';
import { appendOnlyProblems, type RecordPaths } from './append-only.ts';
import { pollDirs } from './read-polls.ts';

/**
 * The git edge of the append-only check: read what the main branch held of the poll states, results and
 * account ids, and the working tree's files, then let append-only.ts decide. Without history (no git, a
 * shallow clone, no main branch) it says so in a note instead of passing silently.
 */
export function appendOnlyCheck(root: string, branch: string): ContentProblem[] {
  const dirs = pollDirs(root);
  const accounts = path.join(root, SNAPSHOT_DIR, 'accounts.json');
  const hasRecord = [dirs.state, dirs.results].some((d) => fs.existsSync(d) && fs.readdirSync(d).length > 0) || fs.existsSync(accounts);
  const cwd = fs.existsSync(root) ? root : process.cwd();
  const availability = historyOf(cwd, branch);
  const where = path.relative(process.cwd(), path.join(root, 'polls')).split(path.sep).join('/') || 'content/polls';
  if (!availability.available) {
    // An organization with no record yet has nothing to compare; one with a record is told what was not checked.
    if (!hasRecord) return [];
    return [{
      file: where, field: '', level: 'note',
      message: `the poll states and results were not compared with ${branch}'s history: ${availability.reason}. Without it the check cannot see a state or result that was removed or rewritten`,
    }];
  }
  const prefix = repoPathOf(cwd);
  const rel = (abs: string) => [prefix, path.relative(root, abs).split(path.sep).join('/')].filter(Boolean).join('/');
  const paths: RecordPaths = { stateDir: rel(dirs.state), resultDir: rel(dirs.results), accountsFile: rel(accounts) };
  const demo = demoEra(cwd, availability.ref, rel(path.join(root, DEMO_FILE)));
  if (demo && isDemoPresent(root) && demo.ended) {
    return [{
      file: path.relative(process.cwd(), path.join(root, DEMO_FILE)).split(path.sep).join('/'), field: '',
      message: `this organization replaced the demo (commit ${demo.ended.slice(0, 7)} removed this file), and the file would put the site and the tally on the demo's clock: delete it`,
    }];
  }
  let history = fileVersions(cwd, availability.ref, [paths.stateDir, paths.resultDir, paths.accountsFile]);
  // The demo's record is not the organization's: what the branch held before `npm run init` removed the demo binds nothing.
  if (demo && !isDemoPresent(root)) history = withoutDemoEra(history, demo.organizationCommits);
  const current = new Map<string, string>();
  for (const file of history.keys()) {
    const abs = path.join(root, path.relative(prefix, file));
    if (fs.existsSync(abs)) current.set(file, fs.readFileSync(abs, 'utf8'));
  }
  // Problems name files as the other checks do: relative to where the command runs.
  const shown = (file: string) => path.relative(process.cwd(), path.join(root, path.relative(prefix, file))).split(path.sep).join('/');
  return appendOnlyProblems({ ref: availability.ref, files: history }, current, paths).map((p) => ({ ...p, file: shown(p.file) }));
}

/**
 * Where the demo organization ends on the branch: the first commit that removed content/demo.yml (init's), or
 * nothing yet when the branch still holds the demo. null when the branch never held the demo. Only the first
 * removal counts, so putting the file back and removing it again later cannot free a real organization's record.
 */
function demoEra(cwd: string, ref: string, demoPath: string): { ended: string | null; organizationCommits: Set<string> } | null {
  const versions = fileVersions(cwd, ref, [demoPath]).get(demoPath) ?? [];
  if (versions.length === 0) return null;
  const removal = versions.find((v) => v.text === null);
  if (!removal) return { ended: null, organizationCommits: new Set() };
  const after = git(['rev-list', '--first-parent', `${removal.commit}..${ref}`], cwd).split('\n').filter(Boolean);
  return { ended: removal.commit, organizationCommits: new Set([removal.commit, ...after]) };
}

function withoutDemoEra(history: Map<string, PathVersion[]>, organizationCommits: ReadonlySet<string>): Map<string, PathVersion[]> {
  const kept = new Map<string, PathVersion[]>();
  for (const [file, versions] of history) {
    const own = versions.filter((v) => organizationCommits.has(v.commit));
    if (own.length) kept.set(file, own);
  }
  return kept;
}
