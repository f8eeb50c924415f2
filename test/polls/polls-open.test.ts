import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { digestOf } from '../../src/lib/polls/digest.ts';
import { markerKey } from '../../src/lib/polls/option-comments.ts';
import { runPollsOpen } from '../../src/lib/polls/run-polls-open.ts';
import { FakeGitHubData } from '../fake-github/dataset.ts';
import { startFakeGitHub, type FakeGitHub } from '../fake-github/server.ts';
import { makeRoot, pollYaml, readJson, REPO, rosterYaml } from './helpers.ts';

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
  return data;
}
const mutations = (f: FakeGitHub, from = 0) => f.requests.slice(from).map((r) => r.operation).filter((op) => op && /^(Create|Add|Update)/.test(op));

describe('npm run polls:open against the fake GitHub', () => {
  it('creates the discussion and one option comment per option, then freezes the rules with the proposal head', async () => {
    fake = await startFakeGitHub(dataset());
    const root = makeRoot(rosterYaml(3), { budget: pollYaml({ ...WINDOW, proposal: 20 }) });
    const result = await runPollsOpen({ root, env: fake.env(), now: NOW, client });

    expect(result.opened).toEqual(['budget']);
    const d = fake.data.discussions.find((x) => x.title === 'Poll: Adopt the budget')!;
    expect(fake.data.categories.find((c) => c.id === d.categoryId)?.name).toBe('Polls');
    expect(d.author).toBe('github-actions');
    expect(d.comments.map((c) => [c.author, markerKey(c.body)])).toEqual([['github-actions', 'yes'], ['github-actions', 'no'], ['github-actions', 'abstain']]);
    expect(fs.readFileSync(path.join(root, 'polls', 'budget.yml'), 'utf8')).toMatch(new RegExp(`\\ndiscussion: ${d.number} # created by polls:open\\n$`));

    const state = readJson(path.join(root, 'polls', 'state', 'budget.json'));
    const rules = { type: 'single', options: ['yes', 'no', 'abstain'], opens: '2026-11-26T09:00:00.000Z', closes: '2026-12-03T09:00:00.000Z', quorum: 0.25, threshold: 'simple-majority', discussion: d.number };
    expect(state).toMatchObject({ id: 'budget', openedAt: NOW.toISOString(), rules, definitionDigest: digestOf(rules), proposal: { number: 20, headSha: fake.data.pullRequest(20).headSha } });
    expect(state.optionComments.map((c: { key: string; id: string }) => [c.key, c.id])).toEqual(d.comments.map((c) => [markerKey(c.body), c.id]));
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
    expect(d.comments.map((c) => [c.author, markerKey(c.body)])).toEqual([['chair', 'yes'], ['m001', 'no'], ['github-actions', 'no'], ['github-actions', 'abstain']]);
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
    expect(await runPollsOpen({ root, env: fake.env(), now: NOW, client })).toEqual({ opened: [] });
    expect(fake.requests).toHaveLength(0);
  });
});
