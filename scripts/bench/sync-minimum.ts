/**
 * The fewest requests any sync could make for a set of discussions, to put the real sync's figures in
 * perspective. GitHub serves at most 100 items per connection page, so the floor is: the discussions
 * themselves, 100 per request (the listing can carry them), plus one more request for every further page
 * of any connection longer than 100 (comments, replies, reactions). Every request costs at least one
 * rate-limit point, so the same number is the floor for points. The floor ignores GitHub's 500,000-node
 * limit per request, which no real query can: it is a bound, not a plan.
 */

export const MAX_PAGE = 100;

export interface ThreadShape {
  reactions: readonly unknown[];
  /** Top-level comments and replies; a reply names the index of its top-level comment. */
  comments: readonly { replyTo?: number; reactions: readonly unknown[] }[];
}

const furtherPages = (n: number) => Math.max(0, Math.ceil(n / MAX_PAGE) - 1);

/** Further pages a discussion's connections need beyond the first page of each. */
export function extraPages(d: ThreadShape): number {
  let pages = furtherPages(d.reactions.length);
  const replies = new Map<number, number>();
  let topLevel = 0;
  d.comments.forEach((c) => {
    pages += furtherPages(c.reactions.length);
    if (c.replyTo === undefined) topLevel += 1;
    else replies.set(c.replyTo, (replies.get(c.replyTo) ?? 0) + 1);
  });
  pages += furtherPages(topLevel);
  for (const n of replies.values()) pages += furtherPages(n);
  return pages;
}

/** A first sync: every discussion, whole. */
export function firstSyncFloor(discussions: readonly ThreadShape[]): number {
  return Math.max(1, Math.ceil(discussions.length / MAX_PAGE)) + discussions.reduce((sum, d) => sum + extraPages(d), 0);
}

/**
 * A sync when nothing changed: one listing request shows that no discussion moved; but a 👍 does not move a
 * discussion's `updatedAt`, so open polls' option comments must be read again with their reactions.
 */
export function noChangeSyncFloor(openPolls: readonly ThreadShape[]): number {
  if (openPolls.length === 0) return 1;
  const topLevelOnly = openPolls.map((d) => ({ reactions: [], comments: d.comments.filter((c) => c.replyTo === undefined) }));
  return 1 + Math.ceil(openPolls.length / MAX_PAGE) + topLevelOnly.reduce((sum, d) => sum + extraPages(d), 0);
}
