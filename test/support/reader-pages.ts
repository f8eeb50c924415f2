import fs from 'node:fs';
import { pageDiscussionTitle } from '../../src/lib/comments/page-title.ts';
import { threadPagePath } from '../../src/lib/comments/split-thread.ts';
import { readChapters, readPages, readSite } from '../../src/lib/content/load.ts';
import { readDigestRecords } from '../../src/lib/digest/load.ts';
import { sitePolls } from '../../src/lib/polls/site-polls.ts';
import { historyOf } from '../../src/lib/proposals/site-data.ts';
import { readSnapshot } from '../../src/lib/sync/read-snapshot.ts';

/**
 * One page of each kind a reader meets, chosen from the demo content so a renamed file moves the tests
 * with it. Shared by the browser tests and `npm run bench:pages`.
 */
export interface ReaderPage {
  /** Short name, used for screenshots and the bench table. */
  name: string;
  /** URL path from the site root, e.g. `/en/blog/`. */
  path: string;
  /** Only the search page may run JavaScript. */
  allowsScript: boolean;
  /** HTTP status the page is served with. */
  status: number;
  /** A selector that appears once the page is complete, for pages that finish rendering in the browser. */
  ready?: string;
  /** Load it with JavaScript off: the language choice at `/` is what a browser without scripts sees. */
  javaScript?: false;
}

/** The demo poll is closed, so its page shows results; proposal #12 carries an amendment. */
export const DEMO_POLL = 'adopt-climate-program';
export const DEMO_PROPOSAL = 12;
/** A phrase the demo has in each language, for the search tests and the search page's weight. */
export const SEARCH_PHRASES = { en: 'eelgrass meadow census', es: 'censo de praderas marinas', ja: 'アマモ場' } as const;

interface Titled { title: string; date?: Date | string; tags?: string[]; order?: number }

export function demoContent(lang = readSite().defaultLanguage) {
  const site = readSite();
  const { pages } = readPages(site);
  const ofKind = (kind: string) => pages.filter((p) => p.kind === kind && p.lang === lang);
  const documents = ofKind('documents').sort((a, b) => ((a.data as Titled).order ?? 0) - ((b.data as Titled).order ?? 0));
  const posts = ofKind('blog').sort((a, b) => String((b.data as Titled).date).localeCompare(String((a.data as Titled).date)));
  const handbook = ofKind('handbook').filter((p) => p.slug.includes('/'));
  const chapters = [...readChapters().chapters.entries()].sort(([a], [b]) => a.localeCompare(b));
  const post = posts.find((p) => ((p.data as Titled).tags ?? []).length > 0);
  if (!documents[0] || !post || !handbook[0] || !chapters[0]) {
    throw new Error(`The demo content in content/${lang}/ needs a document, a tagged post, a handbook page and a chapter for the browser tests.`);
  }
  return {
    site,
    lang,
    document: { slug: documents[0].slug, title: (documents[0].data as Titled).title },
    post: { slug: post.slug, title: (post.data as Titled).title, tag: (post.data as Titled).tags![0]! },
    postsTagged: (tag: string) => posts.filter((p) => ((p.data as Titled).tags ?? []).includes(tag)).map((p) => (p.data as Titled).title),
    handbookPage: { slug: handbook[0].slug, title: (handbook[0].data as Titled).title },
    chapter: { id: chapters[0][0], name: chapters[0][1].name },
  };
}

/**
 * One page of every kind, in a language (the default one unless asked): the list the browser tests, the
 * phone test, `npm run bench:pages` and `npm run screenshots` walk. Kinds with one page for the whole site
 * (the language choice at `/`) come with the default language only.
 */
