import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readHistories, type DecidingPoll } from '../../src/lib/proposals/history.ts';

/**
 * A real repository in a temporary folder, with back-dated commits: a document created on main,
 * amended by two merged pull requests and one commit with a `Proposal:` trailer, touched once in its
 * frontmatter only, plus an unmerged proposal kept reachable by an "ours" merge that must not count.
 */
let dir: string;
const DOC = 'content/en/documents/program.mdx';
const heads: Record<string, string> = {};

function git(args: string[], date?: string): string {
  const env = date ? { ...process.env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date } : process.env;
  return execFileSync('git', args, { cwd: dir, env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();
}
function write(text: string) {
  fs.mkdirSync(path.dirname(path.join(dir, DOC)), { recursive: true });
  fs.writeFileSync(path.join(dir, DOC), text);
}
const doc = (title: string, ...paragraphs: string[]) => `---\ntitle: ${title}\nsummary: S\norder: 1\nstatus: adopted\nadopted: 2024-01-01\n---\n\n${paragraphs.join('\n\n')}\n`;

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ch-history-'));
  git(['init', '-q', '-b', 'main']);
  git(['config', 'user.email', 'maintainer@example.org']);
  git(['config', 'user.name', 'Maintainer']);
  write(doc('Program', 'We plant in spring.', 'We count litter.'));
  fs.writeFileSync(path.join(dir, 'README.md'), 'hello\n');
  git(['add', '.'], '2024-01-10T10:00:00Z');
  git(['commit', '-qm', 'Adopt the program'], '2024-01-10T10:00:00Z');

  // Proposal #3, merged with a merge commit.
  git(['checkout', '-qb', 'ana/autumn']);
  write(doc('Program', 'We plant in spring and autumn.', 'We count litter.'));
  git(['commit', '-qam', 'Plant in autumn too'], '2024-02-01T10:00:00Z');
  git(['checkout', '-q', 'main']);
  git(['merge', '--no-ff', '-q', 'ana/autumn', '-m', 'Merge pull request #3 from ana/autumn'], '2024-03-01T10:00:00Z');

  // An unrelated commit on main that does not touch the document.
  fs.writeFileSync(path.join(dir, 'README.md'), 'hello again\n');
  git(['commit', '-qam', 'Touch the readme'], '2024-03-05T10:00:00Z');

  // Frontmatter only: a version of the file, but not an amendment of its text.
  write(doc('Program 2024', 'We plant in spring and autumn.', 'We count litter.'));
  git(['commit', '-qam', 'Rename the program'], '2024-04-01T10:00:00Z');

  // Proposal #5, merged with a merge commit whose branch has two commits.
  git(['checkout', '-qb', 'rui/counts']);
  write(doc('Program 2024', 'We plant in spring and autumn.', 'We count litter by category.'));
  git(['commit', '-qam', 'Count by category'], '2024-05-01T10:00:00Z');
  write(doc('Program 2024', 'We plant in spring and autumn.', 'We count litter by category.', 'We publish the counts.'));
  git(['commit', '-qam', 'Publish counts'], '2024-05-02T10:00:00Z');
  git(['checkout', '-q', 'main']);
  git(['merge', '--no-ff', '-q', 'rui/counts', '-m', 'Merge pull request #5 from rui/counts'], '2024-06-01T10:00:00Z');

  // An unmerged proposal, kept reachable from main without changing main's tree.
  git(['checkout', '-qb', 'kim/drop']);
  write(doc('Program 2024', 'We count litter by category.'));
  git(['commit', '-qam', 'Drop planting'], '2024-06-10T10:00:00Z');
  heads.unmerged = git(['rev-parse', 'HEAD']);
  git(['checkout', '-q', 'main']);
  git(['merge', '-q', '-s', 'ours', 'kim/drop', '-m', 'Keep open proposals reachable'], '2024-06-15T10:00:00Z');

  // A change applied by hand, tied to its proposal by a trailer.
  write(doc('Program 2024', 'We plant in spring and autumn.', 'We count litter by category.', 'We publish the counts every season.'));
  git(['commit', '-qam', 'Apply the seasonal reports amendment\n\nProposal: #7'], '2024-07-01T10:00:00Z');
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const poll5: DecidingPoll = { id: 'counts', title: { en: 'Count by category?' }, proposal: 5, closes: '2024-05-30T00:00:00Z', outcome: 'decided', winner: 'yes', voters: 9, eligible: 20, quorumMet: true, options: [{ key: 'yes', votes: 7 }, { key: 'no', votes: 2 }] };

describe('document history from git', () => {
  it('lists every version that reached main, newest first, with dates and proposals', () => {
    const history = readHistories([DOC], { cwd: dir, polls: new Map([[5, poll5]]) }).get(DOC)!;
    expect(history.shallow).toBe(false);
    expect(history.versions.map((v) => [v.subject, v.date, v.proposal])).toEqual([
      ['Apply the seasonal reports amendment', '2024-07-01T10:00:00.000Z', 7],
      ['Merge pull request #5 from rui/counts', '2024-06-01T10:00:00.000Z', 5],
      ['Rename the program', '2024-04-01T10:00:00.000Z', null],
      ['Merge pull request #3 from ana/autumn', '2024-03-01T10:00:00.000Z', 3],
      ['Adopt the program', '2024-01-10T10:00:00.000Z', null],
    ]);
  });
  it('attaches the poll that decided a proposal, and none where there was none', () => {
    const versions = readHistories([DOC], { cwd: dir, polls: new Map([[5, poll5]]) }).get(DOC)!.versions;
    expect(versions.find((v) => v.proposal === 5)!.poll).toEqual(poll5);
    expect(versions.find((v) => v.proposal === 3)!.poll).toBeNull();
  });
  it('keeps the text before and after each version, so a merge shows its whole amendment', () => {
    const versions = readHistories([DOC], { cwd: dir }).get(DOC)!.versions;
    const merge5 = versions.find((v) => v.proposal === 5)!;
    expect(merge5.before).toContain('We count litter.');
    expect(merge5.after).toContain('We count litter by category.');
    expect(merge5.after).toContain('We publish the counts.');
    expect(versions.at(-1)!.before).toBeNull();
  });
  it('tells frontmatter-only versions apart from amendments', () => {
    const versions = readHistories([DOC], { cwd: dir }).get(DOC)!.versions;
    expect(versions.map((v) => v.textChanged)).toEqual([true, true, false, true, true]);
  });
  it('ignores commits of unmerged proposals even though main can reach them', () => {
    const versions = readHistories([DOC], { cwd: dir }).get(DOC)!.versions;
    expect(versions.map((v) => v.sha)).not.toContain(heads.unmerged);
    expect(versions.some((v) => v.after.includes('Drop planting') || !v.after.includes('We plant'))).toBe(false);
  });
  it('reports a shallow clone so pages can say the history is incomplete', () => {
    const shallow = fs.mkdtempSync(path.join(os.tmpdir(), 'ch-history-shallow-'));
    try {
      execFileSync('git', ['clone', '-q', '--depth', '1', `file://${dir}`, shallow]);
      const history = readHistories([DOC], { cwd: shallow }).get(DOC)!;
      expect(history.shallow).toBe(true);
      expect(history.versions).toHaveLength(1);
    } finally {
      fs.rmSync(shallow, { recursive: true, force: true });
    }
  });
});
