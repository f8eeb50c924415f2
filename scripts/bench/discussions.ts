import { Random } from '../../test/fake-github/random.ts';
import type { ReactionKind } from '../../test/fake-github/dataset.ts';
import type { SyntheticPage } from './pages.ts';
import { isoSecond, pickActive, type SyntheticMember } from './people.ts';
import type { SyntheticPoll } from './polls.ts';
import type { OrgShape } from './shape.ts';
import { commentBody, paragraph } from './text.ts';

/**
 * The organization's GitHub discussions, as plain data: page threads (giscus-style titles, one per page,
 * shared by its translations) with comments, replies and reactions, and one discussion per poll with the
 * bot's option comments and the members' 👍 votes. test/fake-github loads it; the sync reads it back.
 */

export interface SyntheticReaction { content: ReactionKind; user: string; createdAt: string }
export interface SyntheticComment {
  author: string;
  body: string;
  createdAt: string;
  /** Index of the top-level comment this replies to, in the same discussion's list. */
  replyTo?: number;
  reactions: SyntheticReaction[];
}
export interface SyntheticDiscussion {
  number: number;
  title: string;
  body: string;
  author: string;
  category: string;
  labels: string[];
  createdAt: string;
  reactions: SyntheticReaction[];
  /** Top-level comments and replies, in the order they were written. */
  comments: SyntheticComment[];
}

export const PAGE_CATEGORY = 'Comments';
export const POLL_CATEGORY = 'Polls';
export const BOT = 'github-actions';
const KINDS: readonly ReactionKind[] = ['THUMBS_UP', 'HEART', 'HOORAY', 'ROCKET', 'EYES', 'LAUGH', 'CONFUSED', 'THUMBS_DOWN'];

/** About one page in two has a thread once the organization has this many comments per page. */
const COMMENTS_PER_THREAD = 50;

/**
 * Share `total` among `n` threads the way attention is shared: a few long threads, many short ones
 * (weights 1/rank^0.9), every thread at least one comment.
 */
export function threadSizes(total: number, n: number): number[] {
  if (n === 0) return [];
  const weights = Array.from({ length: n }, (_, i) => 1 / (i + 1) ** 0.9);
  const sum = weights.reduce((a, b) => a + b, 0);
  const sizes = weights.map((w) => Math.max(1, Math.floor((w / sum) * total)));
  let left = total - sizes.reduce((a, b) => a + b, 0);
  for (let i = 0; left > 0; i = (i + 1) % n, left--) sizes[i]! += 1;
  return sizes;
}

function reactionsBy(rnd: Random, roster: readonly SyntheticMember[], count: number, after: number, now: number, kinds = KINDS): SyntheticReaction[] {
  const seen = new Set<string>();
  const out: SyntheticReaction[] = [];
  for (let i = 0; i < count; i++) {
    const user = pickActive(rnd, roster, after).github;
    const content = rnd.pick(kinds);
    if (seen.has(`${user}\0${content}`)) continue;
    seen.add(`${user}\0${content}`);
    out.push({ content, user, createdAt: isoSecond(after + rnd.next() * (now - after)) });
  }
  return out.sort((a, b) => a.createdAt.localeCompare(b.createdAt));
}

/** Page threads, numbered from `firstNumber`. */
export function pageThreads(shape: OrgShape, pages: readonly SyntheticPage[], roster: readonly SyntheticMember[], firstNumber: number): SyntheticDiscussion[] {
  const rnd = new Random(shape.seed + 5);
  const now = Date.parse(shape.now);
  const count = Math.min(pages.length, Math.ceil(shape.comments / COMMENTS_PER_THREAD));
  const chosen = rnd.shuffle(pages).slice(0, count);
  const sizes = threadSizes(shape.comments, count);
  const lang = pages[0]?.langs[0] ?? 'en';
  return chosen.map((page, t) => {
    const start = Math.min(page.written + 3600_000, now - 3600_000);
    const times = Array.from({ length: sizes[t]! }, () => start + rnd.next() * (now - start)).sort((a, b) => a - b);
    const comments: SyntheticComment[] = [];
    const topLevel: number[] = [];
    for (const at of times) {
      // Seven in ten are top-level; replies gather under the first comment, so long threads also have a
      // long reply chain (more than one page of replies), the rest spread over earlier comments.
      const reply = topLevel.length > 0 && rnd.next() < 0.3;
      const replyTo = reply ? (rnd.next() < 0.5 ? topLevel[0]! : rnd.pick(topLevel)) : undefined;
      const busy = topLevel.length === 1 && !reply && sizes[t]! >= 100;
      const reactions = busy ? rnd.int(30, 150) : rnd.next() < 0.3 ? rnd.int(1, 4) : 0;
      comments.push({ author: pickActive(rnd, roster, at).github, body: commentBody(rnd, lang), createdAt: isoSecond(at), replyTo, reactions: reactionsBy(rnd, roster, reactions, at, now) });
      if (!reply) topLevel.push(comments.length - 1);
    }
    return {
      number: firstNumber + t,
      title: `${lang}/${page.route}`,
      body: paragraph(rnd, lang, 2),
      author: pickActive(rnd, roster, start).github,
      category: PAGE_CATEGORY,
      labels: [],
      createdAt: isoSecond(start),
      reactions: reactionsBy(rnd, roster, rnd.int(0, 5), start, now),
      comments,
    };
  });
}

/** One discussion per poll that has opened: the bot's option comments, then the members' votes. */
export function pollDiscussions(shape: OrgShape, polls: readonly SyntheticPoll[]): SyntheticDiscussion[] {
  const rnd = new Random(shape.seed + 6);
  const now = Date.parse(shape.now);
  const out: SyntheticDiscussion[] = [];
  for (const poll of polls) {
    if (poll.discussion === undefined) continue;
    const opens = Date.parse(poll.opens);
    const until = Math.min(Date.parse(poll.closes), now);
    const votesOn = poll.options.map(() => [] as SyntheticReaction[]);
    for (const ballot of poll.ballots) {
      const at = isoSecond(opens + 60_000 + rnd.next() * (until - opens - 120_000));
      for (const option of ballot.options) votesOn[option]!.push({ content: 'THUMBS_UP', user: ballot.voter, createdAt: at });
    }
    out.push({
      number: poll.discussion,
      title: `Poll: ${poll.title}`,
      body: `${poll.question}\n\nVote with a 👍 on the comment of the option you choose.`,
      author: BOT,
      category: POLL_CATEGORY,
      labels: ['poll'],
      createdAt: isoSecond(opens),
      reactions: [],
      comments: poll.options.map((o, i) => ({
        author: BOT,
        body: `<!-- poll-option: ${o.key} -->\n**${o.label}**\n\nReact with 👍 to vote for this option.`,
        createdAt: isoSecond(opens),
        reactions: votesOn[i]!.sort((a, b) => a.createdAt.localeCompare(b.createdAt)),
      })),
    });
  }
  return out;
}
