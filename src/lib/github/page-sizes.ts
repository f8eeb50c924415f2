/**
 * Page sizes for the nested connections of a discussion. GitHub charges a query by the connections it might
 * have to fill: each nested connection counts once per item its parents could hold, so
 * `comments(first: 30) { replies(first: 5) { reactions(first: 10) } }` costs as if every comment had 5 replies.
 * These sizes keep the first request for a discussion at about 2 points while covering most threads whole;
 * longer connections are followed page by page (which the sync always does: nothing is capped).
 */
export const DISCUSSION_BATCH = {
  /** Discussions per request: 10 × ~200 connections ≈ 20 points. */
  ids: 10,
  comments: 30,
  commentReactions: 20,
  replies: 5,
  replyReactions: 10,
  discussionReactions: 30,
} as const;

/** Further pages of a long thread's comments: bigger pages, fewer requests (about 4 points a discussion). */
export const DISCUSSION_PAGE = { ...DISCUSSION_BATCH, comments: 50 } as const;

/** Further pages of a comment's replies, each reply with its first reactions. */
export const REPLY_PAGE = { replies: 50, replyReactions: 10 } as const;

/**
 * Connections continued in one request (continuations.ts): the next page of up to this many comment lists
 * (about 18 points), reply lists (about 5) or reaction lists (1).
 */
export const CONTINUATION_SLOTS = { comments: 5, replies: 10, reactions: 20 } as const;

/** Listing of what changed: ids and timestamps only, so 100 per page costs 1 point. */
export const LISTING_PAGE = 100;

/** Pull requests per request (each brings its first 100 changed files). */
export const PULL_REQUEST_BATCH = 50;

/** Poll discussions per request and top-level comments per page (each with its first 100 reactions). */
export const POLL_BATCH = { ids: 5, comments: 50 } as const;

/** Known accounts looked up again per sync (one request): larger rosters are checked a slice per hour, in turn. */
export const ACCOUNT_BATCH = 100;

/**
 * New roster logins looked up per sync (20 a request): a first sync of a large roster spreads its lookups over
 * a few runs instead of spending a quarter of an hour's rate limit at once. polls:open looks up any login an
 * opening poll still lacks.
 */
export const NEW_LOGINS_PER_SYNC = 500;
