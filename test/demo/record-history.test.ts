import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

/**
 * `npm run check` holds the decision record to main's history, in the checkouts it runs in: a fresh clone
 * (main and origin/main), a pull request's checkout (a merge commit, main known only as origin/main, full
 * history), and a shallow clone (history missing: said plainly, not passed silently). Real git repositories
 * in a temp folder; the content is the demo's.
 */
const ROOT = path.resolve(import.meta.dirname, '../..');
const temps: string[] = [];
afterEach(() => temps.splice(0).forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^GIT_|^CHAPTERHOUSE_CONTENT$/.test(k)));
const git = (cwd: string, ...args: string[]) => execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=t@example.org', ...args], { cwd, encoding: 'utf8', env, stdio: ['ignore', 'pipe', 'pipe'] }).trim();

/** origin: a bare repository whose main holds the demo's content (and nothing else the check needs). */
function origin(): { base: string; remote: string } {
  const base = fs.mkdtempSync(path.join(os.tmpdir(), 'ch-record-'));
  temps.push(base);
  const seed = path.join(base, 'seed');
  fs.mkdirSync(seed);
  fs.cpSync(path.join(ROOT, 'content'), path.join(seed, 'content'), { recursive: true });
  git(seed, 'init', '-q', '-b', 'main');
  git(seed, 'add', '-A');
  git(seed, 'commit', '-qm', 'The organization');
  const remote = path.join(base, 'origin.git');
  git(base, 'clone', '-q', '--bare', seed, remote);
  return { base, remote };
}

function check(cwd: string) {
  const run = spawnSync(process.execPath, [path.join(ROOT, 'scripts/check.ts')], { cwd, env: { ...env, CHAPTERHOUSE_NOW: '2026-11-26T12:00:00Z' }, encoding: 'utf8' });
  return { status: run.status, lines: run.stderr.trim().split('\n') };
}

describe('the append-only check in the checkouts it runs in', () => {
  it('a fresh clone: passes untouched, fails a final result edited in the working tree', () => {
    const { base, remote } = origin();
    const clone = path.join(base, 'clone');
    git(base, 'clone', '-q', remote, clone);
    expect(check(clone)).toMatchObject({ status: 0 });
    const file = path.join(clone, 'content/polls/results/dues-change.json');
    const result = JSON.parse(fs.readFileSync(file, 'utf8'));
    result.tally.outcome = 'decided';
    result.tally.winner = 'yes';
    fs.writeFileSync(file, JSON.stringify(result, null, 2));
    const { status, lines } = check(clone);
    expect(status).toBe(1);
    expect(lines).toContainEqual(expect.stringMatching(/^content\/polls\/results\/dues-change\.json: frozen: this result became final \(commit [0-9a-f]{7}, [\d-]+\) and can never change: put it back with "git checkout origin\/main -- content\/polls\/results\/dues-change\.json"$/));
  });

  it('a pull request\'s checkout (a merge commit, main only as origin/main): fails a pull request that deletes a state', () => {
    const { base, remote } = origin();
    // The contributor's branch deletes a state file and is pushed as a pull request.
    const fork = path.join(base, 'fork');
    git(base, 'clone', '-q', remote, fork);
    git(fork, 'checkout', '-q', '-b', 'tamper');
    git(fork, 'rm', '-q', 'content/polls/state/dues-change.json');
    git(fork, 'commit', '-qm', 'Tidy up');
    git(fork, 'push', '-q', 'origin', 'tamper:refs/pull/7/head');
    // What actions/checkout does for a pull request with fetch-depth 0: the merge, detached, all branches fetched.
    const runner = path.join(base, 'runner');
    git(base, 'clone', '-q', remote, runner);
    git(runner, 'fetch', '-q', 'origin', 'refs/pull/7/head');
    git(runner, 'checkout', '-q', '--detach', 'origin/main');
    git(runner, 'merge', '-q', '--no-ff', '-m', 'Merge pull request #7', 'FETCH_HEAD');
    git(runner, 'branch', '-q', '-D', 'main');
    const { status, lines } = check(runner);
    expect(status).toBe(1);
    expect(lines).toContainEqual('content/polls/state/dues-change.json: this poll opened (commit ' + git(runner, 'log', '--format=%h', '-1', 'origin/main').slice(0, 7) + ', ' + git(runner, 'log', '--format=%cs', '-1', 'origin/main') + ') and its state must stay on record: restore it with "git checkout origin/main -- content/polls/state/dues-change.json"');
  });

  it('a shallow clone: says the history is missing instead of passing silently', () => {
    const { base, remote } = origin();
    const shallow = path.join(base, 'shallow');
    git(base, 'clone', '-q', '--depth', '1', `file://${remote}`, shallow);
    const { status, lines } = check(shallow);
    expect(status).toBe(0);
    expect(lines).toContain("content/polls: note: the poll states and results were not compared with main's history: this is a shallow clone, so origin/main's history is incomplete (fetch it: git fetch --unshallow). Without it the check cannot see a state or result that was removed or rewritten");
  });
});
