import type { Comment, Discussion, PullRequest } from '../../schemas/snapshot.ts';
import { adaptComment, adaptDiscussion, adaptOrExplain, adaptPullRequest, byTime } from './adapt.ts';
import type { GitHubClient } from './client.ts';
import { checkPage, completeDiscussions, completeReactionLists, nextCursor } from './continuations.ts';
import { GitHubQueryError, MalformedAnswerError, VanishedError } from './github-errors.ts';
import { readOperation } from './operations.ts';
import { DISCUSSION_BATCH, LISTING_PAGE, POLL_BATCH, PULL_REQUEST_BATCH } from './page-sizes.ts';
import type {
  RawAccount, RawDiscussion, RawListedDiscussion, RawListedPullRequest, RawPage, RawPullRequest, RawSyncChanges,
} from './raw.ts';

/**
 * Reading from GitHub, complete: every connection is followed to its last page, so nothing is silently capped.
 * The first page of each nested connection comes in the batch request; only connections that report
 * `hasNextPage` cost further requests, many of them to a request (continuations.ts).
 */

export type Progress = (message: string) => void;

export interface ListedChanges {
  repositoryId: string;
  discussions: RawListedDiscussion[];
  pullRequests: RawListedPullRequest[];
}

/**
 * Discussions and proposal pull requests, most recently updated first, down to `since` (everything when null).
 * Both lists share requests until one of them reaches `since`.
 */
export async function listChanges(
  client: GitHubClient,
  args: { label: string; since: string | null },
  progress: Progress = () => {},
): Promise<ListedChanges> {
  const out: ListedChanges = { repositoryId: '', discussions: [], pullRequests: [] };
  const cursors = { discussions: null as string | null, pullRequests: null as string | null };
  const more = { discussions: true, pullRequests: true };
  while (more.discussions || more.pullRequests) {
    const data = await client.graphql<RawSyncChanges>(readOperation('sync-changes'), {
      owner: client.config.owner,
      name: client.config.name,
      label: args.label,
      pageSize: LISTING_PAGE,
      withDiscussions: more.discussions,
      discussionsAfter: cursors.discussions,
      withPullRequests: more.pullRequests,
      pullRequestsAfter: cursors.pullRequests,
    });
    const repo = data.repository;
    if (!repo || typeof repo.id !== 'string') throw new MalformedAnswerError('the list of changes has no repository');
    out.repositoryId = repo.id;
    for (const key of ['discussions', 'pullRequests'] as const) {
      if (!more[key]) continue;
      const page = repo[key] as RawPage<{ updatedAt: string }> | undefined;
      if (!page || !Array.isArray(page.nodes) || !page.pageInfo) throw new MalformedAnswerError(`the list of changed ${key} is missing`);
      const nodes = page.nodes.filter((n): n is RawListedDiscussion & RawListedPullRequest => n !== null);
      const fresh = args.since ? nodes.filter((n) => n.updatedAt >= args.since!) : nodes;
      (out[key] as { updatedAt: string }[]).push(...fresh);
      // Newest first: once a page holds something older than the last sync, the rest is older too.
      more[key] = page.pageInfo.hasNextPage && fresh.length === nodes.length;
      cursors[key] = nextCursor(page, key);
    }
    progress(`  listed ${out.discussions.length} changed discussion(s), ${out.pullRequests.length} changed pull request(s)`);
  }
  return out;
}

/**
 * Whole discussions by node id, in batches, with every comment, reply and reaction. A discussion that
 * disappears while it is being read (deleted between two of its pages) is listed in `gone`, never returned
 * cut short.
 */
export async function fetchDiscussions(client: GitHubClient, ids: string[], progress: Progress = () => {}): Promise<{ discussions: Discussion[]; gone: number[] }> {
  const raws: RawDiscussion[] = [];
  for (let i = 0; i < ids.length; i += DISCUSSION_BATCH.ids) {
    raws.push(...await discussionsPage(client, ids.slice(i, i + DISCUSSION_BATCH.ids)));
    progress(`  fetched the first page of ${raws.length}/${ids.length} discussion(s)`);
  }
  const vanished = await completeDiscussions(client, raws);
  const out: Discussion[] = [];
  const gone: number[] = [];
  for (const raw of raws) {
    if (!vanished.has(raw.id)) out.push(adaptOrExplain(adaptDiscussion, raw, `discussion #${raw.number}`));
    else {
      gone.push(raw.number);
      progress(`  discussion #${raw.number} was deleted on GitHub while it was being read; it is recorded as deleted`);
    }
  }
  if (ids.length) progress(`  fetched ${out.length}/${ids.length} discussion(s) whole`);
  return { discussions: out, gone };
}

