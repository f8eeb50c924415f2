import type { GitHubClient } from './client.ts';
import { GitHubQueryError, MalformedAnswerError } from './github-errors.ts';
import { readOperation } from './operations.ts';
import { CONTINUATION_SLOTS, DISCUSSION_PAGE, REPLY_PAGE } from './page-sizes.ts';
import type { RawComment, RawDiscussion, RawPage, RawReaction } from './raw.ts';

/**
 * Reading every connection of many discussions to its end, with as few requests as GitHub allows. The first
 * page of each connection comes with its discussion; what is left (the further pages of long threads, of
 * comments with many replies, of popular comments' reactions) is queued here and read many at a time: one
 * request carries the next page of up to 20 reaction lists, 10 reply lists or 5 comment lists, whichever
 * discussion or comment they belong to. A discussion deleted while it is being read is reported as gone,
 * never returned cut short.
 */

type Kind = keyof typeof CONTINUATION_SLOTS;

interface Pending {
  kind: Kind;
  /** Node whose connection continues: a discussion (comments, reactions) or a comment (replies, reactions). */
  id: string;
  after: string;
  /** The page read so far, which the next page is appended to. */
  page: RawPage<unknown>;
  discussion: RawDiscussion;
  what: string;
}

const OPERATION = { comments: 'comment-pages', replies: 'reply-pages', reactions: 'reaction-pages' } as const;
const VARIABLES = {
  comments: { comments: DISCUSSION_PAGE.comments, commentReactions: DISCUSSION_PAGE.commentReactions, replies: DISCUSSION_PAGE.replies, replyReactions: DISCUSSION_PAGE.replyReactions },
  replies: { replies: REPLY_PAGE.replies, replyReactions: REPLY_PAGE.replyReactions },
  reactions: {},
} as const;
/** Comments first: their pages bring replies and reactions that queue more work for the same requests. */
const ORDER: readonly Kind[] = ['comments', 'replies', 'reactions'];

export function checkPage(page: RawPage<unknown> | null | undefined, what: string): asserts page is RawPage<unknown> {
  if (!page || !Array.isArray(page.nodes) || typeof page.pageInfo?.hasNextPage !== 'boolean') {
    throw new MalformedAnswerError(`${what}: the page has no nodes or pageInfo`);
  }
}

export function nextCursor(page: RawPage<unknown>, what: string): string | null {
  if (page.pageInfo.hasNextPage && !page.pageInfo.endCursor) throw new MalformedAnswerError(`${what}: a next page is announced without a cursor`);
  return page.pageInfo.endCursor;
}

/**
 * Complete every connection of the given discussions in place (they hold their first pages). Returns the node
 * ids of discussions that were deleted on GitHub while they were being read.
 */
