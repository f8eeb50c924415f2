import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { contentProblems } from '../../src/lib/content/validate.ts';
import { pollContentProblems } from '../../src/lib/polls/check.ts';
import { readSite } from '../../src/lib/content/load.ts';
import { git } from '../../src/lib/git/git.ts';
import { shapeAt } from '../../scripts/bench/shape.ts';
import { orgCounts, syntheticOrg } from '../../scripts/bench/synthetic-org.ts';
import { writeOrgRepository } from '../../scripts/bench/write-org.ts';
import { fakeDataFor } from '../../scripts/bench/fake-load.ts';
import { firstSyncFloor } from '../../scripts/bench/sync-minimum.ts';
import { runSync } from '../../src/lib/sync/run-sync.ts';
import { readSnapshot } from '../../src/lib/sync/read-snapshot.ts';
import { startFakeGitHub } from '../fake-github/server.ts';

const NOW = '2026-11-26T00:00:00Z';
const shape = shapeAt(0.05, NOW);
const org = syntheticOrg(shape);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ch-bench-org-'));
writeOrgRepository(dir, org);
const root = path.join(dir, 'content');
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('synthetic organization', () => {
  it('passes the content check', () => {
    expect(contentProblems(root)).toEqual([]);
  });

  it('passes the poll checks', () => {
    // Notes are allowed: the generated polls that closed have no state until a benchmark run writes them.
    expect(pollContentProblems(readSite(root), root).filter((p) => p.level !== 'note')).toEqual([]);
  });

  it('is the same organization every time for the same shape', () => {
    const again = syntheticOrg(shapeAt(0.05, NOW));
    expect([...again.files.entries()]).toEqual([...org.files.entries()]);
    expect(again.discussions).toEqual(org.discussions);
  });

  it('changes with the seed', () => {
    const other = syntheticOrg(shapeAt(0.05, NOW, { seed: 7 }));
    expect(other.files.get('content/members.yml')).not.toEqual(org.files.get('content/members.yml'));
  });

  it('has the counts of its shape, with partial translations', () => {
    const counts = orgCounts(org);
    expect(counts.members).toBe(shape.members);
    expect(counts.polls).toBe(shape.polls);
    expect(counts.comments).toBe(shape.comments);
    expect(counts.pagesByLang.en).toBe(shape.docs);
    expect(counts.pagesByLang.es).toBeGreaterThan(shape.docs * 0.4);
    expect(counts.pagesByLang.es).toBeLessThan(shape.docs * 0.8);
    // Coverage falls from the first languages to the last (es 70 %, hi 15 %).
    expect(counts.pagesByLang.hi).toBeLessThan(counts.pagesByLang.es!);
  });

  it('is a git repository whose second commit edits default-language pages only', () => {
    expect(git(['rev-list', '--count', 'HEAD'], dir).trim()).toBe('2');
    const changed = git(['diff', '--name-only', 'HEAD~1', 'HEAD'], dir).split('\n').filter(Boolean);
    expect(changed.length).toBe(org.edits.size);
    expect(changed.every((f) => f.startsWith('content/en/'))).toBe(true);
  });

  it('numbers discussions uniquely and votes only inside each poll window', () => {
    const numbers = org.discussions.map((d) => d.number);
    expect(new Set(numbers).size).toBe(numbers.length);
    for (const poll of org.polls) {
      const d = org.discussions.find((x) => x.number === poll.discussion);
      if (!d) continue;
      for (const c of d.comments) for (const r of c.reactions) {
        expect(r.createdAt > poll.opens).toBe(true);
        expect(r.createdAt < poll.closes).toBe(true);
      }
    }
  });

  it('replies only to earlier top-level comments', () => {
    for (const d of org.discussions) d.comments.forEach((c, i) => {
      if (c.replyTo === undefined) return;
      expect(c.replyTo).toBeLessThan(i);
      expect(d.comments[c.replyTo]!.replyTo).toBeUndefined();
    });
  });

  it('syncs from the fake GitHub into a valid snapshot holding every comment and reaction', async () => {
    const fake = await startFakeGitHub(fakeDataFor(org), { pointsPerHour: 1_000_000 });
    try {
      const summary = await runSync({ root, env: fake.env(), client: { spacingMs: 0 } });
      const snapshot = readSnapshot(root);
      expect(snapshot.discussions.length).toBe(org.discussions.length);
      const written = snapshot.discussions.reduce((n, d) => n + d.comments.reduce((m, c) => m + 1 + c.replies.length, 0), 0);
      expect(written).toBe(org.discussions.reduce((n, d) => n + d.comments.length, 0));
      const reactions = (ds: { comments: { reactions: unknown[]; replies?: { reactions: unknown[] }[] }[]; reactions: unknown[] }[]) =>
        ds.reduce((n, d) => n + d.reactions.length + d.comments.reduce((m, c) => m + c.reactions.length + (c.replies ?? []).reduce((k, r) => k + r.reactions.length, 0), 0), 0);
      expect(reactions(snapshot.discussions)).toBe(reactions(org.discussions));
      expect(summary.requests).toBeGreaterThanOrEqual(firstSyncFloor(org.discussions));
    } finally {
      await fake.close();
    }
  });
});
