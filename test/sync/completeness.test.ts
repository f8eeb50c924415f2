import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ChapterhouseError } from '../../src/lib/errors.ts';
import { readSnapshot } from '../../src/lib/sync/read-snapshot.ts';
import { runSync } from '../../src/lib/sync/run-sync.ts';
import { startFakeGitHub, type FakeGitHub } from '../fake-github/server.ts';
import { makeContentRoot, siblings, smallDataset, snapshotBytes } from './helpers.ts';

/**
 * A sync never stores a thread cut short: a discussion that disappears while it is read is recorded as
 * deleted, or the sync fails and the snapshot stays byte-identical. The fake's clock is pinned.
 */
const fast = { retries: 0, spacingMs: 0 };
let fake: FakeGitHub | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

const at = (minutes: number) => new Date(Date.parse('2026-11-01T00:00:00Z') + minutes * 60_000).toISOString().replace(/\.\d{3}Z$/, 'Z');

describe('a discussion deleted between two of its comment pages', () => {
  it('is recorded as deleted, not stored with its first 30 comments', async () => {
    const data = smallDataset();
    const d = data.addDiscussion({ title: 'en/documents/values/', author: 'giscus', category: 'Comments', createdAt: at(0) });
    for (let i = 0; i < 80; i++) data.addComment(d.number, { author: 'ines-duarte', body: `comment ${i}`, createdAt: at(i + 1) });
    fake = await startFakeGitHub(data);
    const root = makeContentRoot();
    await runSync({ root, env: fake.env(), client: fast });
    expect(readSnapshot(root).discussions.find((x) => x.number === d.number)!.comments).toHaveLength(80);

    data.now = '2026-11-26T13:00:00Z';
    data.addComment(d.number, { author: 'kenji-arai', body: 'comment 81' });
    // The first page of the changed discussion comes back; before the second is asked for, it is deleted.
    fake.intercept((r) => r.operation === 'DiscussionsById' && r.variables.commentsAfter !== null, () => data.deleteDiscussion(d.number));
    const summary = await runSync({ root, env: fake.env(), client: fast });

    const stored = readSnapshot(root).discussions.find((x) => x.number === d.number)!;
    expect(stored).toMatchObject({ title: 'en/documents/values/', comments: [], deletedAt: '2026-11-26T13:00:00Z' });
    expect(summary.discussionsDeleted).toBe(1);
    // A later full sync keeps the record; GitHub no longer lists the discussion at all.
    data.now = '2026-11-26T14:00:00Z';
    await runSync({ root, env: fake.env(), client: fast, full: true });
    expect(readSnapshot(root).discussions.find((x) => x.number === d.number)?.deletedAt).toBe('2026-11-26T13:00:00Z');
  });

  it('is not stored at all when the sync had never stored it', async () => {
    const data = smallDataset();
    const d = data.addDiscussion({ title: 'en/handbook/tides/', author: 'giscus', category: 'Comments', createdAt: at(0) });
    for (let i = 0; i < 81; i++) data.addComment(d.number, { author: 'ines-duarte', body: `comment ${i}`, createdAt: at(i + 1) });
    fake = await startFakeGitHub(data);
    fake.intercept((r) => r.operation === 'DiscussionsById' && r.variables.commentsAfter !== null, () => data.deleteDiscussion(d.number));
    const root = makeContentRoot();
    await runSync({ root, env: fake.env(), client: fast });
    expect(fs.existsSync(path.join(root, `github/discussions/${d.number}.json`))).toBe(false);
  });
});

describe('an open poll\'s discussion deleted before its votes are read again', () => {
  it('is recorded as deleted, so the tally cannot count it as a poll without votes', async () => {
    const data = smallDataset();
    const d = data.addDiscussion({ title: 'Poll', author: 'github-actions', category: 'Polls', createdAt: '2026-11-20T09:00:00Z' });
    const yes = data.addComment(d.number, { author: 'github-actions', body: '<!-- poll-option: yes -->', createdAt: '2026-11-20T09:00:00Z' });
    data.addReaction(yes.id, 'THUMBS_UP', 'ines-duarte', '2026-11-21T00:00:00Z');
    fake = await startFakeGitHub(data);
    const root = makeContentRoot({ p: `discussion: ${d.number}\nopens: 2026-11-20T09:00:00Z\ncloses: 2026-12-10T09:00:00Z\n` });
    await runSync({ root, env: fake.env(), client: fast });
    data.now = '2026-11-26T13:00:00Z';
    fake.intercept((r) => r.operation === 'PollComments', () => data.deleteDiscussion(d.number));
    await runSync({ root, env: fake.env(), client: fast });
    expect(readSnapshot(root).discussions.find((x) => x.number === d.number)).toMatchObject({ deletedAt: '2026-11-26T13:00:00Z', comments: [] });
  });
});

describe('a pull request that can no longer be read while its files are listed', () => {
  it('fails the sync and leaves the snapshot byte-identical', async () => {
    const data = smallDataset();
    data.addPullRequest({
      number: 30, title: 'A big proposal', author: 'mara-quinlan', state: 'OPEN', labels: ['proposal'],
      files: Array.from({ length: 150 }, (_, i) => ({ path: `content/en/handbook/page-${i}.mdx`, additions: 1, deletions: 0, changeType: 'MODIFIED' as const })),
    });
    fake = await startFakeGitHub(data);
    const root = makeContentRoot();
    await runSync({ root, env: fake.env(), client: fast });
    data.now = '2026-11-26T13:00:00Z';
    data.pullRequest(30).updatedAt = data.now;
    const before = snapshotBytes(root);
    const folder = siblings(root);
    fake.intercept((r) => r.operation === 'PullRequestsById' && r.variables.filesAfter !== null, () => data.deletePullRequest(30));
    const error = await runSync({ root, env: fake.env(), client: fast }).then(() => null, (e: unknown) => e);
    expect(error).toBeInstanceOf(ChapterhouseError);
    expect((error as ChapterhouseError).message).toContain('On GitHub, pull request #30 could no longer be read while its changed files were being listed (it was probably deleted meanwhile): storing it now would leave it incomplete. Nothing was changed.');
    expect(snapshotBytes(root)).toEqual(before);
    expect(siblings(root)).toEqual(folder);
  });
});