export async function completeDiscussions(client: GitHubClient, discussions: readonly RawDiscussion[]): Promise<Set<string>> {
  const queue: Pending[] = [];
  const gone = new Set<string>();
  const follow = (kind: Kind, id: string, page: RawPage<unknown>, discussion: RawDiscussion, what: string) => {
    checkPage(page, what);
    const after = nextCursor(page, what);
    if (page.pageInfo.hasNextPage) queue.push({ kind, id, after: after!, page, discussion, what });
  };
  const comment = (c: RawComment | null, discussion: RawDiscussion) => {
    if (!c) return;
    follow('reactions', c.id, c.reactions, discussion, `reactions on ${c.id}`);
    if (c.replyTo !== undefined) return;
    if (!c.replies) throw new MalformedAnswerError(`comment ${c.id} has no replies connection`);
    follow('replies', c.id, c.replies, discussion, `replies to ${c.id}`);
    c.replies.nodes.forEach((r) => r && follow('reactions', r.id, r.reactions, discussion, `reactions on ${r.id}`));
  };
  for (const d of discussions) {
    follow('comments', d.id, d.comments, d, `discussion #${d.number} comments`);
    follow('reactions', d.id, d.reactions, d, `reactions on ${d.id}`);
    d.comments.nodes.forEach((c) => comment(c, d));
  }

  while (queue.length) {
    const kind = ORDER.find((k) => queue.some((p) => p.kind === k))!;
    const batch: Pending[] = [];
    for (let i = 0; i < queue.length && batch.length < CONTINUATION_SLOTS[kind]; ) {
      if (queue[i]!.kind === kind) batch.push(...queue.splice(i, 1));
      else i += 1;
    }
    const answers = await slots(client, kind, batch);
    batch.forEach((p, slot) => {
      if (gone.has(p.discussion.id)) return;
      const node = answers[slot];
      if (!node) {
        // A discussion that vanished is recorded as deleted; a comment that vanished mid-read cannot be stored whole.
        if (p.kind === 'comments' || p.id === p.discussion.id) gone.add(p.discussion.id);
        else throw new MalformedAnswerError(`${p.what}: the comment could no longer be read`);
        return;
      }
      const next = node[kind === 'comments' ? 'comments' : kind] as RawPage<unknown> | undefined;
      checkPage(next, p.what);
      p.page.nodes.push(...next.nodes);
      p.page.pageInfo = next.pageInfo;
      follow(kind, p.id, p.page, p.discussion, p.what);
      if (kind === 'comments') (next.nodes as (RawComment | null)[]).forEach((c) => comment(c, p.discussion));
      if (kind === 'replies') (next.nodes as (RawComment | null)[]).forEach((r) => r && follow('reactions', r.id, r.reactions, p.discussion, `reactions on ${r.id}`));
    });
    // Work queued for a discussion that is gone is dropped with it.
    for (let i = queue.length - 1; i >= 0; i--) if (gone.has(queue[i]!.discussion.id)) queue.splice(i, 1);
  }
  return gone;
}

/** The reactions of poll option comments, read to their end in place, twenty lists a request. */
export async function completeReactionLists(client: GitHubClient, lists: readonly { id: string; reactions: RawPage<RawReaction>; discussion: RawDiscussion }[]): Promise<void> {
  const queue: Pending[] = [];
  for (const l of lists) {
    checkPage(l.reactions, `reactions on ${l.id}`);
    if (l.reactions.pageInfo.hasNextPage) queue.push({ kind: 'reactions', id: l.id, after: nextCursor(l.reactions, `reactions on ${l.id}`)!, page: l.reactions, discussion: l.discussion, what: `reactions on ${l.id}` });
  }
  while (queue.length) {
    const batch = queue.splice(0, CONTINUATION_SLOTS.reactions);
    const answers = await slots(client, 'reactions', batch);
    batch.forEach((p, slot) => {
      const next = answers[slot]?.reactions as RawPage<unknown> | undefined;
      checkPage(next, p.what);
      p.page.nodes.push(...next.nodes);
      p.page.pageInfo = next.pageInfo;
      if (next.pageInfo.hasNextPage) queue.push({ ...p, after: nextCursor(next, p.what)! });
    });
  }
}

/** One request for a batch of continuations of one kind; a slot whose node GitHub no longer knows is null. */
async function slots(client: GitHubClient, kind: Kind, batch: readonly Pending[]): Promise<(Record<string, unknown> | null)[]> {
  const variables: Record<string, unknown> = { ...VARIABLES[kind] };
  batch.forEach((p, i) => Object.assign(variables, { [`id${i}`]: p.id, [`ask${i}`]: true, [`after${i}`]: p.after }));
  let data: Record<string, unknown>;
  try {
    data = await client.graphql<Record<string, unknown>>(readOperation(OPERATION[kind]), variables);
  } catch (e) {
    // A node deleted since it was listed is a NOT_FOUND error on its own slot, the other slots answered.
    const onlyMissing = e instanceof GitHubQueryError && e.data && e.errors.every((x) => x.type === 'NOT_FOUND' && typeof x.path?.[0] === 'string' && /^s\d+$/.test(x.path[0]));
    if (!onlyMissing) throw e;
    data = e.data as Record<string, unknown>;
  }
  if (!data || typeof data !== 'object') throw new MalformedAnswerError(`the answer for ${batch.length} ${kind} page(s) is empty`);
  return batch.map((_, i) => {
    const node = data[`s${i}`];
    return node && typeof node === 'object' ? (node as Record<string, unknown>) : null;
  });
}
