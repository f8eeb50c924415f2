import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSite } from '../../src/lib/content/load.ts';
import { pollContentProblems } from '../../src/lib/polls/check.ts';
import { verifyCommittedResults } from '../../src/lib/polls/run-tally.ts';

/** A copy of the demo's poll files, roster and settings, safe to edit. */
function demoCopy(): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'chapterhouse-demo-polls-'));
  for (const f of ['site.yml', 'members.yml']) fs.copyFileSync(path.join('content', f), path.join(root, f));
  fs.cpSync(path.join('content', 'polls'), path.join(root, 'polls'), { recursive: true });
  return root;
}

function editJson(file: string, edit: (value: any) => void) {
  const value = JSON.parse(fs.readFileSync(file, 'utf8'));
  edit(value);
  fs.writeFileSync(file, `${JSON.stringify(value, null, 2)}\n`);
}

const verifyCli = (root: string) =>
  spawnSync(process.execPath, ['scripts/tally.ts', '--verify'], { env: { ...process.env, CHAPTERHOUSE_CONTENT: root, GITHUB_TOKEN: '' }, encoding: 'utf8' });

describe('the demo polls', () => {
  it('have open, upcoming and closed polls, and a closed one decided a proposal', () => {
    const results = fs.readdirSync('content/polls/results').map((f) => JSON.parse(fs.readFileSync(path.join('content/polls/results', f), 'utf8')));
    const phases = new Set(results.map((r) => r.phase));
    expect(phases).toEqual(new Set(['open', 'closed']));
    expect(fs.readFileSync('content/polls/values-inclusive-language.yml', 'utf8')).toMatch(/^opens: 2027-/m);
    const climate = results.find((r) => r.id === 'adopt-climate-program');
    expect(climate.tally).toMatchObject({ outcome: 'decided', winner: 'yes' });
    expect(results.find((r) => r.id === 'dues-change').tally.outcome).toBe('no-quorum');
  });

  it('tally --verify passes on the committed results', () => {
    const root = demoCopy();
    expect(verifyCommittedResults(root)).toEqual({ checked: 5, problems: [] });
    const run = verifyCli(root);
    expect(run.stderr).toContain('5 closed poll results recounted');
    expect(run.status).toBe(0);
  });

  it('tally --verify fails when a committed result is edited by hand', () => {
    const root = demoCopy();
    const file = path.join(root, 'polls', 'results', 'adopt-climate-program.json');
    editJson(file, (r) => {
      r.tally.options[1].votes += 5;
    });
    const { problems } = verifyCommittedResults(root);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/adopt-climate-program\.json: tally\.options is .* but recounting the stored input gives /);
    const run = verifyCli(root);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('1 problem in committed results');
  });

  it('tally --verify fails when a stored vote is slipped in by hand', () => {
    const root = demoCopy();
    editJson(path.join(root, 'polls', 'results', 'dues-change.json'), (r) => {
      r.input.reactions.push({ key: 'yes', user: r.input.eligible[0], createdAt: '2026-07-02T00:00:00Z' });
    });
    expect(verifyCommittedResults(root).problems[0]).toMatch(/inputDigest does not match the stored input/);
  });

  it('the content check accepts the demo and fails a change to a frozen poll rule', () => {
    const root = demoCopy();
    const site = readSite(root);
    expect(pollContentProblems(site, root)).toEqual([]);
    const file = path.join(root, 'polls', 'adopt-climate-program.yml');
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('closes: 2026-09-15T09:00:00Z', 'closes: 2026-09-22T09:00:00Z').replace('ja: 棄権', 'ja: 棄権する'));
    const problems = pollContentProblems(site, root);
    expect(problems.map((p) => [p.field, p.line])).toEqual([['closes', 16]]);
    expect(problems[0]!.file).toMatch(/polls\/adopt-climate-program\.yml$/);
  });
});
