import { loginKey, type Comment, type Discussion, type OptionCommentRef, type VoteReaction } from '../../schemas/index.ts';
import { botKey } from './eligibility.ts';

/**
 * Which comments of a poll's discussion are ballot boxes. When a poll opens, `polls:open` takes the top-level
 * comments carrying `<!-- poll-option: KEY -->` written by a trusted account (the bot, a maintainer) and
 * freezes their ids; from then on only those count. Anything else that looks like one is ignored and
 * reported, so nobody can open a rival ballot box.
 */

const MARKER = /<!--\s*poll-option:\s*([^\s>]+)\s*-->/;

export function optionMarker(key: string): string {
  return `<!-- poll-option: ${key} -->`;
}

export function markerKey(body: string): string | null {
  return MARKER.exec(body)?.[1] ?? null;
}

export interface PollNotice {
  kind: 'look-alike' | 'unknown-option' | 'duplicate-option' | 'missing-option' | 'marker-in-reply';
  message: string;
  url?: string;
}

export interface FoundOptionComments {
  comments: { ref: OptionCommentRef; comment: Comment }[];
  notices: PollNotice[];
}

export function findOptionComments(discussion: Discussion, optionKeys: readonly string[], trusted: ReadonlySet<string>): FoundOptionComments {
  const found = new Map<string, { ref: OptionCommentRef; comment: Comment }>();
  const notices: PollNotice[] = [];
  const byAge = [...discussion.comments].sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  for (const comment of byAge) {
    for (const reply of comment.replies) {
      if (markerKey(reply.body) !== null) {
        notices.push({ kind: 'marker-in-reply', url: reply.url, message: 'a reply carries a poll-option marker; only top-level comments are options, so reactions on it are not votes' });
      }
    }
    const key = markerKey(comment.body);
    if (key === null || comment.deletedAt) continue;
    const author = comment.author?.login ?? 'ghost';
    if (!trusted.has(botKey(author))) {
      notices.push({ kind: 'look-alike', url: comment.url, message: `@${author} posted an option comment for "${key}" but is neither the poll bot nor a maintainer; reactions on it are not votes` });
      continue;
    }
    if (!optionKeys.includes(key)) {
      notices.push({ kind: 'unknown-option', url: comment.url, message: `option comment for "${key}", which is not an option of this poll; it is ignored` });
      continue;
    }
    if (found.has(key)) {
      notices.push({ kind: 'duplicate-option', url: comment.url, message: `a second option comment for "${key}"; only the first (${found.get(key)!.ref.url}) counts — delete this one` });
      continue;
    }
    found.set(key, { ref: { key, id: comment.id, url: comment.url, author }, comment });
  }
  for (const key of optionKeys) {
    if (!found.has(key)) notices.push({ kind: 'missing-option', message: `no option comment for "${key}" yet; run "npm run polls:open"` });
  }
  const comments = optionKeys.flatMap((k) => (found.has(k) ? [found.get(k)!] : []));
  return { comments, notices };
}

/**
 * The ballot boxes of a poll that has opened: exactly the option comments frozen in its state, found again by
 * their ids. Any other comment with an option marker (even one by a maintainer, posted later) is not a ballot
 * box and is reported, and so is a frozen option comment that is no longer in the discussion.
 */
export function frozenOptionComments(discussion: Discussion, refs: readonly OptionCommentRef[], syncedSinceOpening = true): FoundOptionComments {
  const byId = new Map(discussion.comments.map((c) => [c.id, c]));
  const frozenIds = new Set(refs.map((r) => r.id));
  const notices: PollNotice[] = [];
  const comments: FoundOptionComments['comments'] = [];
  for (const ref of refs) {
    const comment = byId.get(ref.id);
    if (!comment || comment.deletedAt) {
      notices.push({
        kind: 'missing-option', url: ref.url,
        message: syncedSinceOpening || comment
          ? `the option comment for "${ref.key}" was deleted from the discussion, so its votes are gone; nothing can bring them back into this poll`
          : `the option comment for "${ref.key}" is not in the snapshot yet (the poll opened after the last sync); run "npm run sync"`,
      });
      continue;
    }
    comments.push({ ref, comment });
  }
  for (const comment of [...discussion.comments].sort((a, b) => a.createdAt.localeCompare(b.createdAt))) {
    for (const reply of comment.replies) {
      if (markerKey(reply.body) !== null) {
        notices.push({ kind: 'marker-in-reply', url: reply.url, message: 'a reply carries a poll-option marker; only the option comments posted when the poll opened are ballot boxes, so reactions on it are not votes' });
      }
    }
    const key = markerKey(comment.body);
    if (key === null || comment.deletedAt || frozenIds.has(comment.id)) continue;
    const author = comment.author?.login ?? 'ghost';
    notices.push({ kind: 'look-alike', url: comment.url, message: `@${author} posted an option comment for "${key}" that is not one of the ballot boxes frozen when the poll opened; reactions on it are not votes` });
  }
  return { comments, notices };
}

/**
 * The raw material of a count: every 👍 on a ballot box, nothing else (other emoji, reactions on replies and
 * on the discussion itself never reach this list). Eligibility and the voting window are applied when
 * counting, so the stored list shows what was left out and why.
 */
export function voteReactions(found: FoundOptionComments): VoteReaction[] {
  const reactions: VoteReaction[] = [];
  for (const { ref, comment } of found.comments) {
    for (const r of comment.reactions) {
      if (r.content === 'THUMBS_UP') reactions.push({ key: ref.key, user: r.user, userId: r.userId ?? null, createdAt: r.createdAt });
    }
  }
  return reactions.sort(compareReactions);
}

function compareReactions(a: VoteReaction, b: VoteReaction): number {
  return cmp(a.createdAt, b.createdAt) || cmp(a.key, b.key) || (a.userId ?? 0) - (b.userId ?? 0) || cmp(loginKey(a.user ?? ''), loginKey(b.user ?? ''));
}
const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
