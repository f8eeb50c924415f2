/**
 * A long discussion is split so that no page carries hundreds of comments. The page itself keeps the
 * first top-level comments (where the discussion started) and the newest ones (where it stands now);
 * everything in between goes on numbered thread pages, `perPage` top-level comments each, every reply
 * staying with the comment it answers.
 *
 * Which page a comment lands on depends only on its position in creation order, and GitHub adds comments
 * at the end, so a full thread page keeps the same comments for good: a link to a comment on it keeps
 * working. Comments do move once, from the newest on the page itself to a thread page; the page itself
 * therefore carries an anchor for every comment it does not show, next to the link to the page that has it.
 */
export interface ThreadSplitOptions {
  /** Top-level comments shown first on the page itself. */
  first?: number;
  /** The newest top-level comments, also shown on the page itself. */
  newest?: number;
  /** Top-level comments per numbered thread page. */
  perPage?: number;
  /** A middle this short is shown on the page itself rather than on a page of its own. */
  slack?: number;
}

export const THREAD_SPLIT: Required<ThreadSplitOptions> = { first: 10, newest: 5, perPage: 25, slack: 5 };

export interface ThreadPart<T> {
  /** 2 and up: page 1 is the page the discussion belongs to. */
  number: number;
  comments: T[];
  /** Position of its first and last top-level comment in the whole thread, counting from 1. */
  from: number;
  to: number;
}

export interface ThreadSplit<T> {
  /** Shown on the page itself, before the links to the thread pages. */
  head: T[];
  /** Shown on the page itself, after them. */
  tail: T[];
  /** The numbered thread pages, in order; empty when the whole thread fits on the page. */
  parts: ThreadPart<T>[];
  /** Position of the first comment of `tail` in the whole thread, counting from 1. */
  tailFrom: number;
}

export function splitThread<T>(comments: readonly T[], options: ThreadSplitOptions = {}): ThreadSplit<T> {
  const { first, newest, perPage, slack } = { ...THREAD_SPLIT, ...options };
  const per = Math.max(1, perPage);
  const total = comments.length;
  const middle = total - first - newest;
  if (middle <= Math.max(0, slack)) return { head: [...comments], tail: [], parts: [], tailFrom: total + 1 };
  const parts: ThreadPart<T>[] = [];
  for (let start = first, number = 2; start < total - newest; start += per, number++) {
    const end = Math.min(start + per, total - newest);
    parts.push({ number, comments: comments.slice(start, end), from: start + 1, to: end });
  }
  return { head: comments.slice(0, first), tail: comments.slice(total - newest), parts, tailFrom: total - newest + 1 };
}

/** Which page holds each comment, by anchor: 1 for the page itself, else the thread page's number. */
export function commentPages<T>(split: ThreadSplit<T>, anchorsOf: (comment: T) => readonly string[]): Map<string, number> {
  const pages = new Map<string, number>();
  const put = (comments: readonly T[], page: number) => {
    for (const c of comments) for (const anchor of anchorsOf(c)) pages.set(anchor, page);
  };
  put(split.head, 1);
  put(split.tail, 1);
  for (const part of split.parts) put(part.comments, part.number);
  return pages;
}

/** The address of a thread page, from the page's own (`en/documents/program/`): page 1 is the page itself. */
export function threadPagePath(pagePath: string, page: number): string {
  const base = pagePath.endsWith('/') ? pagePath : `${pagePath}/`;
  return page <= 1 ? base : `${base}comments/${page}/`;
}
