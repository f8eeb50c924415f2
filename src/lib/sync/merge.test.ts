import { describe, expect, it } from 'vitest';
import type { Comment, Discussion, PullRequest, Snapshot } from '../../schemas/snapshot.ts';
import { mergeSnapshot, type Fetched } from './merge.ts';

const comment = (id: string, extra: Partial<Comment> = {}): Comment => ({
  id, databaseId: 1, url: `u#${id}`, author: { login: 'ines-duarte', type: 'User' }, body: id, bodyHTML: id,
  createdAt: '2026-11-01T00:00:00Z', updatedAt: '2026-11-01T00:00:00Z', lastEditedAt: null, isMinimized: false,
  minimizedReason: null, deletedAt: null, reactions: [], isAnswer: false, replies: [], ...extra,
});
const discussion = (number: number, comments: Comment[] = [], title = `#${number}`): Discussion => ({
  id: `D_${number}`, number, title, body: '', bodyHTML: '', url: `u/${number}`, author: null, category: { name: 'Comments', slug: 'comments' },
  labels: [], createdAt: '2026-11-01T00:00:00Z', updatedAt: '2026-11-01T00:00:00Z', closed: false, closedAt: null, locked: false, reactions: [], comments,
});
const pr = (number: number, title = `PR ${number}`): PullRequest => ({
  id: `PR_${number}`, number, title, body: '', url: '', author: null, state: 'OPEN', isDraft: false, merged: false, mergedAt: null, closedAt: null,
  headSha: 'a'.repeat(40), headRef: 'h', baseRef: 'main', baseSha: null, files: [], labels: ['proposal'], createdAt: '2026-11-01T00:00:00Z', updatedAt: '2026-11-01T00:00:00Z',
});
const reply = { ...comment('R1'), replyTo: 'C1' } as Comment & { replyTo: string };
const previous: Snapshot = {
  state: { repository: 'o/r', syncedAt: '2026-11-25T00:00:00Z' },
  discussions: [discussion(1), discussion(2, [comment('C1', { replies: [(({ isAnswer: _a, replies: _r, ...r }) => r)(reply)] })]), discussion(3)],
  pullRequests: [pr(12), pr(13)],
};
const fetched = (extra: Partial<Fetched>): Fetched => ({
  repository: 'o/r', syncedAt: '2026-11-26T12:00:00Z', full: false, discussions: [], pullRequests: [], dropped: [], deleted: [], pollComments: new Map(), ...extra,
});

describe('mergeSnapshot', () => {
  it('replaces what changed, keeps the rest, drops what left, and records the new sync time', () => {
    const next = mergeSnapshot(previous, fetched({ discussions: [discussion(1, [], 'new title'), discussion(5)], pullRequests: [pr(13, 'renamed')], dropped: [3] }));
    expect(next.state).toEqual({ repository: 'o/r', syncedAt: '2026-11-26T12:00:00Z' });
    expect(next.discussions.map((d) => [d.number, d.title])).toEqual([[1, 'new title'], [2, '#2'], [5, '#5']]);
    expect(next.pullRequests.map((p) => [p.number, p.title])).toEqual([[12, 'PR 12'], [13, 'renamed']]);
  });

  it('records a deleted discussion as such, without what was written in it, and keeps the record on full syncs', () => {
    const withComments = { ...previous, discussions: [discussion(1), discussion(2, [comment('C1')], 'Poll'), discussion(3)] };
    const next = mergeSnapshot(withComments, fetched({ deleted: [2, 99] }));
    const gone = next.discussions.find((d) => d.number === 2)!;
    expect(gone).toMatchObject({ number: 2, title: 'Poll', comments: [], body: '', deletedAt: '2026-11-26T12:00:00Z' });
    expect(next.discussions.map((d) => d.number)).toEqual([1, 2, 3]);
    const full = mergeSnapshot(next, fetched({ full: true, syncedAt: '2026-11-27T00:00:00Z', discussions: [discussion(1)] }));
    expect(full.discussions.map((d) => [d.number, d.deletedAt ?? null])).toEqual([[1, null], [2, '2026-11-26T12:00:00Z']]);
  });

  it('on a full sync keeps only what was fetched', () => {
    const next = mergeSnapshot(previous, fetched({ full: true, discussions: [discussion(2)], pullRequests: [] }));
    expect(next.discussions.map((d) => d.number)).toEqual([2]);
    expect(next.pullRequests).toEqual([]);
  });

  it('puts refreshed poll votes in place and keeps the replies the lighter refetch does not bring', () => {
    const vote = { content: 'THUMBS_UP' as const, user: 'pablo-serrano', createdAt: '2026-11-26T11:00:00Z' };
    const next = mergeSnapshot(previous, fetched({ pollComments: new Map([[2, [comment('C1', { reactions: [vote] }), comment('C2')]], [99, [comment('X')]]]) }));
    const d2 = next.discussions.find((d) => d.number === 2)!;
    expect(d2.comments.map((c) => [c.id, c.reactions.length, c.replies.map((r) => r.id)])).toEqual([['C1', 1, ['R1']], ['C2', 0, []]]);
    expect(next.discussions.some((d) => d.number === 99)).toBe(false);
  });
});
