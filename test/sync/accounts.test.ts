import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readSnapshot } from '../../src/lib/sync/read-snapshot.ts';
import { runSync } from '../../src/lib/sync/run-sync.ts';
import { startFakeGitHub, type FakeGitHub } from '../fake-github/server.ts';
import { makeContentRoot, smallDataset } from './helpers.ts';

/** The sync resolves roster logins to GitHub account ids (User.databaseId) and keeps them for good. */
const fast = { retries: 0, spacingMs: 0 };
let fake: FakeGitHub | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

const operations = (f: FakeGitHub, from = 0) => f.requests.slice(from).map((r) => r.operation);

function withRoster(root: string, logins: string[]) {
  fs.writeFileSync(path.join(root, 'members.yml'), logins.map((l) => `- { github: ${l}, chapter: lisbon, since: 2020-01-01 }`).join('\n') + '\n');
}

describe('account ids', () => {
  it('are looked up once per new roster login, twenty a request, and checked again in one request per sync', async () => {
    const data = smallDataset();
    const logins = Array.from({ length: 25 }, (_, i) => `member-${i}`);
    for (const l of logins) data.addActor(l);
    fake = await startFakeGitHub(data);
    const root = makeContentRoot();
    withRoster(root, [...logins, 'nobody-by-this-name']);
    const first = await runSync({ root, env: fake.env(), client: fast });
    expect(operations(fake)).toEqual(['SyncChanges', 'DiscussionsById', 'PullRequestsById', 'AccountsByLogin', 'AccountsByLogin']);
    expect(first).toMatchObject({ accountsResolved: 25, accountsChecked: 0 });
    const accounts = readSnapshot(root).accounts!;
    expect(accounts.map((a) => [a.login, a.id])).toEqual(logins.sort().map((l) => [l, data.actor(l)!.databaseId]));

    // Nothing changed: the listing, and the known accounts looked up again (the one missing login, once more).
    data.now = '2026-11-26T13:00:00Z';
    const n = fake.requests.length;
    const again = await runSync({ root, env: fake.env(), client: fast });
    expect(operations(fake, n)).toEqual(['SyncChanges', 'AccountsByLogin', 'AccountsById']);
    expect(again).toMatchObject({ requests: 3, filesWritten: 0, accountsChecked: 25 });
  });

  it('keep a renamed member\'s id, note the new name, and never give the freed login to whoever takes it', async () => {
    const data = smallDataset();
    const alice = data.addActor('alice');
    fake = await startFakeGitHub(data);
    const root = makeContentRoot();
    withRoster(root, ['alice']);
    await runSync({ root, env: fake.env(), client: fast });

    data.renameAccount('alice', 'alice-moved');
    const mallory = data.addActor('alice');
    expect(mallory.databaseId).not.toBe(alice.databaseId);
    data.now = '2026-11-26T13:00:00Z';
    await runSync({ root, env: fake.env(), client: fast });
    expect(readSnapshot(root).accounts).toEqual([{ login: 'alice', id: alice.databaseId, nodeId: alice.id, currentLogin: 'alice-moved' }]);
  });
});
