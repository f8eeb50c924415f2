import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSite } from '../../src/lib/content/load.ts';
import { pollContentProblems } from '../../src/lib/polls/check.ts';
import { digestOf } from '../../src/lib/polls/digest.ts';
import { readPollStates } from '../../src/lib/polls/read-polls.ts';
import { runVerify } from '../../src/lib/polls/run-verify.ts';
import { tallyFromInput } from '../../src/lib/polls/tally.ts';
import { buildDemoDataset } from '../fake-github/demo-dataset.ts';
import { startFakeGitHub } from '../fake-github/server.ts';

/** A copy of the demo's poll files, roster, chapters, settings and snapshot, safe to edit (no git: recounts use the copy's snapshot). */
function demoCopy(): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'chapterhouse-demo-polls-'));
  for (const f of ['site.yml', 'members.yml']) fs.copyFileSync(path.join('content', f), path.join(root, f));
  for (const dir of ['polls', 'github', 'chapters']) fs.cpSync(path.join('content', dir), path.join(root, dir), { recursive: true });
  return root;
}

function editJson(file: string, edit: (value: any) => void) {
  const value = JSON.parse(fs.readFileSync(file, 'utf8'));
  edit(value);
  fs.writeFileSync(file, `${JSON.stringify(value, null, 2)}\n`);
}

const NOW = new Date('2026-11-26T12:00:00Z');
const verify = async (root: string) => (await runVerify({ root, now: NOW })).problems.map((p) => `${path.basename(p.file)}: ${p.field}: ${p.message}`);
const verifyCli = (root: string) =>
  spawnSync(process.execPath, ['scripts/tally.ts', '--verify'], { env: { ...process.env, CHAPTERHOUSE_CONTENT: root, CHAPTERHOUSE_NOW: NOW.toISOString(), GITHUB_TOKEN: '' }, encoding: 'utf8' });

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

  it('tally --verify passes on the committed results', async () => {
    const root = demoCopy();
    expect(await runVerify({ root, now: NOW })).toEqual({ checked: 7, witnessed: 0, problems: [] });
    const run = verifyCli(root);
    expect(run.stderr).toContain('7 closed poll results recounted from the committed snapshot and frozen state');
    expect(run.status).toBe(0);
  });

  it('tally --verify --github finds every poll witnessed by its summary comment on the demo\'s GitHub', async () => {
    const fake = await startFakeGitHub(buildDemoDataset('content'));
    try {
      const root = demoCopy();
      const summary = await runVerify({ root, now: NOW, github: true, env: fake.env(), client: { retries: 0, spacingMs: 0 } });
      expect(summary).toEqual({ checked: 7, witnessed: 9, problems: [] });
      // A final result edited in the copy, digests and all, no longer matches its witness.
      editJson(path.join(root, 'polls', 'results', 'working-groups.json'), (r) => {
        r.input.reactions.pop();
        r.inputDigest = digestOf(r.input);
      });
      const again = await runVerify({ root, now: NOW, github: true, env: fake.env(), client: { retries: 0, spacingMs: 0 } });
      expect(again.problems.map((p) => `${path.basename(p.file)}: ${p.field}`)).toContain('working-groups.json: inputDigest');
    } finally {
      await fake.close();
    }
  });

  it('tally --verify fails when a committed figure is edited by hand', async () => {
    const root = demoCopy();
    editJson(path.join(root, 'polls', 'results', 'adopt-climate-program.json'), (r) => {
      r.tally.options[1].votes += 5;
    });
    const problems = await verify(root);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^adopt-climate-program\.json: tally\.options: is .* but recounting the snapshot in content\/github gives /);
    const run = verifyCli(root);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('1 problem in the decision record');
  });

  it('tally --verify fails a result forged with consistent digests and figures, and twelve extra voters', async () => {
    const root = demoCopy();
    const file = path.join(root, 'polls', 'results', 'dues-change.json');
    const state = readPollStates(root).states.find((s) => s.id === 'dues-change')!;
    editJson(file, (r) => {
      // Twelve accounts that reacted nowhere; and to be counted they are slipped into the stored votes.
      for (let i = 0; i < 12; i++) r.input.reactions.push({ key: 'yes', user: `sock-${i}`, userId: 900_000 + i, createdAt: '2026-07-02T00:00:00Z' });
      r.inputDigest = digestOf(r.input);
      r.tally = tallyFromInput(state, r.input, 'closed');
    });
    const problems = await verify(root);
    expect(problems[0]).toMatch(/^dues-change\.json: input\.reactions: holds 12 votes that are not in the snapshot in content\/github: 👍 yes by sock-0 \(account 900000\)/);
  });

  it('tally --verify names a deleted result and one whose phase went back to open', async () => {
    const root = demoCopy();
    fs.rmSync(path.join(root, 'polls', 'results', 'congress-2027-city.json'));
    editJson(path.join(root, 'polls', 'results', 'working-groups.json'), (r) => {
      r.phase = 'open';
    });
    const problems = await verify(root);
    expect(problems.some((p) => p.startsWith('congress-2027-city.json: : poll "congress-2027-city" closed on 2026-06-21T00:00:00.000Z but has no result file'))).toBe(true);
    expect(problems.some((p) => p.startsWith('working-groups.json: phase: is "open" but the poll closed on 2026-10-20T00:00:00.000Z'))).toBe(true);
  });

  it('the content check accepts the demo and fails a change to a frozen poll rule', () => {
    const root = demoCopy();
    const site = readSite(root);
    expect(pollContentProblems(site, root, NOW).filter((p) => p.level !== 'note')).toEqual([]);
    const file = path.join(root, 'polls', 'adopt-climate-program.yml');
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('closes: 2026-09-15T09:00:00Z', 'closes: 2026-09-22T09:00:00Z').replace('ja: 棄権', 'ja: 棄権する'));
    const problems = pollContentProblems(site, root, NOW).filter((p) => p.level !== 'note');
    expect(problems.map((p) => [p.field, p.line])).toEqual([['closes', 16]]);
    expect(problems[0]!.file).toMatch(/polls\/adopt-climate-program\.yml$/);
  });

  it('the content check says clearly when it has no history to compare the record with', () => {
    const root = demoCopy();
    const notes = pollContentProblems(readSite(root), root, NOW).filter((p) => p.level === 'note');
    expect(notes.map((n) => n.message)).toEqual([
      "the poll states and results were not compared with main's history: this folder is not in a git checkout. Without it the check cannot see a state or result that was removed or rewritten",
    ]);
  });
});
