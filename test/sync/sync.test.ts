import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createGitHubClient } from '../../src/lib/github/client.ts';
import { githubConfigFromEnv } from '../../src/lib/github/config.ts';
import { fetchDiscussions } from '../../src/lib/github/fetch.ts';
import { readSnapshot } from '../../src/lib/sync/read-snapshot.ts';
import { runSync } from '../../src/lib/sync/run-sync.ts';
import { startFakeGitHub, type FakeGitHub } from '../fake-github/server.ts';
import { makeContentRoot, smallDataset, snapshotBytes } from './helpers.ts';

const fast = { retries: 0, spacingMs: 0 };
let fake: FakeGitHub | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

const operations = (f: FakeGitHub, from = 0) => f.requests.slice(from).map((r) => r.operation);

describe('npm run sync against the fake GitHub', () => {
  it('fills an empty snapshot in three requests: list, discussions, pull requests', async () => {
    fake = await startFakeGitHub(smallDataset());
    const root = makeContentRoot();
    const summary = await runSync({ root, env: fake.env(), client: fast });

    expect(operations(fake)).toEqual(['SyncChanges', 'DiscussionsById', 'PullRequestsById']);
    expect(summary).toMatchObject({ mode: 'full', requests: 3, discussionsFetched: 3, pullRequestsFetched: 1, filesWritten: 5 });
    expect(summary.points).toBe(fake.requests.reduce((n, r) => n + r.cost, 0));

    const snapshot = readSnapshot(root);
    expect(snapshot.state).toEqual({ repository: 'tidewater-commons/chapterhouse', syncedAt: '2026-11-26T12:00:00Z' });
    // "Ideas" is not a synced category; #13 has no proposal label.
    expect(snapshot.discussions.map((d) => [d.number, d.category.name])).toEqual([[1, 'Comments'], [2, 'Comments'], [3, 'Proposals']]);
    expect(snapshot.pullRequests.map((p) => p.number)).toEqual([12]);
    const pr = snapshot.pullRequests[0]!;
    expect(pr.files).toEqual([{ path: 'content/en/documents/program.mdx', additions: 3, deletions: 1, changeType: 'MODIFIED' }]);
    expect(pr.headSha).toBe(fake.data.pullRequest(12).headSha);
    expect(pr.baseSha).toBe(fake.data.pullRequest(12).baseSha);
    expect(pr.baseRef).toBe('main');
    const mission = snapshot.discussions[0]!;
    expect(mission.comments[0]!.replies.map((r) => [r.author?.login, r.body, r.replyTo])).toEqual([['kenji-arai', 'Welcome.', mission.comments[0]!.id]]);
    expect(mission.comments[0]!.reactions).toEqual([{ content: 'HEART', user: 'lucia-ferrer', userId: fake.data.actor('lucia-ferrer')!.databaseId, createdAt: '2026-10-01T13:00:00Z' }]);
  });

  it('makes one request and writes nothing when nothing changed', async () => {
    fake = await startFakeGitHub(smallDataset());
    const root = makeContentRoot();
    await runSync({ root, env: fake.env(), client: fast });
    const before = snapshotBytes(root);
    fake.data.now = '2026-11-26T13:00:00Z';
    const n = fake.requests.length;

    const summary = await runSync({ root, env: fake.env(), client: fast });
    expect(operations(fake, n)).toEqual(['SyncChanges']);
    expect(summary).toMatchObject({ mode: 'incremental', requests: 1, points: 1, filesWritten: 0, since: '2026-11-26T12:00:00Z' });
    expect(snapshotBytes(root)).toEqual(before);
  });

  it('fetches only what changed since the last sync, and the diff is that discussion and the sync time', async () => {
    fake = await startFakeGitHub(smallDataset());
    const root = makeContentRoot();
    await runSync({ root, env: fake.env(), client: fast });
    const before = snapshotBytes(root);
    fake.data.now = '2026-11-26T14:00:00Z';
    fake.data.addComment(2, { author: 'hana-kobayashi', body: 'Page 4 of the handbook.' });
    const n = fake.requests.length;

    const summary = await runSync({ root, env: fake.env(), client: fast });
    expect(operations(fake, n)).toEqual(['SyncChanges', 'DiscussionsById']);
    expect(fake.requests.at(-1)!.variables.ids).toEqual([fake.data.discussion(2).id]);
    expect(summary).toMatchObject({ discussionsFetched: 1, pullRequestsFetched: 0, filesChanged: 2 });
    const after = snapshotBytes(root);
    const changed = Object.keys(after).filter((k) => after[k] !== before[k]).sort();
    expect(changed).toEqual(['discussions/2.json', 'state.json']);
    expect(readSnapshot(root).discussions[1]!.comments.map((c) => c.body)).toEqual(['Where is the tide table?', 'Page 4 of the handbook.']);
  });

  it('drops a discussion that moved out of the synced categories', async () => {
    fake = await startFakeGitHub(smallDataset());
    const root = makeContentRoot();
    await runSync({ root, env: fake.env(), client: fast });
    fake.data.now = '2026-11-26T14:00:00Z';
    const d = fake.data.discussion(3);
    d.categoryId = fake.data.categories.find((c) => c.name === 'Ideas')!.id;
    d.updatedAt = fake.data.now;
    await runSync({ root, env: fake.env(), client: fast });
    expect(readSnapshot(root).discussions.map((x) => x.number)).toEqual([1, 2]);
    expect(fs.existsSync(path.join(root, 'github/discussions/3.json'))).toBe(false);
  });

  it('always reads again the votes of open polls (a reaction does not change updatedAt), and only theirs', async () => {
    const data = smallDataset();
    const open = data.addDiscussion({ title: 'Poll: open', author: 'github-actions', category: 'Polls', createdAt: '2026-11-20T09:00:00Z' });
    const option = data.addComment(open.number, { author: 'github-actions', body: '<!-- poll-option: yes -->\nYes', createdAt: '2026-11-20T09:00:00Z' });
    const reply = data.addComment(open.number, { author: 'ines-duarte', body: 'Why?', replyTo: option.id, createdAt: '2026-11-20T10:00:00Z' });
    const closed = data.addDiscussion({ title: 'Poll: closed', author: 'github-actions', category: 'Polls', createdAt: '2026-06-01T00:00:00Z' });
    data.addComment(closed.number, { author: 'github-actions', body: '<!-- poll-option: yes -->\nYes', createdAt: '2026-06-01T00:00:00Z' });
    const poll = (n: number, opens: string, closes: string) => `discussion: ${n}\nopens: ${opens}\ncloses: ${closes}\n`;
    const root = makeContentRoot({
      open: poll(open.number, '2026-11-20T09:00:00Z', '2026-12-10T09:00:00Z'),
      closed: poll(closed.number, '2026-06-01T00:00:00Z', '2026-06-21T00:00:00Z'),
      upcoming: 'opens: 2027-01-05T09:00:00Z\ncloses: 2027-01-19T09:00:00Z\n',
    });
    fake = await startFakeGitHub(data);
    await runSync({ root, env: fake.env(), client: fast });
    fake.data.now = '2026-11-26T15:00:00Z';
    fake.data.addReaction(option.id, 'THUMBS_UP', 'pablo-serrano', '2026-11-26T14:30:00Z');
    expect(fake.data.discussion(open.number).updatedAt).toBe('2026-11-20T10:00:00Z');
    const n = fake.requests.length;

    const summary = await runSync({ root, env: fake.env(), client: fast });
    expect(operations(fake, n)).toEqual(['SyncChanges', 'PollComments']);
    expect(fake.requests.at(-1)!.variables.ids).toEqual([open.id]);
    expect(summary).toMatchObject({ pollsRefreshed: 1, requests: 2 });
    const comment = readSnapshot(root).discussions.find((d) => d.number === open.number)!.comments[0]!;
    expect(comment.reactions).toEqual([{ content: 'THUMBS_UP', user: 'pablo-serrano', userId: fake.data.actor('pablo-serrano')!.databaseId, createdAt: '2026-11-26T14:30:00Z' }]);
    // Replies are kept from the snapshot, not lost by the lighter refetch.
    expect(comment.replies.map((r) => r.id)).toEqual([reply.id]);
  });

  it('reads a poll that closed since the last sync one last time, records that sync\'s time even if no vote changed, then stops', async () => {
    const data = smallDataset();
    const d = data.addDiscussion({ title: 'Poll', author: 'github-actions', category: 'Polls', createdAt: '2026-11-20T00:00:00Z' });
    data.addComment(d.number, { author: 'github-actions', body: '<!-- poll-option: yes -->', createdAt: '2026-11-20T00:00:00Z' });
    const root = makeContentRoot({ p: `discussion: ${d.number}\nopens: 2026-11-20T00:00:00Z\ncloses: 2026-11-26T12:30:00Z\n` });
    fake = await startFakeGitHub(data);
    await runSync({ root, env: fake.env(), client: fast });
    fake.data.now = '2026-11-26T13:00:00Z';
    const n = fake.requests.length;
    const second = await runSync({ root, env: fake.env(), client: fast });
    expect(operations(fake, n)).toEqual(['SyncChanges', 'PollComments']);
    // This is the count after closing: without its time on record the poll's result could never become final.
    expect(second).toMatchObject({ filesChanged: 1, syncedAt: '2026-11-26T13:00:00Z' });
    expect(readSnapshot(root).state.syncedAt).toBe('2026-11-26T13:00:00Z');
    fake.data.now = '2026-11-26T14:00:00Z';
    const m = fake.requests.length;
    const third = await runSync({ root, env: fake.env(), client: fast });
    expect(operations(fake, m)).toEqual(['SyncChanges']);
    expect(third.filesWritten).toBe(0);
  });
});

describe('a discussion deleted while the sync runs', () => {
  it('is left out of the batch instead of failing the sync', async () => {
    fake = await startFakeGitHub(smallDataset());
    const client = createGitHubClient(githubConfigFromEnv(fake.env()), fast);
    const found = await fetchDiscussions(client, [fake.data.discussion(1).id, 'D_deleted', fake.data.discussion(2).id]);
    expect(found.discussions.map((d) => d.number)).toEqual([1, 2]);
  });
});
