import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { digestOf } from '../../src/lib/polls/digest.ts';
import { markerKey } from '../../src/lib/polls/option-comments.ts';
import { runPollsOpen } from '../../src/lib/polls/run-polls-open.ts';
import { readWitness, SUMMARY_MARKER } from '../../src/lib/polls/summary.ts';
import { FakeGitHubData } from '../fake-github/dataset.ts';
import { startFakeGitHub, type FakeGitHub } from '../fake-github/server.ts';
import { addRosterAccounts, makeRoot, pollYaml, readJson, REPO, rosterYaml } from './helpers.ts';

const NOW = new Date('2026-11-26T12:00:00Z');
const WINDOW = { opens: '2026-11-26T09:00:00Z', closes: '2026-12-03T09:00:00Z' };
const client = { retries: 0, spacingMs: 0 };
let fake: FakeGitHub | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

function dataset() {
  const data = new FakeGitHubData(REPO, NOW.toISOString());
  data.addCategory('Comments');
  data.addCategory('Polls');
  data.addPullRequest({ number: 20, title: 'Budget', author: 'chair', state: 'OPEN', labels: ['proposal'] });
  addRosterAccounts(data, 3);
  return data;
}
const mutations = (f: FakeGitHub, from = 0) => f.requests.slice(from).map((r) => r.operation).filter((op) => op && /^(Create|Add|Update)/.test(op));
const markers = (d: { comments: { author: string | null; body: string }[] }) => d.comments.map((c) => [c.author, markerKey(c.body) ?? (c.body.includes(SUMMARY_MARKER) ? 'summary' : null)]);

