import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * `npm run proposals -- --json` against a real repository in a temporary folder: a proposal branch
 * whose head is in the clone, and one whose head was never fetched.
 */
const script = path.resolve('scripts/proposals.ts');
let dir: string;
let base = '';
let head = '';

function git(args: string[], date = '2026-03-01T10:00:00Z'): string {
  return execFileSync('git', args, { cwd: dir, env: { ...process.env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date }, encoding: 'utf8' }).trim();
}
function write(rel: string, text: string) {
  fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
  fs.writeFileSync(path.join(dir, rel), text);
}
const doc = (...paragraphs: string[]) => `---\ntitle: Values\nsummary: S\norder: 1\nstatus: adopted\nadopted: 2024-01-01\n---\n\n${paragraphs.join('\n\n')}\n`;
const pullRequest = (number: number, headSha: string, baseSha: string) => ({
  id: `PR_${number}`, number, title: `Proposal ${number}`, body: '', url: `https://github.com/o/r/pull/${number}`,
  author: { login: 'ana', type: 'User' }, state: 'OPEN', isDraft: false, merged: false, mergedAt: null, closedAt: null,
  headSha, headRef: `p${number}`, baseRef: 'main', baseSha, files: [{ path: 'content/en/documents/values.mdx', additions: 1, deletions: 1, changeType: 'MODIFIED' }],
  labels: ['proposal'], createdAt: '2026-03-02T00:00:00Z', updatedAt: '2026-03-02T00:00:00Z',
});

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ch-proposals-cli-'));
  git(['init', '-q', '-b', 'main']);
  git(['config', 'user.email', 't@example.org']);
  git(['config', 'user.name', 'T']);
  write('content/site.yml', 'name: T\ntagline: T\nrepository: o/r\ndefaultLanguage: en\nlanguages:\n  - { code: en, name: English }\ndiscussions:\n  categories: [Comments]\n  pageCategory: Comments\n');
  write('content/en/documents/values.mdx', doc('We welcome everyone.', 'We share tools.'));
  git(['add', '.']);
  git(['commit', '-qm', 'Start']);
  base = git(['rev-parse', 'HEAD']);
  git(['checkout', '-qb', 'p7']);
  write('content/en/documents/values.mdx', doc('We welcome everyone, whatever their age.', 'We share tools.', 'We publish our accounts.'));
  git(['commit', '-qam', 'Amend values'], '2026-03-05T10:00:00Z');
  head = git(['rev-parse', 'HEAD']);
  git(['checkout', '-q', 'main']);
  write('content/github/state.json', JSON.stringify({ repository: 'o/r', syncedAt: '2026-03-06T00:00:00Z' }));
  write('content/github/pull-requests/7.json', JSON.stringify(pullRequest(7, head, base)));
  write('content/github/pull-requests/9.json', JSON.stringify(pullRequest(9, 'f'.repeat(40), base)));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('npm run proposals', () => {
  it('lists proposals as JSON with state, gate and what they change, read from git', () => {
    const run = spawnSync(process.execPath, [script, '--json', '--now', '2026-03-10T00:00:00Z'], { cwd: dir, encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(0);
    const out = JSON.parse(run.stdout) as { proposals: Array<Record<string, any>> };
    expect(out.proposals.map((p) => [p.number, p.state, p.gate.status])).toEqual([
      [9, 'in-discussion', 'pending'],
      [7, 'in-discussion', 'pending'],
    ]);
    const seven = out.proposals.find((p) => p.number === 7)!;
    expect(seven.changes).toEqual({
      available: true,
      files: [{ file: 'content/en/documents/values.mdx', lang: 'en', textChanged: true, counts: { inserted: 1, deleted: 0, changed: 1, moved: 0 } }],
    });
  });
  it('says how to fetch a proposal whose commits are missing, instead of failing', () => {
    const run = spawnSync(process.execPath, [script, '--json'], { cwd: dir, encoding: 'utf8' });
    expect(run.status).toBe(0);
    const nine = (JSON.parse(run.stdout) as { proposals: Array<Record<string, any>> }).proposals.find((p) => p.number === 9)!;
    expect(nine.changes).toMatchObject({ available: false, fetch: 'git fetch origin pull/9/head' });
    expect(run.stderr).toContain('#9: its commits are not in this clone; fetch the proposal: git fetch origin pull/9/head');
  });
  it('rejects an unknown state filter with the states it knows', () => {
    const run = spawnSync(process.execPath, [script, '--state', 'pending'], { cwd: dir, encoding: 'utf8' });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('--state "pending" is not a proposal state');
    expect(run.stderr).toContain('Usage: npm run proposals -- [options]');
    expect(run.stderr).toContain('use open, past or one of draft, in-discussion, voting, passed, rejected, merged, withdrawn');
  });
});
