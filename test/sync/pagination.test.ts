import { afterEach, describe, expect, it } from 'vitest';
import { readSnapshot } from '../../src/lib/sync/read-snapshot.ts';
import { runSync } from '../../src/lib/sync/run-sync.ts';
import { FakeGitHubData } from '../fake-github/dataset.ts';
import { startFakeGitHub, type FakeGitHub } from '../fake-github/server.ts';
import { REPO, makeContentRoot } from './helpers.ts';

const fast = { retries: 0, spacingMs: 0 };
let fake: FakeGitHub | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

const at = (i: number) => new Date(Date.parse('2026-03-01T00:00:00Z') + i * 60_000).toISOString().replace(/\.\d{3}Z$/, 'Z');
const login = (i: number) => `member-${String(i).padStart(3, '0')}`;

describe('every connection is read to its end', () => {
  it('brings back 400 comments, 300 reactions on a comment, 150 replies and 120 reactions on a reply', async () => {
    const data = new FakeGitHubData(REPO, '2026-11-26T12:00:00Z');
    data.addCategory('Comments');
    const d = data.addDiscussion({ title: 'en/documents/program/', author: 'giscus', category: 'Comments', createdAt: at(0) });
    const comments = Array.from({ length: 400 }, (_, i) => data.addComment(d.number, { author: login(i % 40), body: `comment ${i}`, createdAt: at(i + 1) }));
    for (let i = 0; i < 300; i++) data.addReaction(comments[7]!.id, i % 2 ? 'HEART' : 'THUMBS_UP', login(i), at(1000 + i));
    const replies = Array.from({ length: 150 }, (_, i) => data.addComment(d.number, { author: login(i % 30), body: `reply ${i}`, replyTo: comments[399]!.id, createdAt: at(2000 + i) }));
    for (let i = 0; i < 120; i++) data.addReaction(replies[149]!.id, 'ROCKET', login(i), at(3000 + i));
    for (let i = 0; i < 130; i++) data.addReaction(d.id, 'EYES', login(i), at(4000 + i));
    fake = await startFakeGitHub(data);
    const root = makeContentRoot();

    await runSync({ root, env: fake.env(), client: fast });
    const thread = readSnapshot(root).discussions[0]!;
    expect(thread.comments).toHaveLength(400);
    expect(thread.comments.map((c) => c.body)).toEqual(comments.map((_, i) => `comment ${i}`));
    expect(thread.comments[7]!.reactions).toHaveLength(300);
    expect(new Set(thread.comments[7]!.reactions.map((r) => `${r.user}:${r.content}`)).size).toBe(300);
    expect(thread.comments[399]!.replies).toHaveLength(150);
    expect(thread.comments[399]!.replies.map((r) => r.body)).toEqual(replies.map((_, i) => `reply ${i}`));
    expect(thread.comments[399]!.replies[149]!.reactions).toHaveLength(120);
    expect(thread.reactions).toHaveLength(130);
    // Only connections that said hasNextPage were paged: no request fetched an empty page.
    expect(fake.requests.every((r) => r.status === 200)).toBe(true);
    expect(fake.requests.length).toBeLessThan(30);
  });

  it('reads more than 100 votes on one poll option when refreshing an open poll', async () => {
    const data = new FakeGitHubData(REPO, '2026-11-26T12:00:00Z');
    data.addCategory('Polls');
    const d = data.addDiscussion({ title: 'Poll', author: 'github-actions', category: 'Polls', createdAt: '2026-11-20T09:00:00Z' });
    const options = Array.from({ length: 60 }, (_, i) => data.addComment(d.number, { author: 'github-actions', body: `<!-- poll-option: o${i} -->`, createdAt: '2026-11-20T09:00:00Z' }));
    fake = await startFakeGitHub(data);
    const root = makeContentRoot({ p: `discussion: ${d.number}\nopens: 2026-11-20T09:00:00Z\ncloses: 2026-12-10T09:00:00Z\n` });
    await runSync({ root, env: fake.env(), client: fast });
    for (let i = 0; i < 150; i++) data.addReaction(options[59]!.id, 'THUMBS_UP', login(i), '2026-11-26T11:00:00Z');
    data.now = '2026-11-26T13:00:00Z';

    await runSync({ root, env: fake.env(), client: fast });
    const snapshot = readSnapshot(root).discussions[0]!;
    expect(snapshot.comments).toHaveLength(60);
    expect(snapshot.comments[59]!.reactions).toHaveLength(150);
  });

  it('reads the further pages of many threads together: one request carries twenty reaction lists, ten reply lists, five comment lists', async () => {
    const data = new FakeGitHubData(REPO, '2026-11-26T12:00:00Z');
    data.addCategory('Comments');
    const threads = Array.from({ length: 30 }, (_, t) => {
      const d = data.addDiscussion({ title: `en/blog/post-${t}/`, author: 'giscus', category: 'Comments', createdAt: at(0) });
      // 60 comments: past the first page of 30, inside the next of 50.
      const comments = Array.from({ length: 60 }, (_, i) => data.addComment(d.number, { author: login(i), body: `c${t}.${i}`, createdAt: at(i + 1) }));
      // 150 reactions on one comment: its first page of 20, then 100, then 30.
      for (let i = 0; i < 150; i++) data.addReaction(comments[0]!.id, 'HEART', login(i), at(500 + i));
      // 12 replies to another: its first page of 5, then the rest.
      for (let i = 0; i < 12; i++) data.addComment(d.number, { author: login(i), body: `r${t}.${i}`, replyTo: comments[1]!.id, createdAt: at(800 + i) });
      return d;
    });
    fake = await startFakeGitHub(data);
    const root = makeContentRoot();
    await runSync({ root, env: fake.env(), client: fast });

    const stored = new Map(readSnapshot(root).discussions.map((d) => [d.number, d]));
    for (const d of threads) {
      const thread = stored.get(d.number)!;
      expect(thread.comments).toHaveLength(60);
      expect(thread.comments[0]!.reactions).toHaveLength(150);
      expect(thread.comments[1]!.replies.map((r) => r.body)).toEqual(Array.from({ length: 12 }, (_, i) => `r${d.number - threads[0]!.number}.${i}`));
    }
    const count = (operation: string) => fake!.requests.filter((r) => r.operation === operation).length;
    // One at a time this was 30 comment pages, 30 reply pages and 60 reaction pages.
    expect(count('CommentPages')).toBe(6);
    expect(count('ReplyPages')).toBe(3);
    expect(count('ReactionPages')).toBe(3);
    expect(count('DiscussionsById')).toBe(3);
  });
});