export function readerPages(lang = readSite().defaultLanguage): ReaderPage[] {
  const demo = demoContent();
  const l = lang;
  const page = (name: string, path: string, extra: Partial<ReaderPage> = {}): ReaderPage => ({ name, path, allowsScript: false, status: 200, ...extra });
  const phrase = (SEARCH_PHRASES as Record<string, string>)[l] ?? SEARCH_PHRASES.en;
  const long = longestThread();
  // A version page exists in the language of the text it shows: the translation's own, else the original's.
  const file = [l, demo.lang].map((code) => `content/${code}/documents/${demo.document.slug}.mdx`).find((f) => fs.existsSync(f))!;
  const revision = historyOf(file).versions[0]?.sha;
  if (!revision) throw new Error(`${file} has no history in git: the browser tests need a checkout with history.`);
  return [
    ...(l === demo.lang ? [page('language-choice', '/', { allowsScript: true, javaScript: false })] : []),
    page('home', `/${l}/`),
    page('documents', `/${l}/documents/`),
    page('document', `/${l}/documents/${demo.document.slug}/`),
    page('document-history', `/${l}/documents/${demo.document.slug}/history/`),
    page('document-version', `/${l}/documents/${demo.document.slug}/history/${revision}/`),
    page('long-thread', `/${l}/${long.path}`),
    page('thread-page', `/${l}/${threadPagePath(long.path, 2)}`),
    page('handbook-index', `/${l}/handbook/`),
    page('handbook-page', `/${l}/handbook/${demo.handbookPage.slug}/`),
    page('blog-index', `/${l}/blog/`),
    page('post', `/${l}/blog/${demo.post.slug}/`),
    page('blog-tags', `/${l}/blog/tags/`),
    page('blog-tag', `/${l}/blog/tags/${demo.post.tag}/`),
    page('blog-scope', `/${l}/blog/scope/${demo.chapter.id}/`),
    page('chapters', `/${l}/chapters/`),
    page('chapter', `/${l}/chapters/${demo.chapter.id}/`),
    page('polls', `/${l}/polls/`),
    page('poll', `/${l}/polls/${DEMO_POLL}/`),
    page('open-poll', `/${l}/polls/${openProposalPoll()}/`),
    page('double-majority-poll', `/${l}/polls/${demoPollWhere((v) => Boolean(v.result?.tally.chapters))}/`),
    page('suggestions-poll', `/${l}/polls/${demoPollWhere((v) => v.suggestions !== null && !v.suggestions.provisional)}/`),
    page('polls-scope', `/${l}/polls/scope/${scopedChapter()}/`),
    page('decisions', `/${l}/decisions/`),
    page('proposals', `/${l}/proposals/`),
    page('proposal', `/${l}/proposals/${DEMO_PROPOSAL}/`),
    page('translations', `/${l}/translations/`),
    page('glossary', `/${l}/glossary/`),
    page('digests', `/${l}/digest/`),
    page('digest', `/${l}/digest/${latestDigest()}/`),
    page('search', `/${l}/search/?q=${encodeURIComponent(phrase)}`, { allowsScript: true, ready: '#search-results li' }),
    page('not-found', `/${l}/this-page-does-not-exist/`, { status: 404 }),
  ];
}

/** The page with the demo's longest discussion (the Program): its path after the language, e.g. `documents/program/`. */
export function longestThread(): { path: string; comments: number } {
  const site = readSite();
  const { pages } = readPages(site);
  const { discussions } = readSnapshot();
  const size = (n: number | undefined) => {
    const d = discussions.find((x) => x.number === n);
    return d ? d.comments.reduce((sum, c) => sum + 1 + c.replies.length, 0) : 0;
  };
  const found = pages
    .filter((p) => p.lang === site.defaultLanguage)
    .map((p) => {
      const path = `${p.kind}/${p.slug ? `${p.slug}/` : ''}`;
      const explicit = (p.data as { discussion?: number }).discussion;
      const title = pageDiscussionTitle(p.lang, `${p.lang}/${path}`, { defaultLanguage: site.defaultLanguage, shareAcrossLanguages: site.discussions.shareAcrossLanguages });
      const number = explicit ?? discussions.find((d) => d.category.name === site.discussions.pageCategory && d.title === title)?.number;
      return { path, comments: size(number) };
    })
    .sort((a, b) => b.comments - a.comments)[0];
  if (!found || found.comments === 0) throw new Error('The demo snapshot (content/github/) needs a page with a discussion for the browser tests.');
  return found;
}

/** A poll that is open at build time and decides a proposal, so its page shows the voting links and the amendment. */
export function openProposalPoll(): string {
  const poll = sitePolls().find((v) => v.phase === 'open' && v.proposal) ?? sitePolls().find((v) => v.proposal);
  if (!poll) throw new Error('The demo needs a poll that decides a proposal (content/polls/*.yml with proposal:).');
  return poll.id;
}

/** The first demo poll that is of a kind: a double majority with its chapters counted, one with added options. */
export function demoPollWhere(kind: (view: ReturnType<typeof sitePolls>[number]) => boolean): string {
  const poll = sitePolls().find(kind);
  if (!poll) throw new Error('The demo needs a double-majority poll with a result and a poll whose suggestions were judged (see content/polls/ and npm run demo:polls).');
  return poll.id;
}

/** The chapter of the demo's chapter poll, whose scope page lists it. */
export function scopedChapter(): string {
  const chapter = sitePolls().find((v) => v.scope?.chapter !== undefined)?.scope?.chapter;
  if (!chapter) throw new Error('The demo needs a poll of one chapter (scope: { chapter: … } in content/polls/).');
  return chapter;
}

/** The newest published digest's date (content/digests/). */
export function latestDigest(): string {
  const date = readDigestRecords().digests[0]?.date;
  if (!date) throw new Error('The demo needs a published digest in content/digests/ (npm run digest -- --record).');
  return date;
}

/** URL paths of the pages whose own text (in content/<lang>/) contains a phrase, ignoring case and line wraps. */
export function pagesContaining(lang: string, phrase: string): string[] {
  const wanted = phrase.toLowerCase().replace(/\s+/g, ' ');
  const { pages } = readPages(readSite());
  return pages
    .filter((p) => p.lang === lang && `${(p.data as Titled).title}\n${p.body}`.toLowerCase().replace(/\s+/g, ' ').includes(wanted))
    .map((p) => `/${lang}/${p.kind}/${p.slug ? `${p.slug}/` : ''}`);
}
