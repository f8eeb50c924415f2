import { z } from 'zod';
import { timestamp } from './common.ts';

/**
 * The local copy of GitHub data written by `npm run sync` under `content/github/`.
 * These are *our* shapes, not GitHub's: the adapter in src/lib/github turns GraphQL answers into these,
 * so the tally, the pages and the translations never see a raw GraphQL object.
 *
 * Layout on disk:
 *   content/github/state.json                 sync bookkeeping (repository, last sync time)
 *   content/github/accounts.json              roster logins resolved to GitHub account ids
 *   content/github/discussions/<number>.json  one discussion with all its comments, replies and reactions
 *   content/github/pull-requests/<number>.json one proposal pull request
 */

export const reactionContent = z.enum(['THUMBS_UP', 'THUMBS_DOWN', 'LAUGH', 'HOORAY', 'CONFUSED', 'HEART', 'ROCKET', 'EYES']);
export type ReactionContent = z.infer<typeof reactionContent>;

/** null when the account was deleted: GitHub shows such authors as "ghost". */
export const actorSchema = z
  .object({
    login: z.string(),
    /** GraphQL __typename: User, Bot, Organization, Mannequin, EnterpriseUserAccount. */
    type: z.string(),
  })
  .nullable();
export type Actor = z.infer<typeof actorSchema>;

export const reactionSchema = z.object({
  content: reactionContent,
  /** null for a deleted account. */
  user: z.string().nullable(),
  /**
   * GitHub's id of the account (GraphQL `User.databaseId`): unlike the login it survives a rename, so votes
   * are counted by it. null for a deleted account; absent only in snapshots written before ids were read.
   */
  userId: z.number().int().positive().nullable().optional(),
  createdAt: timestamp,
});
export type Reaction = z.infer<typeof reactionSchema>;

const commentFields = {
  id: z.string(),
  databaseId: z.number().int().nullable(),
  url: z.string(),
  author: actorSchema,
  body: z.string(),
  bodyHTML: z.string(),
  createdAt: timestamp,
  updatedAt: timestamp,
  lastEditedAt: timestamp.nullable(),
  isMinimized: z.boolean(),
  /** GitHub's words, lowercased: "spam", "abuse", "off-topic", "outdated", "duplicate", "resolved". */
  minimizedReason: z.string().nullable(),
  deletedAt: timestamp.nullable(),
  reactions: z.array(reactionSchema),
};

export const replySchema = z.object({ ...commentFields, replyTo: z.string() });
export type Reply = z.infer<typeof replySchema>;

export const commentSchema = z.object({
  ...commentFields,
  isAnswer: z.boolean(),
  replies: z.array(replySchema),
});
export type Comment = z.infer<typeof commentSchema>;

export const discussionSchema = z.object({
  id: z.string(),
  number: z.number().int().positive(),
  title: z.string(),
  body: z.string(),
  bodyHTML: z.string(),
  url: z.string(),
  author: actorSchema,
  category: z.object({ name: z.string(), slug: z.string() }),
  labels: z.array(z.string()),
  createdAt: timestamp,
  updatedAt: timestamp,
  closed: z.boolean(),
  closedAt: timestamp.nullable(),
  locked: z.boolean(),
  reactions: z.array(reactionSchema),
  comments: z.array(commentSchema),
  /**
   * Present only when the discussion was deleted on GitHub after an earlier sync had stored it: the sync time
   * that noticed it. Such a discussion is kept as a record with its comments removed, so a page can say what
   * happened rather than silently losing its thread (and a poll its votes).
   */
  deletedAt: timestamp.optional(),
});
export type Discussion = z.infer<typeof discussionSchema>;

export const pullRequestState = z.enum(['OPEN', 'CLOSED', 'MERGED']);

export const pullRequestSchema = z.object({
  id: z.string(),
  number: z.number().int().positive(),
  title: z.string(),
  body: z.string(),
  url: z.string(),
  author: actorSchema,
  state: pullRequestState,
  isDraft: z.boolean(),
  merged: z.boolean(),
  mergedAt: timestamp.nullable(),
  closedAt: timestamp.nullable(),
  headSha: z.string(),
  headRef: z.string(),
  baseRef: z.string(),
  /** Commit the head branch was compared against; used to show the amendment from git. */
  baseSha: z.string().nullable(),
  files: z.array(
    z.object({
      path: z.string(),
      additions: z.number().int(),
      deletions: z.number().int(),
      changeType: z.string(),
    }),
  ),
  labels: z.array(z.string()),
  createdAt: timestamp,
  updatedAt: timestamp,
});
export type PullRequest = z.infer<typeof pullRequestSchema>;

export const syncStateSchema = z.object({
  repository: z.string(),
  /** When the last successful sync started; the next one asks for what changed since. */
  syncedAt: timestamp.nullable(),
});
export type SyncState = z.infer<typeof syncStateSchema>;

/**
 * A roster login resolved to its GitHub account (`content/github/accounts.json`). The id is what a vote is
 * counted by: a member who renames keeps it, and someone who registers the freed login gets another. Once
 * recorded, an entry's id never changes (the content check holds it to main's history); the sync only
 * notes what the account is called now.
 */
export const accountSchema = z.strictObject({
  /** The login as written on the roster when it was first resolved. */
  login: z.string(),
  /** GraphQL `User.databaseId`. */
  id: z.number().int().positive(),
  /** GraphQL node id, to look the account up again whatever it is called by then. */
  nodeId: z.string(),
  /** The account's login as last seen by the sync; null once the account was deleted. */
  currentLogin: z.string().nullable(),
});
export type Account = z.infer<typeof accountSchema>;

export const accountsSchema = z.array(accountSchema);

/** Everything under content/github/, loaded. */
export interface Snapshot {
  state: SyncState;
  discussions: Discussion[];
  pullRequests: PullRequest[];
  /** Absent in snapshots written before account ids were resolved. */
  accounts?: Account[];
}
