import type { Actor, Comment, Discussion, Reply } from '../../schemas/index.ts';
import { foldReplies, type FoldedReplies, type FoldOptions } from './fold-replies.ts';
import { countReactions, type ReactionCount } from './reactions.ts';
import type { MediaKind } from './sanitize/rehype-media-links.ts';
import { sanitizeCommentHtml } from './sanitize/sanitize-comment-html.ts';

/**
 * What a page shows of a discussion, decided here so the components only render: order, nesting,
 * folding, counts, states and sanitized bodies. Dates stay ISO strings; the page formats them.
 */
export interface AuthorView {
  /** null for a deleted account ("ghost"). */
  login: string | null;
  profileUrl: string | null;
  ghost: boolean;
  bot: boolean;
}

export type CommentState = 'visible' | 'minimized' | 'deleted';

export interface CommentView {
  /** `databaseId`, or the node id for the rare comment without one: what permalinks are made of. */
  key: string;
  /** Element id on the page: `comment-<key>`. */
  anchor: string;
  url: string;
  author: AuthorView;
  createdAt: string;
  /** When the body was last edited, or null if never. */
  editedAt: string | null;
  state: CommentState;
  /** GitHub's reason, lowercased (`off-topic`, `spam` …), for minimized comments. */
  minimizedReason: string | null;
  /** Minimized as spam or abuse: the body is not republished here at all. */
  withheld: boolean;
  /** Sanitized body; empty when deleted or withheld. */
  html: string;
  reactions: ReactionCount[];
  isAnswer: boolean;
  isNewest: boolean;
}

export interface TopCommentView extends CommentView {
  replyCount: number;
  replies: FoldedReplies<CommentView>;
}

export interface ThreadView {
  number: number;
  title: string;
  url: string;
  locked: boolean;
  closed: boolean;
  /** The discussion's own post, unless a bot (giscus) wrote it for the page. */
  opening: CommentView | null;
  comments: TopCommentView[];
  counts: { comments: number; participants: number };
  newestAnchor: string | null;
  answerAnchor: string | null;
  /**
   * The newest thing that happened in the thread as the snapshot has it: the discussion's last update, or a
   * comment's or reply's creation, edit or deletion, whichever is latest. A page says this rather than the time of
   * the last sync, so a sync that changed some other thread leaves the page as it was (and its cached build valid).
   */
  lastActivity: string;
}

export interface BuildThreadOptions {
  internalHosts?: string[];
  keepImagesFrom?: string[];
  mediaLabel?: (kind: MediaKind, alt: string) => string;
  fold?: FoldOptions;
  server?: string;
}

/** Reasons whose content we do not republish: GitHub hid it so that nobody reads it. */
const WITHHELD_REASONS = new Set(['spam', 'abuse']);

export function buildThread(discussion: Discussion, options: BuildThreadOptions = {}): ThreadView {
  const server = options.server ?? 'https://github.com';
  const sanitize = (html: string, idPrefix: string) =>
    sanitizeCommentHtml(html, {
      idPrefix,
      base: `${server}/`,
      internalHosts: options.internalHosts,
      keepImagesFrom: options.keepImagesFrom,
      mediaLabel: options.mediaLabel,
    });

  const view = (c: Comment | Reply, isAnswer: boolean): CommentView => {
    const key = c.databaseId !== null ? String(c.databaseId) : c.id;
    const state: CommentState = c.deletedAt !== null ? 'deleted' : c.isMinimized ? 'minimized' : 'visible';
    const reason = c.minimizedReason?.toLowerCase() ?? null;
    const withheld = state === 'minimized' && reason !== null && WITHHELD_REASONS.has(reason);
    return {
      key,
      anchor: `comment-${key}`,
      url: c.url,
      author: authorView(c.author, server),
      createdAt: c.createdAt,
      editedAt: c.lastEditedAt,
      state,
      minimizedReason: state === 'minimized' ? reason : null,
      withheld,
      html: state === 'deleted' || withheld ? '' : sanitize(c.bodyHTML, `c-${key}-`),
      reactions: state === 'deleted' ? [] : countReactions(c.reactions),
      isAnswer,
      isNewest: false,
    };
  };

  const tops = byCreation(discussion.comments).map((c) => {
    const top = view(c, c.isAnswer);
    const replies = byCreation(c.replies).map((r) => view(r, false));
    return { top, replies };
  });

  const everyone = tops.flatMap(({ top, replies }) => [top, ...replies]);
  const live = everyone.filter((c) => c.state !== 'deleted');
  const newest = live.reduce<CommentView | null>((latest, c) => (!latest || Date.parse(c.createdAt) >= Date.parse(latest.createdAt) ? c : latest), null);
  if (newest) newest.isNewest = true;

  const participants = new Set(live.filter((c) => !c.author.bot).map((c) => c.author.login?.toLowerCase() ?? '\u0000ghost'));
  const opening = discussion.author?.type === 'Bot' || discussion.body.trim() === '' ? null : openingView(discussion, server, sanitize);

  return {
    number: discussion.number,
    title: discussion.title,
    url: discussion.url,
    locked: discussion.locked,
    closed: discussion.closed,
    opening,
    comments: tops.map(({ top, replies }) => ({ ...top, replyCount: replies.length, replies: foldReplies(replies, options.fold) })),
    counts: { comments: live.length, participants: participants.size },
    newestAnchor: newest?.anchor ?? null,
    answerAnchor: tops.find(({ top }) => top.isAnswer && top.state !== 'deleted')?.top.anchor ?? null,
    lastActivity: lastActivity(discussion),
  };
}

export function lastActivity(discussion: Discussion): string {
  let latest = discussion.updatedAt;
  const consider = (at: string | null | undefined) => {
    if (at && Date.parse(at) > Date.parse(latest)) latest = at;
  };
  for (const c of discussion.comments) {
    for (const item of [c, ...c.replies]) {
      consider(item.createdAt);
      consider(item.updatedAt);
      consider(item.lastEditedAt);
      consider(item.deletedAt);
    }
  }
  return latest;
}

function openingView(d: Discussion, server: string, sanitize: (html: string, prefix: string) => string): CommentView {
  return {
    key: `discussion-${d.number}`,
    anchor: `discussion-${d.number}`,
    url: d.url,
    author: authorView(d.author, server),
    createdAt: d.createdAt,
    editedAt: null,
    state: 'visible',
    minimizedReason: null,
    withheld: false,
    html: sanitize(d.bodyHTML, `d-${d.number}-`),
    reactions: countReactions(d.reactions),
    isAnswer: false,
    isNewest: false,
  };
}

/** GitHub shows deleted accounts as "ghost"; its literal ghost account is the same thing. */
export function authorView(actor: Actor, server = 'https://github.com'): AuthorView {
  if (!actor || actor.login.toLowerCase() === 'ghost') return { login: null, profileUrl: null, ghost: true, bot: false };
  const bot = actor.type === 'Bot';
  const login = actor.login;
  // Apps live under /apps/; GraphQL gives their login without the "[bot]" suffix.
  const path = bot ? `/apps/${encodeURIComponent(login.replace(/\[bot\]$/, ''))}` : `/${encodeURIComponent(login)}`;
  return { login, profileUrl: new URL(path, server).href, ghost: false, bot };
}

function byCreation<T extends { createdAt: string }>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => Date.parse(a.createdAt) - Date.parse(b.createdAt));
}
