import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readWitness, SUMMARY_MARKER } from '../../src/lib/polls/summary.ts';
import { runPollsOpen } from '../../src/lib/polls/run-polls-open.ts';
import { runTally } from '../../src/lib/polls/run-tally.ts';
import { runSync } from '../../src/lib/sync/run-sync.ts';
import { FakeGitHubData } from '../fake-github/dataset.ts';
import { startFakeGitHub, type FakeGitHub } from '../fake-github/server.ts';
import { addRosterAccounts, makeRoot, member, pollYaml, readJson, REPO, rosterYaml } from './helpers.ts';

const client = { retries: 0, spacingMs: 0 };
const OPENS = '2026-11-01T09:00:00Z';
const CLOSES = '2026-11-15T09:00:00Z';
const DURING = '2026-11-05T10:00:00Z';
let fake: FakeGitHub | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

/**
 * A proposal poll with 150 👍 on "yes" (more than one page of reactions) and 20 on "no", opened by
 * polls:open at its opening time, synced once the fake's clock is past closing.
 */
async function closedProposalPoll() {
  const data = new FakeGitHubData(REPO, OPENS);
  data.addCategory('Polls');
  addRosterAccounts(data, 200);
  const pr = data.addPullRequest({ number: 40, title: 'Budget', author: 'chair', state: 'OPEN', labels: ['proposal'] });
  const d = data.addDiscussion({ title: 'Poll: budget', author: 'github-actions', category: 'Polls', createdAt: OPENS });
  fake = await startFakeGitHub(data);
  const root = makeRoot(rosterYaml(200), { budget: pollYaml({ opens: OPENS, closes: CLOSES, discussion: d.number, proposal: 40 }) });
  await runPollsOpen({ root, env: fake.env(), now: new Date(OPENS), client });
  const [yes, no] = d.comments;
  for (let i = 1; i <= 150; i++) data.addReaction(yes!.id, 'THUMBS_UP', member(i), DURING);
  for (let i = 151; i <= 170; i++) data.addReaction(no!.id, 'THUMBS_UP', member(i), DURING);
  data.now = '2026-11-26T12:00:00Z';
  await runSync({ root, env: fake.env(), client, full: true });
  return { data, root, d, pr, yes: yes!, no: no! };
}

const ops = (f: FakeGitHub, from = 0) => f.requests.slice(from).map((r) => r.operation ?? `${r.method} ${r.path}`);