describe('npm run polls:open against the fake GitHub', () => {
  it('creates the discussion, one option comment per option and the summary, then freezes rules, proposal head and electorate', async () => {
    fake = await startFakeGitHub(dataset());
    const root = makeRoot(rosterYaml(3), { budget: pollYaml({ ...WINDOW, proposal: 20 }) });
    const result = await runPollsOpen({ root, env: fake.env(), now: NOW, client });

    expect(result).toEqual({ opened: ['budget'], prepared: [], failures: [] });
    const d = fake.data.discussions.find((x) => x.title === 'Poll: Adopt the budget')!;
    expect(fake.data.categories.find((c) => c.id === d.categoryId)?.name).toBe('Polls');
    expect(d.author).toBe('github-actions');
    expect(d.body).toContain('<!-- chapterhouse-poll: budget -->');
    expect(markers(d)).toEqual([['github-actions', 'yes'], ['github-actions', 'no'], ['github-actions', 'abstain'], ['github-actions', 'summary']]);
    expect(fs.readFileSync(path.join(root, 'polls', 'budget.yml'), 'utf8')).toMatch(new RegExp(`\\ndiscussion: ${d.number} # created by polls:open\\n$`));

    const state = readJson(path.join(root, 'polls', 'state', 'budget.json'));
    const rules = { type: 'single', options: ['yes', 'no', 'abstain'], opens: '2026-11-26T09:00:00.000Z', closes: '2026-12-03T09:00:00.000Z', quorum: 0.25, threshold: 'simple-majority', discussion: d.number };
    const id = (login: string) => fake!.data.actor(login)!.databaseId;
    expect(state).toMatchObject({
      format: 2, id: 'budget', openedAt: NOW.toISOString(),
      frozen: {
        rules, proposal: { number: 20, headSha: fake.data.pullRequest(20).headSha },
        electorate: [{ login: 'chair', id: id('chair'), chapter: 'lisbon' }, { login: 'm001', id: id('m001'), chapter: 'lisbon' }, { login: 'm002', id: id('m002'), chapter: 'lisbon' }, { login: 'm003', id: id('m003'), chapter: 'lisbon' }],
      },
    });
    expect(state.frozenDigest).toBe(digestOf(state.frozen));
    expect(state.frozen.optionComments.map((c: { key: string; id: string }) => [c.key, c.id])).toEqual(d.comments.slice(0, 3).map((c) => [markerKey(c.body), c.id]));
    // The summary comment witnesses the frozen digest on GitHub.
    expect(readWitness(d.comments[3]!.body)).toMatchObject({ frozenDigest: state.frozenDigest, final: false });
  });

  it('does nothing the second time', async () => {
    fake = await startFakeGitHub(dataset());
    const root = makeRoot(rosterYaml(3), { budget: pollYaml({ ...WINDOW }) });
    await runPollsOpen({ root, env: fake.env(), now: NOW, client });
    const stateBefore = fs.readFileSync(path.join(root, 'polls', 'state', 'budget.json'), 'utf8');
    const n = fake.requests.length;
    await runPollsOpen({ root, env: fake.env(), now: new Date('2026-11-27T12:00:00Z'), client });
    expect(mutations(fake, n)).toEqual([]);
    expect(fake.data.discussions).toHaveLength(1);
    expect(fs.readFileSync(path.join(root, 'polls', 'state', 'budget.json'), 'utf8')).toBe(stateBefore);
  });

  it('adds only the missing options to an existing discussion, ignoring a look-alike by a member', async () => {
    const data = dataset();
    const d = data.addDiscussion({ title: 'Budget poll', author: 'chair', category: 'Polls' });
    data.addComment(d.number, { author: 'chair', body: 'Yes\n<!-- poll-option: yes -->' });
    data.addComment(d.number, { author: 'm001', body: 'No\n<!-- poll-option: no -->' });
    fake = await startFakeGitHub(data);
    const root = makeRoot(rosterYaml(3), { budget: pollYaml({ ...WINDOW, discussion: d.number }) });
    await runPollsOpen({ root, env: fake.env(), now: NOW, client });
    expect(markers(d)).toEqual([['chair', 'yes'], ['m001', 'no'], ['github-actions', 'no'], ['github-actions', 'abstain'], ['github-actions', 'summary']]);
  });

  it('--dry-run changes nothing on GitHub or on disk', async () => {
    fake = await startFakeGitHub(dataset());
    const root = makeRoot(rosterYaml(3), { budget: pollYaml({ ...WINDOW, proposal: 20 }) });
    const said: string[] = [];
    await runPollsOpen({ root, env: fake.env(), now: NOW, client, dryRun: true, progress: (m) => said.push(m) });
    expect(mutations(fake)).toEqual([]);
    expect(fake.data.discussions).toHaveLength(0);
    expect(fs.existsSync(path.join(root, 'polls', 'state'))).toBe(false);
    expect(said).toContain('budget: [dry run] would create discussion "Poll: Adopt the budget" in category Polls');
  });

  it('leaves polls alone before they open and after they close', async () => {
    fake = await startFakeGitHub(dataset());
    const root = makeRoot(rosterYaml(3), { later: pollYaml({ opens: '2027-01-01T00:00:00Z', closes: '2027-01-10T00:00:00Z' }), past: pollYaml({ opens: '2026-01-01T00:00:00Z', closes: '2026-01-10T00:00:00Z' }) });
    expect(await runPollsOpen({ root, env: fake.env(), now: NOW, client })).toEqual({ opened: [], prepared: [], failures: [] });
    expect(fake.requests).toHaveLength(0);
  });

  it('freezes no id for a member whose account was renamed away: nobody can vote under that name', async () => {
    const data = dataset();
    data.renameAccount('m002', 'm002-elsewhere');
    fake = await startFakeGitHub(data);
    const root = makeRoot(rosterYaml(3), { budget: pollYaml({ ...WINDOW }) });
    // The sync recorded m002's account before the rename.
    fs.mkdirSync(path.join(root, 'github'));
    const m002 = data.actor('m002-elsewhere')!;
    fs.writeFileSync(path.join(root, 'github', 'accounts.json'), JSON.stringify([{ login: 'm002', id: m002.databaseId, nodeId: m002.id, currentLogin: 'm002' }]));
    data.addActor('m002');
    const said: string[] = [];
    await runPollsOpen({ root, env: fake.env(), now: NOW, client, progress: (m) => said.push(m) });
    const electorate = readJson(path.join(root, 'polls', 'state', 'budget.json')).frozen.electorate;
    expect(electorate.find((e: { login: string }) => e.login === 'm002')).toEqual({ login: 'm002', id: null, chapter: 'lisbon' });
    expect(said).toContain('budget: ⚠ no confirmed GitHub account for m002: their votes will not count in this poll (see "npm run check" for why)');
  });
});