async function discussionsPage(client: GitHubClient, ids: string[]): Promise<RawDiscussion[]> {
  return queryNodes<RawDiscussion>(client, readOperation('discussions-by-id'), ids, 'discussion', {
    comments: DISCUSSION_BATCH.comments,
    commentReactions: DISCUSSION_BATCH.commentReactions,
    replies: DISCUSSION_BATCH.replies,
    replyReactions: DISCUSSION_BATCH.replyReactions,
    discussionReactions: DISCUSSION_BATCH.discussionReactions,
  });
}

/** Proposal pull requests by node id, with every changed file. */
export async function fetchPullRequests(client: GitHubClient, ids: string[], progress: Progress = () => {}): Promise<PullRequest[]> {
  const out: PullRequest[] = [];
  for (let i = 0; i < ids.length; i += PULL_REQUEST_BATCH) {
    const batch = ids.slice(i, i + PULL_REQUEST_BATCH);
    for (const raw of await queryNodes<RawPullRequest>(client, readOperation('pull-requests-by-id'), batch, 'pull request', { filesAfter: null })) {
      const files = raw.files;
      checkPage(files, `files of pull request #${raw.number}`);
      while (files!.pageInfo.hasNextPage) {
        const [next] = await queryNodes<RawPullRequest>(client, readOperation('pull-requests-by-id'), [raw.id], 'pull request', {
          filesAfter: nextCursor(files!, `files of pull request #${raw.number}`),
        });
        // Its list of files would be cut short: fail, and the snapshot stays as it was.
        if (!next) throw new VanishedError(`pull request #${raw.number} could no longer be read while its changed files were being listed`);
        const page = next.files;
        checkPage(page, `files of pull request #${raw.number}`);
        files!.nodes.push(...page!.nodes);
        files!.pageInfo = page!.pageInfo;
      }
      out.push(adaptOrExplain(adaptPullRequest, raw, `pull request #${raw.number}`));
    }
    progress(`  fetched ${out.length}/${ids.length} pull request(s)`);
  }
  return out;
}

/**
 * The top-level comments (poll options) of poll discussions with all their reactions, keyed by discussion
 * number. Replies are not included: the caller keeps the replies it already has. A poll discussion that
 * disappears, before or while it is read, is listed in `gone` by node id, never returned cut short.
 */
export async function fetchPollComments(client: GitHubClient, ids: string[], progress: Progress = () => {}): Promise<{ comments: Map<number, Comment[]>; gone: string[] }> {
  const out = new Map<number, Comment[]>();
  const gone: string[] = [];
  for (let i = 0; i < ids.length; i += POLL_BATCH.ids) {
    const batch = ids.slice(i, i + POLL_BATCH.ids);
    const raws = await queryNodes<RawDiscussion>(client, readOperation('poll-comments'), batch, 'poll discussion', { after: null, comments: POLL_BATCH.comments });
    gone.push(...batch.filter((id) => !raws.some((r) => r.id === id)));
    const read: RawDiscussion[] = [];
    pages: for (const raw of raws) {
      const comments = raw.comments;
      checkPage(comments, `comments of poll discussion #${raw.number}`);
      while (comments.pageInfo.hasNextPage) {
        const [next] = await queryNodes<RawDiscussion>(client, readOperation('poll-comments'), [raw.id], 'poll discussion', {
          after: nextCursor(comments, `comments of poll discussion #${raw.number}`),
          comments: POLL_BATCH.comments,
        });
        if (!next) {
          gone.push(raw.id);
          continue pages;
        }
        const page = next.comments;
        checkPage(page, `comments of poll discussion #${raw.number}`);
        comments.nodes.push(...page.nodes);
        comments.pageInfo = page.pageInfo;
      }
      read.push(raw);
    }
    // Option comments with more votes than a page holds: their further pages, many lists a request.
    await completeReactionLists(client, read.flatMap((raw) => raw.comments.nodes.flatMap((c) => (c ? [{ id: c.id, reactions: c.reactions, discussion: raw }] : []))));
    for (const raw of read) {
      const adapted = raw.comments.nodes.flatMap((comment) => (comment
        ? [adaptOrExplain(adaptComment, { ...comment, replies: { pageInfo: { hasNextPage: false, endCursor: null }, nodes: [] } }, `comment ${comment.id}`)]
        : []));
      out.set(raw.number, adapted.sort(byTime));
    }
    progress(`  refreshed votes in ${Math.min(i + POLL_BATCH.ids, ids.length)}/${ids.length} poll discussion(s)`);
  }
  return { comments: out, gone };
}

