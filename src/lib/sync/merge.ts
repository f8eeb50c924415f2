import type { Comment, Discussion, PullRequest, Snapshot } from '../../schemas/snapshot.ts';

/**
 * The next snapshot from the previous one and what this sync fetched. Pure.
 * A full sync replaces everything; an incremental one replaces what changed and keeps the rest.
 */
export interface Fetched {
  repository: string;
  syncedAt: string;
  full: boolean;
  discussions: Discussion[];
  pullRequests: PullRequest[];
  /** Discussion numbers that left the synced categories. */
  dropped: number[];
  /** Fresh top-level comments (with their votes) of poll discussions that were not fetched whole. */
  pollComments: Map<number, Comment[]>;
}

export function mergeSnapshot(previous: Snapshot, fetched: Fetched): Snapshot {
  const discussions = new Map<number, Discussion>();
  const pullRequests = new Map<number, PullRequest>();
  if (!fetched.full) {
    for (const d of previous.discussions) discussions.set(d.number, d);
    for (const p of previous.pullRequests) pullRequests.set(p.number, p);
  }
  for (const n of fetched.dropped) discussions.delete(n);
  for (const d of fetched.discussions) discussions.set(d.number, d);
  for (const p of fetched.pullRequests) pullRequests.set(p.number, p);
  for (const [number, comments] of fetched.pollComments) {
    const old = discussions.get(number);
    if (!old) continue;
    discussions.set(number, { ...old, comments: withKnownReplies(comments, old.comments) });
  }
  return {
    state: { repository: fetched.repository, syncedAt: fetched.syncedAt },
    discussions: [...discussions.values()].sort((a, b) => a.number - b.number),
    pullRequests: [...pullRequests.values()].sort((a, b) => a.number - b.number),
  };
}

/** Refreshed top-level comments keep the replies already in the snapshot (a new reply would have touched updatedAt). */
function withKnownReplies(fresh: Comment[], old: Comment[]): Comment[] {
  const byId = new Map(old.map((c) => [c.id, c]));
  return fresh.map((c) => ({ ...c, replies: byId.get(c.id)?.replies ?? c.replies }));
}
