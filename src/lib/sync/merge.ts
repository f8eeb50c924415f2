import type { Account, Comment, Discussion, PullRequest, Snapshot } from '../../schemas/snapshot.ts';

/**
 * The next snapshot from the previous one and what this sync fetched. Pure.
 * A full sync replaces everything; an incremental one replaces what changed and keeps the rest.
 * A discussion deleted on GitHub is kept as a record that says so (see `tombstone`), never cut short.
 */
export interface Fetched {
  repository: string;
  syncedAt: string;
  full: boolean;
  discussions: Discussion[];
  pullRequests: PullRequest[];
  /** Discussion numbers that left the synced categories: their files go. */
  dropped: number[];
  /** Discussion numbers deleted on GitHub (before or while this sync read them). */
  deleted: number[];
  /** Fresh top-level comments (with their votes) of poll discussions that were not fetched whole. */
  pollComments: Map<number, Comment[]>;
  /** The accounts after this sync; undefined keeps the previous ones. */
  accounts?: Account[];
}

export function mergeSnapshot(previous: Snapshot, fetched: Fetched): Snapshot {
  const discussions = new Map<number, Discussion>();
  const pullRequests = new Map<number, PullRequest>();
  for (const d of previous.discussions) {
    // A record of a deletion outlives full syncs: GitHub no longer lists what it recorded.
    if (!fetched.full || d.deletedAt) discussions.set(d.number, d);
  }
  if (!fetched.full) for (const p of previous.pullRequests) pullRequests.set(p.number, p);
  for (const n of fetched.dropped) discussions.delete(n);
  for (const n of fetched.deleted) {
    const old = previous.discussions.find((d) => d.number === n);
    if (old) discussions.set(n, old.deletedAt ? old : tombstone(old, fetched.syncedAt));
  }
  for (const d of fetched.discussions) discussions.set(d.number, d);
  for (const p of fetched.pullRequests) pullRequests.set(p.number, p);
  for (const [number, comments] of fetched.pollComments) {
    const old = discussions.get(number);
    if (!old || old.deletedAt) continue;
    discussions.set(number, { ...old, comments: withKnownReplies(comments, old.comments) });
  }
  const accounts = fetched.accounts ?? previous.accounts ?? [];
  return {
    state: { repository: fetched.repository, syncedAt: fetched.syncedAt },
    discussions: [...discussions.values()].sort((a, b) => a.number - b.number),
    pullRequests: [...pullRequests.values()].sort((a, b) => a.number - b.number),
    accounts,
  };
}

/**
 * What is kept of a discussion deleted on GitHub: where it was and what it was called, when the sync noticed,
 * and nothing of what people wrote in it (they, or a moderator, removed it).
 */
export function tombstone(d: Discussion, noticedAt: string): Discussion {
  return { ...d, body: '', bodyHTML: '', reactions: [], comments: [], labels: [], deletedAt: noticedAt };
}

/** Refreshed top-level comments keep the replies already in the snapshot (a new reply would have touched updatedAt). */
function withKnownReplies(fresh: Comment[], old: Comment[]): Comment[] {
  const byId = new Map(old.map((c) => [c.id, c]));
  return fresh.map((c) => ({ ...c, replies: byId.get(c.id)?.replies ?? c.replies }));
}
