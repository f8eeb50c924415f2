import type { AuthorView, CommentView, TopCommentView } from '../../lib/comments/build-thread.ts';
import type { ReactionCount } from '../../lib/comments/reactions.ts';
import { escapeAttribute as attr, escapeText as text } from '../../lib/html/escape.ts';
import { dateFormat, defaultLanguage, hasString, numberFormat, t } from '../../i18n/index.ts';
import { plural } from './thread-data.ts';

/**
 * A comment and its replies as HTML, for Thread.astro. They are written as strings rather than as Astro
 * components because a site renders every comment once per language and per page that shows it (at the
 * benchmark's scale, some 300,000 comments a build), and each component instance costs Astro's renderer far more
 * than the comment's own few tags. The markup is the one the components wrote, byte for byte; the comment's body
 * comes sanitized from build-thread.ts.
 */

export interface CommentOptions {
  /** Locked discussions take no replies: no link inviting one. */
  locked?: boolean;
  opening?: boolean;
  /**
   * A reply's "reply" link would repeat its parent's (GitHub threads are one level deep), so a comment with
   * replies carries one after its last reply (repliesHtml), and the replies carry none.
   */
  replyLink?: boolean;
}

function authorHtml(lang: string, author: AuthorView): string {
  if (author.ghost || !author.login || !author.profileUrl) return `<span class="author ghost">${text(t(lang, 'comments.ghost'))}</span>`;
  const bot = author.bot ? ` <span class="tag">${text(t(lang, 'comments.bot'))}</span>` : '';
  return `<a class="author" href="${attr(author.profileUrl)}" rel="nofollow">${text(author.login)}</a>${bot}`;
}

// Where a reply would appear, the link to write it on GitHub: GitHub threads replies under the top comment.
const replyLinkHtml = (lang: string, url: string) => `<p class="actions"><a href="${attr(url)}">${text(t(lang, 'comments.reply'))}</a></p>`;
const bodyDiv = (c: CommentView) => `<div class="body">${c.html}</div>`;

function reactionsHtml(lang: string, reactions: ReactionCount[]): string {
  if (reactions.length === 0) return '';
  const items = reactions.map((r) =>
    `<li><span aria-hidden="true">${text(r.emoji)}</span> ${text(numberFormat(lang, r.count))} <span class="visually-hidden">${text(t(lang, `comments.reaction.${r.content}`))}</span></li>`);
  return `<ul class="reactions" aria-label="${attr(t(lang, 'comments.reactions'))}">${items.join('')}</ul>`;
}

function hiddenLabel(lang: string, reason: string | null): string {
  // GitHub may add reasons we have no words for yet: say it was hidden rather than print a key.
  const key = reason ? `comments.minimized.${reason}` : null;
  return key && (hasString(lang, key) || hasString(defaultLanguage, key))
    ? t(lang, 'comments.minimized', { reason: t(lang, key) })
    : t(lang, 'comments.minimizedNoReason');
}

function bodyHtml(lang: string, c: CommentView): string {
  if (c.state === 'deleted') return `<p class="muted deleted">${text(t(lang, 'comments.deleted'))}</p>`;
  if (c.state === 'visible') return bodyDiv(c);
  const shown = c.withheld
    ? `<p class="muted">${text(t(lang, 'comments.withheld'))} <a href="${attr(c.url)}" rel="nofollow noopener">${text(t(lang, 'comments.withheldLink'))}</a></p>`
    : bodyDiv(c);
  return `<details class="hidden-comment"><summary>${text(hiddenLabel(lang, c.minimizedReason))} <span class="muted">(${text(t(lang, 'comments.showHidden'))})</span></summary>${shown}</details>`;
}

export function commentHtml(lang: string, c: CommentView, { locked = false, opening = false, replyLink = true }: CommentOptions = {}): string {
  // Only the states that look different are named: most comments are visible, and a class on each costs bytes.
  const classes = ['comment', c.state !== 'visible' && `is-${c.state}`, c.isAnswer && 'answer', opening && 'opening'].filter(Boolean).join(' ');
  const edited = c.editedAt
    ? `<span class="edited" title="${attr(t(lang, 'comments.editedOn', { date: dateFormat(lang, c.editedAt, 'datetime') }))}">· ${text(t(lang, 'comments.edited'))}</span>`
    : '';
  const tags = (opening ? `<span class="tag">${text(t(lang, 'comments.startedBy'))}</span>` : '')
    + (c.isAnswer ? `<span class="tag answer-tag">✓ ${text(t(lang, 'comments.answer'))}</span>` : '');
  const permalink = `<a class="permalink" href="#${attr(c.anchor)}" title="${attr(t(lang, 'comments.permalink'))}"><time datetime="${attr(c.createdAt)}">${text(dateFormat(lang, c.createdAt, 'datetime'))}</time></a>`;
  const reply = replyLink && !locked && c.state !== 'deleted' && !opening ? replyLinkHtml(lang, c.url) : '';
  return (c.isNewest ? '<span id="comments-newest" class="newest-target"></span>' : '')
    + `<article class="${attr(classes)}" id="${attr(c.anchor)}"><header class="meta">${authorHtml(lang, c.author)} ${permalink} ${edited}${tags}</header>`
    + bodyHtml(lang, c)
    + (c.state !== 'deleted' ? reactionsHtml(lang, c.reactions) : '')
    + `${reply}</article>`;
}

/** A top-level comment's replies, the long middle of a conversation folded, then the conversation's one "reply" link. */
export function repliesHtml(lang: string, parent: TopCommentView, locked: boolean): string {
  if (parent.replyCount === 0) return '';
  const { before, folded, after } = parent.replies;
  const items = (replies: CommentView[]) => replies.map((r) => `<li>${commentHtml(lang, r, { locked, replyLink: false })}</li>`).join('');
  const label = t(lang, 'comments.repliesTo', { author: parent.author.login ?? t(lang, 'comments.ghost') });
  const fold = folded.length > 0
    ? `<li class="fold"><details><summary>${text(plural(lang, 'comments.moreReplies', folded.length))}</summary><ol class="replies folded">${items(folded)}</ol></details></li>`
    : '';
  // One "reply" link per conversation, after its last reply.
  return `<ol class="replies" aria-label="${attr(label)}">${items(before)}${fold}${items(after)}</ol>${locked ? '' : replyLinkHtml(lang, parent.url)}`;
}

/** The comments of one list in a thread, each with its replies. */
export function commentListHtml(lang: string, comments: TopCommentView[], locked: boolean): string {
  return comments.map((c) => `<li>${commentHtml(lang, c, { locked, replyLink: c.replyCount === 0 })}${repliesHtml(lang, c, locked)}</li>`).join('');
}
