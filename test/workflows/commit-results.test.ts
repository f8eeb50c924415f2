import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

/**
 * The deploy workflow's commit step, run for real against a local "origin": a bare repository and
 * clones of it in a temp folder, as on an Actions runner.
 */
const SCRIPT = path.resolve(import.meta.dirname, '../../scripts/commit-results.ts');
const temps: string[] = [];
afterEach(() => temps.splice(0).forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

// The identity variables would override the bot identity the script sets; a runner has none.
// CHAPTERHOUSE_CONTENT goes too: the script must find content/ in the checkout it runs in.
const cleanEnv = Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^GIT_(AUTHOR|COMMITTER)_|^CHAPTERHOUSE_CONTENT$/.test(key)));

const git = (cwd: string, ...args: string[]) => execFileSync('git', args, { cwd, encoding: 'utf8', env: cleanEnv, stdio: ['ignore', 'pipe', 'pipe'] }).trim();

function write(dir: string, files: Record<string, string>) {
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), text);
  }
}

function clone(remote: string, name: string): string {
  const dir = path.join(path.dirname(remote), name);
  git(path.dirname(remote), 'clone', '-q', remote, dir);
  git(dir, 'config', 'user.name', 'A Member');
  git(dir, 'config', 'user.email', 'member@example.org');
  return dir;
}

/** origin with one commit on main holding a snapshot, a poll and a README. */
function setup() {
  const base = fs.mkdtempSync(path.join(os.tmpdir(), 'ch-commit-'));
  temps.push(base);
  const remote = path.join(base, 'origin.git');
  git(base, 'init', '-q', '--bare', '-b', 'main', remote);
  const work = clone(remote, 'runner');
  git(work, 'checkout', '-q', '-b', 'main');
  write(work, { 'README.md': 'hello\n', 'content/github/state.json': '{"syncedAt":"2026-01-01"}\n', 'content/polls/p.yml': 'title: P\n' });
  git(work, 'add', '-A');
  git(work, 'commit', '-q', '-m', 'start');
  git(work, 'push', '-q', 'origin', 'main');
  return { base, remote, work };
}

function run(cwd: string, ...args: string[]) {
  const output = path.join(cwd, '..', 'github-output');
  const result = spawnSync(process.execPath, [SCRIPT, ...args], { cwd, encoding: 'utf8', env: { ...cleanEnv, GITHUB_OUTPUT: output } });
  return { ...result, output: fs.existsSync(output) ? fs.readFileSync(output, 'utf8') : '' };
}

