import { describe, expect, it } from 'vitest';
import type { PullRequest } from '../../schemas/index.ts';
import { isProposal, summarizeProposals, type PollFacts } from './list.ts';

const pr = (number: number, over: Partial<PullRequest> = {}): PullRequest => ({
  id: `PR_${number}`, number, title: `Proposal ${number}`, body: '', url: `https://github.com/o/r/pull/${number}`,
  author: { login: 'ana', type: 'User' }, state: 'OPEN', isDraft: false, merged: false, mergedAt: null, closedAt: null,
  headSha: 'a'.repeat(40), headRef: 'b', baseRef: 'main', baseSha: 'c'.repeat(40), files: [], labels: ['Proposal'],
  createdAt: '2026-05-01T00:00:00Z', updatedAt: '2026-05-01T00:00:00Z', ...over,
});
const site = { proposals: { label: 'proposal' } };
const now = new Date('2026-06-01T00:00:00Z');
const poll = (id: string, opens: string, closes: string): PollFacts => ({ status: { id, opens, closes, result: null }, title: id, discussion: 7, result: null, state: null });

describe('summarizeProposals', () => {
  it('keeps only pull requests with the proposal label, compared ignoring case, newest first', () => {
    expect(isProposal(pr(1), site)).toBe(true);
    expect(isProposal(pr(2, { labels: ['docs'] }), site)).toBe(false);
    const list = summarizeProposals([pr(1), pr(2, { labels: [] }), pr(3)], site, new Map(), now);
    expect(list.map((p) => p.number)).toEqual([3, 1]);
  });
  it('derives state and the open/past split, and shows a deleted author as null', () => {
    const list = summarizeProposals(
      [pr(1, { state: 'MERGED', merged: true, mergedAt: '2026-05-20T00:00:00Z' }), pr(2, { author: null }), pr(3, { state: 'CLOSED', closedAt: '2026-05-10T00:00:00Z' })],
      site,
      new Map([[2, poll('p2', '2026-05-25T00:00:00Z', '2026-06-10T00:00:00Z')]]),
      now,
    );
    expect(list.map((p) => [p.number, p.state, p.open, p.endedAt])).toEqual([
      [3, 'withdrawn', false, '2026-05-10T00:00:00Z'],
      [2, 'voting', true, null],
      [1, 'merged', false, '2026-05-20T00:00:00Z'],
    ]);
    expect(list[1]!.author).toBeNull();
    expect(list[1]!.poll).toMatchObject({ id: 'p2', discussion: 7 });
    expect(list[1]!.gate).toEqual({ status: 'pending', reason: 'poll p2 is open', words: { key: 'open', vars: {}, figures: false } });
  });
});
