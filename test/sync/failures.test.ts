import { execFile, spawnSync } from 'node:child_process';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ChapterhouseError } from '../../src/lib/errors.ts';
import { runSync } from '../../src/lib/sync/run-sync.ts';
import { startFakeGitHub, type FakeGitHub } from '../fake-github/server.ts';
import { makeContentRoot, siblings, smallDataset, snapshotBytes } from './helpers.ts';

/**
 * Each way a sync can fail leaves the previous snapshot byte-identical (and no stray folders beside it),
 * and says what happened and what to do.
 */

const fast = { retries: 1, retryAfterBaseValue: 1, spacingMs: 0, maxRateLimitWaitSeconds: 0 };
let fake: FakeGitHub;
let root: string;
let before: Record<string, string>;
let folder: string[];

beforeEach(async () => {
  fake = await startFakeGitHub(smallDataset());
  root = makeContentRoot();
  await runSync({ root, env: fake.env(), client: fast });
  // Something to fetch next time, so a failure can happen mid-way.
  fake.data.now = '2026-11-26T14:00:00Z';
  fake.data.addComment(1, { author: 'ines-duarte', body: 'A new comment' });
  before = snapshotBytes(root);
  folder = siblings(root);
});
afterEach(async () => {
  await fake.close();
});

async function failure(env: Record<string, string>): Promise<ChapterhouseError> {
  const error = await runSync({ root, env, client: fast }).then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(ChapterhouseError);
  expect(snapshotBytes(root)).toEqual(before);
  expect(siblings(root)).toEqual(folder);
  return error as ChapterhouseError;
}