describe('npm run commit-results', () => {
  it('commits only the snapshot and poll folders, as the bot, with [skip ci], and pushes', () => {
    const { remote, work } = setup();
    write(work, { 'content/github/state.json': '{"syncedAt":"2026-02-01"}\n', 'content/polls/results/p.json': '{}\n', 'content/digests/2026-02-02.yml': 'since: 2026-01-26\nuntil: 2026-02-02\n', 'README.md': 'edited by hand\n' });

    const { status, stdout, output, stderr } = run(work);
    expect(stderr).toContain('Pushed to main.');
    expect(status).toBe(0);

    const head = git(remote, 'rev-parse', 'main');
    expect(stdout.trim()).toBe(head);
    expect(output).toBe(`sha=${head}\n`);
    expect(git(remote, 'log', '-1', '--format=%an <%ae>|%cn|%s', 'main')).toBe(
      'github-actions[bot] <41898282+github-actions[bot]@users.noreply.github.com>|github-actions[bot]|Sync discussions and tally polls [skip ci]',
    );
    expect(git(remote, 'show', '--name-only', '--format=', 'main').split('\n').sort()).toEqual(['content/digests/2026-02-02.yml', 'content/github/state.json', 'content/polls/results/p.json']);
    expect(git(work, 'status', '--porcelain')).toBe('M README.md');
  });

  it('makes no commit when nothing changed and reports HEAD', () => {
    const { remote, work } = setup();
    const before = git(remote, 'rev-parse', 'main');
    const { status, stdout, output } = run(work);
    expect(status).toBe(0);
    expect(stdout.trim()).toBe(before);
    expect(output).toBe(`sha=${before}\n`);
    expect(git(remote, 'rev-parse', 'main')).toBe(before);
  });

  it('replays its commit on top when someone pushed during the sync', () => {
    const { remote, work } = setup();
    const other = clone(remote, 'member');
    write(other, { 'README.md': 'a member edit\n' });
    git(other, 'commit', '-q', '-am', 'member edit');
    git(other, 'push', '-q', 'origin', 'main');
    const theirs = git(remote, 'rev-parse', 'main');

    write(work, { 'content/polls/results/p.json': '{"votes":3}\n' });
    const { status, stdout } = run(work);
    expect(status).toBe(0);
    expect(git(remote, 'rev-parse', 'main')).toBe(stdout.trim());
    expect(git(remote, 'log', '-1', '--format=%P|%cn', 'main')).toBe(`${theirs}|github-actions[bot]`);
  });

  it('carries its commit over a member\'s conflicting edit of the same poll file: both reach main, no rebase is left', () => {
    const { remote, work } = setup();
    // The member changes the poll's last line; polls:open appended its discussion line right after it.
    const other = clone(remote, 'member');
    write(other, { 'content/polls/p.yml': 'title: P, reworded\n' });
    git(other, 'commit', '-q', '-am', 'Reword the poll');
    git(other, 'push', '-q', 'origin', 'main');

    write(work, { 'content/polls/p.yml': 'title: P\ndiscussion: 33 # created by polls:open\n', 'content/polls/state/p.json': '{"frozen":true}\n' });
    const { status, stdout, stderr } = run(work);
    expect(stderr).toContain('main moved while syncing; replaying the commit on top (attempt 1 of 3).');
    expect(status).toBe(0);
    expect(git(remote, 'rev-parse', 'main')).toBe(stdout.trim());
    expect(git(remote, 'show', 'main:content/polls/p.yml')).toBe('title: P, reworded\ndiscussion: 33 # created by polls:open');
    expect(git(remote, 'show', 'main:content/polls/state/p.json')).toBe('{"frozen":true}');
    expect(git(remote, 'log', '-1', '--format=%an|%s', 'main')).toBe('github-actions[bot]|Sync discussions and tally polls [skip ci]');
    expect(fs.existsSync(path.join(work, '.git', 'rebase-merge')) || fs.existsSync(path.join(work, '.git', 'rebase-apply'))).toBe(false);
  });

  it('stops with what to do when main names another discussion for the poll, leaving no rebase in progress', () => {
    const { remote, work } = setup();
    const other = clone(remote, 'member');
    write(other, { 'content/polls/p.yml': 'title: P\ndiscussion: 40\n' });
    git(other, 'commit', '-q', '-am', 'Point the poll at #40');
    git(other, 'push', '-q', 'origin', 'main');
    const theirs = git(remote, 'rev-parse', 'main');

    write(work, { 'content/polls/p.yml': 'title: P\ndiscussion: 33 # created by polls:open\n' });
    const { status, stderr } = run(work);
    expect(status).toBe(1);
    expect(stderr).toContain('content/polls/p.yml: main now says "discussion: 40", but polls:open opened the vote in discussion #33');
    expect(stderr).toContain('Nothing was pushed');
    expect(stderr).toContain('no rebase is left in progress');
    expect(git(remote, 'rev-parse', 'main')).toBe(theirs);
    expect(fs.existsSync(path.join(work, '.git', 'rebase-merge')) || fs.existsSync(path.join(work, '.git', 'rebase-apply'))).toBe(false);
  });

  it('only lists the changes with --dry-run', () => {
    const { remote, work } = setup();
    const before = git(remote, 'rev-parse', 'main');
    write(work, { 'content/github/discussions/7.json': '{}\n' });
    const { status, stderr } = run(work, '--dry-run');
    expect(status).toBe(0);
    expect(stderr).toContain('[dry run] would commit 1 change as github-actions[bot] and push to main:');
    expect(stderr).toContain('?? content/github/discussions/7.json');
    expect(git(remote, 'rev-parse', 'main')).toBe(before);
    expect(git(work, 'rev-parse', 'HEAD')).toBe(before);
  });
});
