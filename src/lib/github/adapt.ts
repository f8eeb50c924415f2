import type { z } from 'zod';
import {
  commentSchema, discussionSchema, pullRequestSchema, replySchema,
  type Actor, type Comment, type Discussion, type PullRequest, type Reaction, type Reply,
} from '../../schemas/snapshot.ts';
import { fieldPath } from '../errors.ts';
import { MalformedAnswerError } from './github-errors.ts';
import type { RawActor, RawComment, RawDiscussion, RawPullRequest, RawReaction } from './raw.ts';

/**
 * Raw GraphQL answers → snapshot shapes. Expects complete answers: the fetcher has already followed every
 * page into `nodes`. Output order is fixed (by time, then id) so the written JSON is stable, and every result
 * is checked against the snapshot schema: an answer of the wrong shape stops the sync instead of being written.
 */

const present = <T>(items: readonly (T | null)[] | undefined): T[] => (items ?? []).filter((x): x is T => x !== null);

function actor(raw: RawActor | null): Actor {
  return raw ? { login: raw.login, type: raw.__typename } : null;
}

export function adaptReactions(raw: readonly (RawReaction | null)[]): Reaction[] {
  return present(raw)
    .map((r) => ({ content: r.content as Reaction['content'], user: r.user?.login ?? null, userId: r.user?.databaseId ?? null, createdAt: r.createdAt }))
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt) || (a.user ?? '').localeCompare(b.user ?? '') || a.content.localeCompare(b.content));
}

function commonFields(raw: RawComment) {
  return {
    id: raw.id,
    databaseId: raw.databaseId,
    url: raw.url,
    author: actor(raw.author),
    body: raw.body,
    bodyHTML: raw.bodyHTML,
    createdAt: raw.createdAt,
    updatedAt: raw.updatedAt,
    lastEditedAt: raw.lastEditedAt,
    isMinimized: raw.isMinimized,
    minimizedReason: raw.minimizedReason ? raw.minimizedReason.toLowerCase() : null,
    deletedAt: raw.deletedAt,
    reactions: adaptReactions(raw.reactions.nodes),
  };
}

/** Thread order: by time; comments of the same second by databaseId, which GitHub assigns in creation order. */
export const byTime = <T extends { createdAt: string; databaseId: number | null; id: string }>(a: T, b: T) =>
  a.createdAt.localeCompare(b.createdAt) || (a.databaseId ?? 0) - (b.databaseId ?? 0) || a.id.localeCompare(b.id);

export function adaptReply(raw: RawComment, parentId: string): Reply {
  return checked(replySchema, { ...commonFields(raw), replyTo: raw.replyTo?.id ?? parentId }, `reply ${raw.id}`);
}

export function adaptComment(raw: RawComment): Comment {
  const replies = present(raw.replies?.nodes).map((r) => adaptReply(r, raw.id)).sort(byTime);
  return checked(commentSchema, { ...commonFields(raw), isAnswer: raw.isAnswer ?? false, replies }, `comment ${raw.id}`);
}

export function adaptDiscussion(raw: RawDiscussion): Discussion {
  return checked(discussionSchema, {
    id: raw.id,
    number: raw.number,
    title: raw.title,
    body: raw.body,
    bodyHTML: raw.bodyHTML,
    url: raw.url,
    author: actor(raw.author),
    category: { name: raw.category.name, slug: raw.category.slug },
    labels: present(raw.labels?.nodes).map((l) => l.name).sort(),
    createdAt: raw.createdAt,
    updatedAt: raw.updatedAt,
    closed: raw.closed,
    closedAt: raw.closedAt,
    locked: raw.locked,
    reactions: adaptReactions(raw.reactions.nodes),
    comments: present(raw.comments.nodes).map(adaptComment).sort(byTime),
  }, `discussion #${raw.number}`);
}

export function adaptPullRequest(raw: RawPullRequest): PullRequest {
  return checked(pullRequestSchema, {
    id: raw.id,
    number: raw.number,
    title: raw.title,
    body: raw.body,
    url: raw.url,
    author: actor(raw.author),
    state: raw.merged ? 'MERGED' : raw.state,
    isDraft: raw.isDraft,
    merged: raw.merged,
    mergedAt: raw.mergedAt,
    closedAt: raw.closedAt,
    headSha: raw.headRefOid,
    headRef: raw.headRefName,
    baseRef: raw.baseRefName,
    baseSha: raw.baseRefOid,
    files: present(raw.files?.nodes)
      .map((f) => ({ path: f.path, additions: f.additions, deletions: f.deletions, changeType: f.changeType }))
      .sort((a, b) => a.path.localeCompare(b.path)),
    labels: present(raw.labels?.nodes).map((l) => l.name).sort(),
    createdAt: raw.createdAt,
    updatedAt: raw.updatedAt,
  }, `pull request #${raw.number}`);
}

/**
 * Validate an adapted object. A TypeError from a missing nested object (say `reactions` absent) is also
 * a malformed answer, so callers wrap whole adaptations with `adaptOrExplain`.
 */
function checked<S extends z.ZodType>(schema: S, value: unknown, what: string): z.output<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  throw new MalformedAnswerError(`${what} has an unexpected ${fieldPath(issue.path) || 'shape'} (${issue.message})`);
}

export function adaptOrExplain<R, T>(adapt: (raw: R) => T, raw: R, what: string): T {
  try {
    return adapt(raw);
  } catch (e) {
    if (e instanceof MalformedAnswerError) throw e;
    throw new MalformedAnswerError(`${what} is missing fields (${(e as Error).message})`);
  }
}