/** Logins per `AccountsByLogin` request: the operation has this many slots. */
export const LOGIN_SLOTS = 20;

/**
 * Roster logins looked up on GitHub, twenty per request. Logins nobody holds are left out (and named in
 * `unknown`); the caller asks again next time.
 */
export async function fetchAccountsByLogin(client: GitHubClient, logins: readonly string[], progress: Progress = () => {}): Promise<{ accounts: (RawAccount & { asked: string })[]; unknown: string[] }> {
  const accounts: (RawAccount & { asked: string })[] = [];
  const unknown: string[] = [];
  for (let i = 0; i < logins.length; i += LOGIN_SLOTS) {
    const batch = logins.slice(i, i + LOGIN_SLOTS);
    const variables: Record<string, unknown> = {};
    batch.forEach((login, slot) => {
      variables[`login${slot}`] = login;
      variables[`ask${slot}`] = true;
    });
    let data: Record<string, RawAccount | null | undefined>;
    try {
      data = await client.graphql<Record<string, RawAccount | null>>(readOperation('accounts-by-login'), variables);
    } catch (e) {
      // A login nobody holds is an error on its own slot, with the other slots answered.
      const onlyMissing = e instanceof GitHubQueryError && e.data && e.errors.every((x) => x.type === 'NOT_FOUND' && typeof x.path?.[0] === 'string');
      if (!onlyMissing) throw e;
      data = e.data as Record<string, RawAccount | null>;
    }
    batch.forEach((login, slot) => {
      const user = data[`u${slot}`];
      if (!user) {
        unknown.push(login);
        return;
      }
      if (typeof user.id !== 'string' || typeof user.login !== 'string' || typeof user.databaseId !== 'number') throw new MalformedAnswerError(`the account "${login}" came back without an id`);
      accounts.push({ ...user, asked: login });
    });
  }
  if (logins.length) progress(`  looked up ${logins.length} roster login(s) on GitHub${unknown.length ? `; no account is called ${unknown.map((l) => `"${l}"`).join(', ')}` : ''}`);
  return { accounts, unknown };
}

/** Known accounts by node id: what each is called now; ids of deleted accounts are listed in `gone`. */
export async function fetchAccountsById(client: GitHubClient, ids: readonly string[]): Promise<{ accounts: RawAccount[]; gone: string[] }> {
  if (ids.length === 0) return { accounts: [], gone: [] };
  const found = await queryNodes<RawAccount>(client, readOperation('accounts-by-id'), [...ids], 'account', {});
  for (const a of found) {
    if (typeof a.id !== 'string' || typeof a.login !== 'string') throw new MalformedAnswerError(`an account came back without its login`);
  }
  return { accounts: found, gone: ids.filter((id) => !found.some((a) => a.id === id)) };
}

/**
 * Run a `nodes(ids:)` operation. An id GitHub no longer knows (deleted between the listing and this request)
 * comes back null with a NOT_FOUND error: it is left out, and the caller treats it as gone. A null without
 * such an error, or a list of the wrong length, is a malformed answer.
 */
async function queryNodes<T>(client: GitHubClient, document: string, ids: string[], what: string, variables: Record<string, unknown>): Promise<T[]> {
  let data: { nodes?: (T | null)[] };
  const gone = new Set<number>();
  try {
    data = await client.graphql<{ nodes: (T | null)[] }>(document, { ids, ...variables });
  } catch (e) {
    const onlyMissing = e instanceof GitHubQueryError && e.data && e.errors.every((x) => x.type === 'NOT_FOUND' && x.path?.[0] === 'nodes' && typeof x.path[1] === 'number');
    if (!onlyMissing) throw e;
    for (const x of e.errors) gone.add(x.path![1] as number);
    data = e.data as { nodes?: (T | null)[] };
  }
  if (!data || !Array.isArray(data.nodes) || data.nodes.length !== ids.length) {
    throw new MalformedAnswerError(`the answer for ${ids.length} ${what}(s) has ${Array.isArray(data?.nodes) ? data.nodes.length : 'no'} nodes`);
  }
  const out: T[] = [];
  data.nodes.forEach((n, i) => {
    if (gone.has(i)) return;
    if (!n || typeof n !== 'object') throw new MalformedAnswerError(`${what} ${ids[i]} came back empty`);
    out.push(n);
  });
  return out;
}
