import { afterEach, describe, expect, it } from 'vitest';
import { createGitHubClient } from '../../src/lib/github/client.ts';
import { githubConfigFromEnv } from '../../src/lib/github/config.ts';
import { FakeGitHubData } from './dataset.ts';
import { startFakeGitHub, type FakeGitHub } from './server.ts';

let fake: FakeGitHub | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

async function start() {
  const data = new FakeGitHubData('tidewater-commons/chapterhouse', '2026-11-26T12:00:00Z');
  data.addCategory('Polls');
  data.addDiscussion({ number: 32, title: 'Poll', author: 'github-actions', category: 'Polls', createdAt: '2026-11-20T09:00:00Z' });
  fake = await startFakeGitHub(data);
  return fake;
}

async function post(f: FakeGitHub, query: string, variables: Record<string, unknown> = {}, token = f.token) {
  const res = await fetch(f.graphqlUrl, { method: 'POST', headers: { authorization: `bearer ${token}`, 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
  return { status: res.status, body: (await res.json()) as { data?: any; errors?: { message: string; type?: string }[] } };
}

describe('the fake GitHub rejects what GitHub rejects', () => {
  it('a field that is not in GitHub\'s schema', async () => {
    const f = await start();
    const { body } = await post(f, '{ repository(owner: "tidewater-commons", name: "chapterhouse") { discussions(first: 1) { nodes { votes } } } }');
    expect(body.data).toBeUndefined();
    expect(body.errors?.[0]?.message).toBe('Cannot query field "votes" on type "Discussion".');
  });

  it('a wrong argument type, and a connection without first', async () => {
    const f = await start();
    const wrongType = await post(f, '{ repository(owner: "x", name: 1) { id } }');
    expect(wrongType.body.errors?.[0]?.message).toMatch(/String cannot represent a non string value: 1/);
    const noFirst = await post(f, '{ repository(owner: "tidewater-commons", name: "chapterhouse") { discussions { totalCount } } }');
    expect(noFirst.body.errors?.[0]?.message).toMatch(/You must provide a `first` or `last` value/);
  });

  it('more than 500,000 nodes in one query', async () => {
    const f = await start();
    const { body } = await post(f, `{ repository(owner: "tidewater-commons", name: "chapterhouse") { discussions(first: 100) { nodes {
      comments(first: 100) { nodes { replies(first: 100) { nodes { id } } } } } } } }`);
    expect(body.errors?.[0]).toMatchObject({ type: 'MAX_NODE_LIMIT_EXCEEDED' });
    expect(body.errors?.[0]?.message).toMatch(/1010100 possible nodes/);
  });

  it('an unknown repository, as NOT_FOUND with a null repository', async () => {
    const f = await start();
    const { body } = await post(f, '{ repository(owner: "tidewater-commons", name: "nope") { id } }');
    expect(body.data).toEqual({ repository: null });
    expect(body.errors?.[0]).toMatchObject({ type: 'NOT_FOUND', path: ['repository'], message: "Could not resolve to a Repository with the name 'tidewater-commons/nope'." });
  });

  it('a bad token, with 401 and no data', async () => {
    const f = await start();
    const { status } = await post(f, '{ viewer { login } }', {}, 'wrong');
    expect(status).toBe(401);
  });
});

describe('the fake GitHub meters and records', () => {
  it('answers rateLimit with the cost GitHub would charge and counts it down', async () => {
    const f = await start();
    const q = '{ repository(owner: "tidewater-commons", name: "chapterhouse") { discussions(first: 100) { nodes { comments(first: 50) { totalCount } } } } rateLimit { cost remaining resetAt } }';
    const one = await post(f, q);
    // 1 + 100 connections → 1 point (101 / 100, rounded).
    expect(one.body.data.rateLimit).toEqual({ cost: 1, remaining: 4999, resetAt: '2026-11-26T13:00:00Z' });
    const two = await post(f, q.replace('first: 50', 'first: 50) { totalCount } reactions(first: 100'));
    expect(two.body.data.rateLimit.cost).toBe(2);
    expect(f.requests.map((r) => [r.path, r.cost, r.viewer])).toEqual([['/graphql', 1, 'github-actions'], ['/graphql', 2, 'github-actions']]);
  });
});

describe('mutations and REST routes the project uses', () => {
  it('creates a discussion, adds, edits and reacts to comments, as the token\'s account', async () => {
    const f = await start();
    const client = createGitHubClient(githubConfigFromEnv(f.env()), { spacingMs: 0 });
    const ids = await client.graphql<any>('query { repository(owner: "tidewater-commons", name: "chapterhouse") { id discussionCategories(first: 10) { nodes { id name } } } }');
    const created = await client.graphql<any>(
      'mutation($r: ID!, $c: ID!) { createDiscussion(input: { repositoryId: $r, categoryId: $c, title: "Poll: dues", body: "Vote" }) { discussion { id number author { login } } } }',
      { r: ids.repository.id, c: ids.repository.discussionCategories.nodes[0].id },
    );
    expect(created.createDiscussion.discussion).toMatchObject({ number: 33, author: { login: 'github-actions' } });
    const added = await client.graphql<any>(
      'mutation($d: ID!) { addDiscussionComment(input: { discussionId: $d, body: "<!-- poll-option: yes -->\\nYes" }) { comment { id bodyHTML } } }',
      { d: created.createDiscussion.discussion.id },
    );
    expect(added.addDiscussionComment.comment.bodyHTML).toBe('<p dir="auto">Yes</p>');
    await client.graphql('mutation($c: ID!) { updateDiscussionComment(input: { commentId: $c, body: "<!-- poll-option: yes -->\\nYes!" }) { comment { id } } }', { c: added.addDiscussionComment.comment.id });
    const voter = createGitHubClient(githubConfigFromEnv(f.env(f.tokenFor('ines-duarte'))), { spacingMs: 0 });
    await voter.graphql('mutation($s: ID!) { addReaction(input: { subjectId: $s, content: THUMBS_UP }) { reaction { content } } }', { s: added.addDiscussionComment.comment.id });
    const comment = f.data.comment(added.addDiscussionComment.comment.id);
    expect(comment).toMatchObject({ body: '<!-- poll-option: yes -->\nYes!', lastEditedAt: '2026-11-26T12:00:00Z' });
    expect(comment.reactions.map((r) => [r.content, r.user])).toEqual([['THUMBS_UP', 'ines-duarte']]);
  });

  it('GET /repos/{owner}/{repo} and POST …/statuses/{sha}', async () => {
    const f = await start();
    const client = createGitHubClient(githubConfigFromEnv(f.env()), { spacingMs: 0 });
    const repo = await client.octokit.request('GET /repos/{owner}/{repo}', { owner: 'tidewater-commons', repo: 'chapterhouse' });
    expect(repo.data).toMatchObject({ full_name: 'tidewater-commons/chapterhouse', default_branch: 'main' });
    const sha = 'a'.repeat(40);
    const status = await client.octokit.request('POST /repos/{owner}/{repo}/statuses/{sha}', { owner: 'tidewater-commons', repo: 'chapterhouse', sha, state: 'pending', context: 'chapterhouse/poll', description: 'Voting open: 3 of 10 voted' });
    expect(status.status).toBe(201);
    expect(f.data.statuses).toEqual([{ sha, state: 'pending', context: 'chapterhouse/poll', description: 'Voting open: 3 of 10 voted', targetUrl: null, creator: 'github-actions', createdAt: '2026-11-26T12:00:00Z' }]);
    await expect(client.octokit.request('POST /repos/{owner}/{repo}/statuses/{sha}', { owner: 'tidewater-commons', repo: 'chapterhouse', sha, state: 'maybe' as 'pending' })).rejects.toMatchObject({ status: 422 });
    await expect(client.octokit.request('GET /repos/{owner}/{repo}', { owner: 'tidewater-commons', repo: 'nope' })).rejects.toMatchObject({ status: 404 });
  });
});
