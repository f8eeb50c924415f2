import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isShallow, logWithFiles, parseTrailers, showFile } from './git.ts';

let dir: string;
const run = (args: string[], date: string) =>
  execFileSync('git', args, { cwd: dir, env: { ...process.env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date }, stdio: 'pipe' });

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ch-git-'));
  execFileSync('git', ['init', '-q', '-b', 'main'], { cwd: dir });
  execFileSync('git', ['config', 'user.email', 't@example.org'], { cwd: dir });
  execFileSync('git', ['config', 'user.name', 'Tester'], { cwd: dir });
  fs.mkdirSync(path.join(dir, 'content'));
  fs.writeFileSync(path.join(dir, 'content/a.md'), 'one\n');
  run(['add', '.'], '2024-01-01T10:00:00Z');
  run(['commit', '-qm', 'First'], '2024-01-01T10:00:00Z');
  fs.writeFileSync(path.join(dir, 'content/a.md'), 'two\n');
  fs.writeFileSync(path.join(dir, 'content/b.md'), 'bee\n');
  run(['add', '.'], '2024-02-01T10:00:00Z');
  run(['commit', '-qm', 'Second\n\nWhy it changed.\n\ni18n: skip\nCo-authored-by: A <a@example.org>'], '2024-02-01T10:00:00Z');
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('logWithFiles', () => {
  it('lists commits newest first with their files, dates and trailers', () => {
    const log = logWithFiles(['content'], { cwd: dir });
    expect(log.map((c) => c.subject)).toEqual(['Second', 'First']);
    expect(log[0]!.files.sort()).toEqual(['content/a.md', 'content/b.md']);
    expect(log[1]!.files).toEqual(['content/a.md']);
    expect(log[0]!.date).toBe('2024-02-01T10:00:00.000Z');
    expect(log[0]!.trailers['i18n']).toEqual(['skip']);
    expect(log[0]!.body).toContain('Why it changed.');
  });
  it('limits to the given paths', () => {
    expect(logWithFiles(['content/b.md'], { cwd: dir }).map((c) => c.subject)).toEqual(['Second']);
  });
});

describe('logWithFiles on additions, edits and deletions', () => {
  it('says which files each commit added, apart from those it changed or removed', () => {
    const repo = fs.mkdtempSync(path.join(os.tmpdir(), 'ch-git-added-'));
    const g = (...args: string[]) => execFileSync('git', args, { cwd: repo, stdio: 'pipe' });
    g('init', '-q', '-b', 'main');
    g('config', 'user.email', 't@example.org');
    g('config', 'user.name', 'Tester');
    fs.mkdirSync(path.join(repo, 'content'));
    fs.writeFileSync(path.join(repo, 'content/a.md'), 'one\n');
    fs.writeFileSync(path.join(repo, 'content/b c.md'), 'bee\n');
    g('add', '.');
    g('commit', '-qm', 'Add two');
    fs.writeFileSync(path.join(repo, 'content/a.md'), 'two\n');
    fs.rmSync(path.join(repo, 'content/b c.md'));
    fs.writeFileSync(path.join(repo, 'content/d.md'), 'dee\n');
    g('add', '-A', '.');
    g('commit', '-qm', 'Edit, remove, add');
    const [latest, first] = logWithFiles(['content'], { cwd: repo });
    expect(first!.files.sort()).toEqual(['content/a.md', 'content/b c.md']);
    expect(first!.added!.sort()).toEqual(['content/a.md', 'content/b c.md']);
    expect(latest!.files.sort()).toEqual(['content/a.md', 'content/b c.md', 'content/d.md']);
    expect(latest!.added).toEqual(['content/d.md']);
    fs.rmSync(repo, { recursive: true, force: true });
  });
});

describe('showFile', () => {
  it('reads a file as it was at a revision, or null', () => {
    expect(showFile('HEAD~1', 'content/a.md', dir)).toBe('one\n');
    expect(showFile('HEAD~1', 'content/b.md', dir)).toBeNull();
  });
});

describe('isShallow', () => {
  it('tells a full clone from a shallow one', () => {
    expect(isShallow(dir)).toBe(false);
    const shallow = fs.mkdtempSync(path.join(os.tmpdir(), 'ch-shallow-'));
    execFileSync('git', ['clone', '-q', '--depth', '1', `file://${dir}`, shallow]);
    expect(isShallow(shallow)).toBe(true);
    fs.rmSync(shallow, { recursive: true, force: true });
  });
});

describe('parseTrailers', () => {
  it('collects repeated keys case-insensitively', () => {
    expect(parseTrailers('I18n: skip\ni18n: other\n')).toEqual({ i18n: ['skip', 'other'] });
  });
});
