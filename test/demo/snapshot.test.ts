import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readSnapshot } from '../../src/lib/sync/read-snapshot.ts';
import { runSync, type SyncSummary } from '../../src/lib/sync/run-sync.ts';
import { buildDemoDataset } from '../fake-github/demo-dataset.ts';
import { startFakeGitHub, type FakeGitHub } from '../fake-github/server.ts';
import { makeContentRoot, snapshotBytes } from '../sync/helpers.ts';

/**
 * The committed demo snapshot (content/github/) must be exactly what a sync of the demo dataset writes,
 * so the demo data and the snapshot never drift. To refresh it on purpose: `npm run demo:snapshot`.
 */
let fake: FakeGitHub;
let root: string;
let first: SyncSummary;

beforeAll(async () => {
  fake = await startFakeGitHub(buildDemoDataset('content'));
  root = makeContentRoot();
  fs.cpSync('content/polls', path.join(root, 'polls'), { recursive: true });
  // The roster: its logins are resolved to account ids into the snapshot.
  fs.copyFileSync('content/members.yml', path.join(root, 'members.yml'));
  first = await runSync({ root, env: fake.env(), client: { spacingMs: 0, retries: 0 } });
});
afterAll(async () => {
  await fake?.close();
});

describe('the demo snapshot', () => {
  it('is byte-identical to a sync of the demo dataset', () => {
    expect(snapshotBytes(root)).toEqual(snapshotBytes('content'));
  });

  it('costs few requests the first time and at most 2 plus one per live poll afterwards', async () => {
    // The first sync also looks up the roster's 47 logins, twenty a request.
    expect(first.requests).toBeLessThanOrEqual(19);
    expect(first.accountsResolved).toBe(47);
    const n = fake.requests.length;
    const again = await runSync({ root, env: fake.env(), client: { spacingMs: 0, retries: 0 } });
    // The listing, the votes of meeting-guide-update (#32), the one open poll on the demo's "now", and the
    // known accounts looked up again (renames).
    expect(fake.requests.slice(n).map((r) => r.operation)).toEqual(['SyncChanges', 'PollComments', 'AccountsById']);
    expect(again).toMatchObject({ requests: 3, filesWritten: 0, accountsChecked: 47 });
  });

  it('holds what the demo needs', () => {
    const snapshot = readSnapshot('content');
    const program = snapshot.discussions.find((d) => d.title === 'en/documents/program/')!;
    expect(program.comments.length).toBeGreaterThanOrEqual(220);
    expect(Math.max(...program.comments.map((c) => c.replies.length))).toBeGreaterThanOrEqual(12);
    expect(new Set(program.comments.filter((c) => c.isMinimized).map((c) => c.minimizedReason))).toEqual(new Set(['off-topic', 'spam', 'outdated']));
    expect(program.comments.filter((c) => c.deletedAt)).toHaveLength(2);
    expect(program.comments.some((c) => c.author === null)).toBe(true);
    expect(program.comments.filter((c) => c.isAnswer)).toHaveLength(1);
    expect(program.comments.some((c) => c.lastEditedAt)).toBe(true);
    expect(snapshot.discussions.filter((d) => d.category.name === 'Polls').map((d) => d.number)).toEqual([30, 31, 32, 34, 35, 36, 37, 38, 39, 40]);
    expect(snapshot.discussions.some((d) => d.number === 33)).toBe(false);
    expect(snapshot.pullRequests.map((p) => [p.number, p.state, p.isDraft])).toEqual([
      [12, 'MERGED', false], [13, 'CLOSED', false], [14, 'OPEN', false], [15, 'OPEN', false], [16, 'OPEN', true], [17, 'CLOSED', false], [19, 'OPEN', false],
    ]);
    for (const p of snapshot.pullRequests) {
      for (const f of p.files) expect(fs.existsSync(f.path), f.path).toBe(true);
    }
  });
});