describe('a failed sync changes nothing', () => {
  it('bad token (401)', async () => {
    const e = await failure({ ...fake.env(), GITHUB_TOKEN: 'expired-token' });
    expect(e.code).toBe('github-bad-credentials');
    expect(e.message).toContain('GitHub refused the token (401 Bad credentials). Nothing was changed.');
    expect(e.fix).toMatch(/check GITHUB_TOKEN/);
  });

  it('unknown repository', async () => {
    const e = await failure({ ...fake.env(), GITHUB_REPOSITORY: 'tidewater-commons/no-such-repo' });
    expect(e.code).toBe('github-repository-not-found');
    expect(e.message).toContain('"tidewater-commons/no-such-repo"');
    expect(e.fix).toMatch(/GITHUB_REPOSITORY/);
  });

  it('rate limit used up', async () => {
    fake.rateLimit.resetAt = '2026-11-26T15:00:00Z';
    fake.rateLimit.used = fake.rateLimit.limit;
    const e = await failure(fake.env());
    expect(e.code).toBe('github-rate-limited');
    expect(e.fix).toMatch(/after the limit resets/);
  });

  it('rate limit running out in the middle of the sync', async () => {
    fake.rateLimit.resetAt = '2026-11-26T15:00:00Z';
    fake.rateLimit.used = fake.rateLimit.limit - 1;
    const e = await failure(fake.env());
    expect(e.code).toBe('github-rate-limited');
    expect(fake.requests.at(-1)!.operation).toBe('DiscussionsById');
  });

  it('network down', async () => {
    const e = await failure({ ...fake.env(), GITHUB_API_URL: 'http://127.0.0.1:9', GITHUB_GRAPHQL_URL: 'http://127.0.0.1:9/graphql' });
    expect(e.code).toBe('github-unreachable');
    expect(e.fix).toMatch(/network connection/);
  });

  it('connection dropped mid-way, on every retry', async () => {
    const n = fake.requests.length;
    // The listing succeeds; the discussion fetch and its retry lose their connection.
    fake.failNext({ status: 200, body: JSON.stringify({ data: { repository: { id: 'R', discussions: { pageInfo: { hasNextPage: false, endCursor: null }, nodes: [{ id: fake.data.discussion(1).id, number: 1, updatedAt: fake.data.now, category: { name: 'Comments' } }] }, pullRequests: { pageInfo: { hasNextPage: false, endCursor: null }, nodes: [] } }, rateLimit: { cost: 1, remaining: 10, resetAt: fake.data.now } } }) });
    fake.failNext({ drop: true }, 2);
    const e = await failure(fake.env());
    expect(e.code).toBe('github-unreachable');
    expect(fake.requests.length - n).toBe(3);
  });

  it('a request that never gets an answer', async () => {
    fake.failNext({ hang: true }, 2);
    const error = await runSync({ root, env: fake.env(), client: { ...fast, timeoutMs: 300 } }).then(() => null, (e: unknown) => e);
    expect(error).toMatchObject({ code: 'github-unreachable' });
    expect(snapshotBytes(root)).toEqual(before);
    expect(fake.requests.filter((r) => r.status === 0)).toHaveLength(2);
  });

  it('malformed answer: not JSON', async () => {
    fake.failNext({ status: 200, body: '<html>Unicorn!</html>', contentType: 'text/html' });
    const e = await failure(fake.env());
    expect(e.code).toBe('github-malformed');
    expect(e.message).toContain('text that is not JSON');
  });

  it('malformed answer: JSON of the wrong shape, after part of the data came in', async () => {
    fake.failNext({ status: 200, body: JSON.stringify({ data: { repository: { id: 'R', discussions: { pageInfo: { hasNextPage: false, endCursor: null }, nodes: [{ id: fake.data.discussion(1).id, number: 1, updatedAt: fake.data.now, category: { name: 'Comments' } }] }, pullRequests: { pageInfo: { hasNextPage: false, endCursor: null }, nodes: [] } } } }) });
    fake.failNext({ status: 200, body: JSON.stringify({ data: { nodes: [{ id: fake.data.discussion(1).id, number: 1, title: 7 }] } }) });
    const e = await failure(fake.env());
    expect(e.code).toBe('github-malformed');
    expect(e.message).toMatch(/discussion #1/);
  });

  it('GitHub failing with 502 even after retrying', async () => {
    fake.failNext({ status: 502, body: JSON.stringify({ message: 'Server Error' }) }, 2);
    const e = await failure(fake.env());
    expect(e.code).toBe('github-unavailable');
    expect(fake.requests.filter((r) => r.status === 502)).toHaveLength(2);
  });

  it('without a token: says so, exits non-zero, touches nothing (the CLI)', () => {
    const env: NodeJS.ProcessEnv = { ...process.env, CHAPTERHOUSE_CONTENT: root };
    delete env.GITHUB_TOKEN;
    const run = spawnSync(process.execPath, ['scripts/sync.ts'], { env, encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('GITHUB_TOKEN is not set, so GitHub cannot be reached; nothing was changed.');
    expect(run.stdout).toBe('');
    expect(snapshotBytes(root)).toEqual(before);
    expect(fake.requests.filter((r) => r.viewer === null)).toHaveLength(0);
  });
});

describe('the CLI', () => {
  it('prints progress to stderr and, with --json, the summary to stdout', async () => {
    const env = { ...process.env, ...fake.env(), CHAPTERHOUSE_CONTENT: root };
    // Asynchronous: the fake answers from this process, so it must not be blocked while the CLI runs.
    const run = await new Promise<{ status: number | null; stdout: string; stderr: string }>((resolve) => {
      const child = execFile(process.execPath, ['scripts/sync.ts', '--json'], { env, encoding: 'utf8' }, (_e, stdout, stderr) =>
        resolve({ status: child.exitCode, stdout, stderr }));
    });
    expect(run.status).toBe(0);
    expect(run.stderr).toMatch(/Syncing tidewater-commons\/chapterhouse: changes since 2026-11-26T12:00:00Z/);
    expect(run.stderr).toMatch(/requests: 2, rate-limit points: \d+/);
    const summary = JSON.parse(run.stdout);
    expect(summary).toMatchObject({ mode: 'incremental', requests: 2, discussionsFetched: 1, filesChanged: 2 });
  });
});
