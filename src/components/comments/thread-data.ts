import { buildThread, type ThreadView, type TopCommentView } from '../../lib/comments/build-thread.ts';
import { pageThread, type PageThread, type PageThreadInput } from '../../lib/comments/page-thread.ts';
import { pluralKey } from '../../lib/comments/plural-key.ts';
import { commentPages, splitThread, type ThreadSplit } from '../../lib/comments/split-thread.ts';
import type { ScriptNeeds } from '../../lib/security/csp.ts';
import { snapshot as loadSnapshot } from '../../lib/site-data.ts';
import type { Discussion } from '../../schemas/index.ts';
import { defaultLanguage, hasString, numberFormat, site, t } from '../../i18n/index.ts';

/**
 * The build-time edge of the comments: read the snapshot once per build and build each thread once
 * per language (pages that share a thread across languages reuse it), so Thread.astro can be dropped
 * on any page with just its path.
 */
export function threadForPage(input: PageThreadInput): PageThread {
  return pageThread(site, loadSnapshot().discussions, input);
}

/** What a page with a thread must allow in its Content-Security-Policy: the giscus widget, when site.yml turns it on. */
export function threadScripts(): ScriptNeeds | undefined {
  return site.discussions.giscus ? { hosts: ['https://giscus.app'], frames: ['https://giscus.app'] } : undefined;
}

const built = new Map<string, ThreadView>();
/** Views that came out the same in every language, by discussion number. */
const shared = new Map<number, ThreadView | null>();
export function threadView(discussion: Discussion, lang: string): ThreadView {
  // Sanitizing the comments is most of a thread's cost, and its result depends on the language only where a
  // comment links media (the link's label is translated). Build once, note whether a label was asked for,
  // and let every language reuse a view that asked for none: a thread shared by three translations of a
  // page is then sanitized once, not three times.
  if (!shared.has(discussion.number)) {
    let labelled = false;
    const view = buildThread(discussion, {
      internalHosts: [new URL(site.url).host],
      mediaLabel: (kind, alt) => {
        labelled = true;
        return alt ? `${t(lang, `comments.${kind}`)}: ${alt}` : t(lang, `comments.${kind}`);
      },
    });
    shared.set(discussion.number, labelled ? null : view);
    if (labelled) built.set(`${discussion.number}:${lang}`, view);
  }
  const same = shared.get(discussion.number);
  if (same) return same;
  const key = `${discussion.number}:${lang}`;
  let view = built.get(key);
  if (!view) {
    view = buildThread(discussion, {
      internalHosts: [new URL(site.url).host],
      mediaLabel: (kind, alt) => (alt ? `${t(lang, `comments.${kind}`)}: ${alt}` : t(lang, `comments.${kind}`)),
    });
    built.set(key, view);
  }
  return view;
}

/** A counted phrase in the reader's language: `plural('es', 'comments.count', 3)` → "3 comentarios". */
export function plural(lang: string, base: string, count: number): string {
  const key = pluralKey(lang, base, count, (k) => hasString(lang, k) || hasString(defaultLanguage, k));
  return t(lang, key, { count: numberFormat(lang, count) });
}

export interface PagedThread {
  split: ThreadSplit<TopCommentView>;
  /** Comment anchor → the page that shows it (1: the page itself). */
  pageOf: Map<string, number>;
}

/** Every anchor a top-level comment brings to its page: its own and its replies'. */
export function anchorsOf(c: TopCommentView): string[] {
  const { before, folded, after } = c.replies;
  return [c.anchor, ...[...before, ...folded, ...after].map((r) => r.anchor)];
}

const paged = new WeakMap<ThreadView, PagedThread>();
/** A thread split into the page itself and its numbered thread pages (src/lib/comments/split-thread.ts). */
export function pagedThread(view: ThreadView): PagedThread {
  let p = paged.get(view);
  if (!p) {
    const split = splitThread(view.comments);
    paged.set(view, (p = { split, pageOf: commentPages(split, anchorsOf) }));
  }
  return p;
}
