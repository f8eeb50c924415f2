/**
 * What GitHub's GraphQL API answers to our operations (src/lib/github/operations/*.graphql), field for field.
 * Only the adapter (adapt.ts) reads these; everything else reads the snapshot shapes in src/schemas/snapshot.ts.
 */

export interface RawPageInfo { hasNextPage: boolean; endCursor: string | null }
export interface RawPage<T> { pageInfo: RawPageInfo; nodes: (T | null)[] }

export interface RawActor { login: string; __typename: string }
export interface RawReaction { content: string; createdAt: string; user: { login: string; databaseId: number | null } | null }

export interface RawComment {
  id: string;
  databaseId: number | null;
  url: string;
  author: RawActor | null;
  body: string;
  bodyHTML: string;
  createdAt: string;
  updatedAt: string;
  lastEditedAt: string | null;
  isMinimized: boolean;
  minimizedReason: string | null;
  deletedAt: string | null;
  reactions: RawPage<RawReaction>;
  /** Top-level comments only. */
  isAnswer?: boolean;
  replies?: RawPage<RawComment>;
  /** Replies only. */
  replyTo?: { id: string } | null;
}

export interface RawDiscussion {
  id: string;
  number: number;
  title: string;
  body: string;
  bodyHTML: string;
  url: string;
  author: RawActor | null;
  category: { name: string; slug: string };
  labels: { nodes: ({ name: string } | null)[] } | null;
  createdAt: string;
  updatedAt: string;
  closed: boolean;
  closedAt: string | null;
  locked: boolean;
  reactions: RawPage<RawReaction>;
  comments: RawPage<RawComment>;
}

export interface RawChangedFile { path: string; additions: number; deletions: number; changeType: string }

export interface RawPullRequest {
  id: string;
  number: number;
  title: string;
  body: string;
  url: string;
  author: RawActor | null;
  state: string;
  isDraft: boolean;
  merged: boolean;
  mergedAt: string | null;
  closedAt: string | null;
  headRefOid: string;
  headRefName: string;
  baseRefName: string;
  baseRefOid: string | null;
  labels: { nodes: ({ name: string } | null)[] } | null;
  createdAt: string;
  updatedAt: string;
  files: RawPage<RawChangedFile> | null;
}

export interface RawListedDiscussion { id: string; number: number; updatedAt: string; category: { name: string } }
export interface RawListedPullRequest { id: string; number: number; updatedAt: string }

/** `AccountByLogin` and each node of `AccountsById`. */
export interface RawAccount { id: string; databaseId: number | null; login: string }

export interface RawSyncChanges {
  repository: {
    id: string;
    discussions?: RawPage<RawListedDiscussion>;
    pullRequests?: RawPage<RawListedPullRequest>;
  } | null;
}