describe('npm run tally with a token, against the fake GitHub', () => {
  it('counts every 👍 past the first hundred, posts one summary comment and passes the gate', async () => {
    const { data, root, d, pr } = await closedProposalPoll();
    const summary = await runTally({ root, env: fake!.env(), now: new Date(data.now), client });

    expect(summary.polls[0]).toMatchObject({ id: 'budget', outcome: 'decided', winner: 'yes', eligible: 201, voters: 170, quorumMet: true, options: [{ key: 'yes', votes: 150 }, { key: 'no', votes: 20 }, { key: 'abstain', votes: 0 }] });
    const summaries = d.comments.filter((c) => c.body.includes(SUMMARY_MARKER));
    expect(summaries.map((c) => c.author)).toEqual(['github-actions']);
    expect(summaries[0]!.body).toContain('| Yes | 150 |');
    const result = readJson(path.join(root, 'polls', 'results', 'budget.json'));
    expect(result).toMatchObject({ frozen: true, syncedAt: '2026-11-26T12:00:00Z' });
    expect(readWitness(summaries[0]!.body)).toEqual({ frozenDigest: result.input.frozenDigest, inputDigest: result.inputDigest, final: true });
    expect(data.statuses).toEqual([expect.objectContaining({ sha: pr.headSha, state: 'success', context: 'chapterhouse/poll', description: 'Passed: yes 150, no 20, abstain 0; 170 of 201 voted (quorum 51)' })]);
    expect(readJson(path.join(root, 'polls', 'results', 'budget.json')).tally.options[0].votes).toBe(150);
  });

  it('leaves the summary comment alone when nothing changed', async () => {
    const { data, root, d } = await closedProposalPoll();
    await runTally({ root, env: fake!.env(), now: new Date(data.now), client });
    const n = fake!.requests.length;
    await runTally({ root, env: fake!.env(), now: new Date(data.now), client });
    expect(ops(fake!, n).filter((op) => /^(AddPollComment|UpdatePollComment)$/.test(op))).toEqual([]);
    expect(d.comments.filter((c) => c.body.includes(SUMMARY_MARKER))).toHaveLength(1);
  });

  it('keeps the final result when reactions change after closing', async () => {
    const { data, root, yes } = await closedProposalPoll();
    await runTally({ root, env: fake!.env(), now: new Date(data.now), client });
    const file = path.join(root, 'polls', 'results', 'budget.json');
    const before = fs.readFileSync(file, 'utf8');
    for (let i = 1; i <= 100; i++) data.removeReaction(yes.id, 'THUMBS_UP', member(i));
    data.now = '2026-11-27T12:00:00Z';
    await runSync({ root, env: fake!.env(), client, full: true });
    const summary = await runTally({ root, env: fake!.env(), now: new Date(data.now), client });
    expect(fs.readFileSync(file, 'utf8')).toBe(before);
    expect(summary.polls[0]).toMatchObject({ winner: 'yes', options: [{ key: 'yes', votes: 150 }, { key: 'no', votes: 20 }, { key: 'abstain', votes: 0 }] });
  });

  it('fails the gate when the proposal head moved during voting', async () => {
    const { data, root, pr } = await closedProposalPoll();
    pr.headSha = 'f'.repeat(40);
    await runTally({ root, env: fake!.env(), now: new Date(data.now), client });
    expect(data.statuses).toEqual([expect.objectContaining({ sha: 'f'.repeat(40), state: 'failure', context: 'chapterhouse/poll' })]);
    expect(data.statuses[0]!.description).toContain('the text changed during voting');
  });

  it('is pending while the vote runs, and --dry-run writes nothing anywhere', async () => {
    const data = new FakeGitHubData(REPO, DURING);
    data.addCategory('Polls');
    addRosterAccounts(data, 4);
    const pr = data.addPullRequest({ number: 41, title: 'Budget', author: 'chair', state: 'OPEN', labels: ['proposal'] });
    fake = await startFakeGitHub(data);
    const root = makeRoot(rosterYaml(4), { budget: pollYaml({ opens: OPENS, closes: CLOSES, proposal: 41 }) });
    await runPollsOpen({ root, env: fake.env(), now: new Date(DURING), client });
    await runSync({ root, env: fake.env(), client, full: true });

    const said: string[] = [];
    const n = fake.requests.length;
    await runTally({ root, env: fake.env(), now: new Date(DURING), client, dryRun: true, progress: (m) => said.push(m) });
    expect(ops(fake, n).filter((op) => /^(AddPollComment|UpdatePollComment|POST )/.test(op))).toEqual([]);
    expect(fs.existsSync(path.join(root, 'polls', 'results'))).toBe(false);
    expect(said).toContain('budget: [dry run] would set chapterhouse/poll = pending on #41 (' + pr.headSha.slice(0, 7) + '): Voting until 2026-11-15: yes 0, no 0, abstain 0; 0 of 5 voted (quorum 2)');

    await runTally({ root, env: fake.env(), now: new Date(DURING), client });
    expect(data.statuses.map((s) => [s.sha, s.state])).toEqual([[pr.headSha, 'pending']]);
  });

  it('holds a proposal whose poll has not opened yet at pending, without touching any discussion', async () => {
    const data = new FakeGitHubData(REPO, DURING);
    data.addCategory('Polls');
    const pr = data.addPullRequest({ number: 42, title: 'Values', author: 'chair', state: 'OPEN', labels: ['proposal'] });
    fake = await startFakeGitHub(data);
    const root = makeRoot(rosterYaml(4), { values: pollYaml({ opens: '2027-01-05T09:00:00Z', closes: '2027-01-19T09:00:00Z', proposal: 42 }) });
    const summary = await runTally({ root, env: fake.env(), now: new Date(DURING), client });
    expect(summary).toEqual({ polls: [], failures: [] });
    expect(data.statuses.map((s) => [s.sha, s.state, s.description])).toEqual([[pr.headSha, 'pending', 'Voting opens 2027-01-05']]);
    expect(ops(fake).filter((op) => /Comment|Discussion/.test(op))).toEqual([]);
  });
});
