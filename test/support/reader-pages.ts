import fs from 'node:fs';
import { pageDiscussionTitle } from '../../src/lib/comments/page-title.ts';
import { splitThread, threadPagePath } from '../../src/lib/comments/split-thread.ts';
import { readChapters, readPages, readSite } from '../../src/lib/content/load.ts';
import { readDigestRecords } from '../../src/lib/digest/load.ts';
import { sitePolls } from '../../src/lib/polls/site-polls.ts';
import { historyOf } from '../../src/lib/proposals/site-data.ts';
import { readSnapshot } from '../../src/lib/sync/read-snapshot.ts';
import { localize } from '../../src/schemas/index.ts';

/**
 * One page of each kind a reader meets, chosen from the organization in content/ (the demo, or whatever
 * `npm run init` made), so the browser tests, `npm run bench:pages` and `npm run screenshots` follow the
 * content, not a list of names. Kinds the organization has nothing of yet (no poll, no proposal, no
 * discussion) are left out.
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

interface Titled { title: string; date?: Date | string; tags?: string[]; order?: number }

/** What the organization's content offers the browser tests, in one language (default: the default language). */
export function organizationContent(lang = readSite().defaultLanguage) {
  const site = readSite();
  const { pages } = readPages(site);
  // A language without its own pages of a kind shows the default language's (flagged as untranslated).
  const ofKind = (kind: string) => {
    const own = pages.filter((p) => p.kind === kind && p.lang === lang);
    return own.length ? own : pages.filter((p) => p.kind === kind && p.lang === site.defaultLanguage);
  };
  const documents = ofKind('documents').sort((a, b) => ((a.data as Titled).order ?? 0) - ((b.data as Titled).order ?? 0));
  const posts = ofKind('blog').sort((a, b) => String((b.data as Titled).date).localeCompare(String((a.data as Titled).date)));
  const handbook = ofKind('handbook');
  const chapters = [...readChapters().chapters.entries()].sort(([a], [b]) => a.localeCompare(b));
  const tagged = posts.find((p) => ((p.data as Titled).tags ?? []).length > 0);
  const page = (p: (typeof pages)[number] | undefined) => p && { slug: p.slug, title: (p.data as Titled).title };
  const document = page(documents[0]);
  if (!document || !chapters[0]) throw new Error(`The content in content/${lang}/ needs at least a key document and a chapter for the browser tests.`);
  const polls = sitePolls();
  const proposals = readSnapshot().pullRequests.filter((p) => p.labels.includes(site.proposals.label)).map((p) => p.number).sort((a, b) => a - b);
  return {
    site,
    lang,
    document,
    post: page(posts[0]),
    tagged: tagged && { ...page(tagged)!, tag: (tagged.data as Titled).tags![0]! },
    postsTagged: (tag: string) => posts.filter((p) => ((p.data as Titled).tags ?? []).includes(tag)).map((p) => (p.data as Titled).title),
    /** A handbook page inside a part (it has previous and next), else the handbook's front page. */
    handbookPage: page(handbook.find((p) => p.slug.includes('/')) ?? handbook[0]),
    handbookPages: handbook.length,
    chapter: { id: chapters[0][0], name: localize(chapters[0][1].name, lang, site.defaultLanguage) },
    /** A closed poll shows its results: the first with a result is the most telling one. */
    poll: (polls.find((v) => v.phase === 'closed' && v.result) ?? polls[0])?.id,
    /** A poll open at build time that decides a proposal shows the voting links and the amendment. */
    proposalPoll: (polls.find((v) => v.phase === 'open' && v.proposal) ?? polls.find((v) => v.proposal))?.id,
    proposal: proposals[0],
    /** A double majority with its chapters counted, and a poll whose suggestions were judged: their pages show both. */
    doubleMajorityPoll: polls.find((v) => Boolean(v.result?.tally.chapters))?.id,
    suggestionsPoll: polls.find((v) => v.suggestions !== null && !v.suggestions.provisional)?.id,
    /** A chapter with a poll of its own, whose scope page lists it. */
    scopedChapter: polls.find((v) => v.scope?.chapter !== undefined)?.scope?.chapter,
    /** The newest published digest's date (content/digests/). */
    latestDigest: readDigestRecords().digests[0]?.date,
    /**
     * Words a search in this language is sure to find: the title of its first page written in it (its first key
     * document when it has one). Fallback copies are not indexed under the language, so a language with no page
     * of its own yet finds nothing: null.
     */
    searchPhrase: [...documents, ...handbook, ...posts].filter((p) => p.lang === lang).map((p) => (p.data as Titled).title)[0] ?? null,
  };
}

/**
 * One page of every kind, in a language (the default one unless asked): the list the browser tests, the
 * phone test, `npm run bench:pages` and `npm run screenshots` walk. Kinds with one page for the whole site
 * (the language choice at `/`) come with the default language only.
 */
export function readerPages(lang = readSite().defaultLanguage): ReaderPage[] {
  const o = organizationContent();
  const own = lang === o.lang ? o : organizationContent(lang);
  const l = lang;
  const page = (name: string, path: string, extra: Partial<ReaderPage> = {}): ReaderPage => ({ name, path, allowsScript: false, status: 200, ...extra });
  const long = longestThread();
  // A version page exists in the language of the text it shows: the translation's own, else the original's.
  const file = [l, o.lang].map((code) => `content/${code}/documents/${o.document.slug}.mdx`).find((f) => fs.existsSync(f));
  const revision = file ? historyOf(file).versions[0]?.sha : undefined;
  return [
    ...(l === o.lang ? [page('language-choice', '/', { allowsScript: true, javaScript: false })] : []),
    page('home', `/${l}/`),
    page('documents', `/${l}/documents/`),
    page('document', `/${l}/documents/${o.document.slug}/`),
    page('document-history', `/${l}/documents/${o.document.slug}/history/`),
    ...(revision ? [page('document-version', `/${l}/documents/${o.document.slug}/history/${revision}/`)] : []),
    ...(long ? [page('long-thread', `/${l}/${long.path}`)] : []),
    ...(long && long.pages > 1 ? [page('thread-page', `/${l}/${threadPagePath(long.path, 2)}`)] : []),
    page('handbook-index', `/${l}/handbook/`),
    ...(o.handbookPage?.slug ? [page('handbook-page', `/${l}/handbook/${o.handbookPage.slug}/`)] : []),
    page('blog-index', `/${l}/blog/`),
    ...(o.post ? [page('post', `/${l}/blog/${o.post.slug}/`)] : []),
    page('blog-tags', `/${l}/blog/tags/`),
    ...(o.tagged ? [page('blog-tag', `/${l}/blog/tags/${o.tagged.tag}/`)] : []),
    page('blog-scope', `/${l}/blog/scope/${o.chapter.id}/`),
    page('chapters', `/${l}/chapters/`),
    page('chapter', `/${l}/chapters/${o.chapter.id}/`),
    page('polls', `/${l}/polls/`),
    ...(o.poll ? [page('poll', `/${l}/polls/${o.poll}/`)] : []),
    ...(o.proposalPoll && o.proposalPoll !== o.poll ? [page('open-poll', `/${l}/polls/${o.proposalPoll}/`)] : []),
    ...(o.doubleMajorityPoll ? [page('double-majority-poll', `/${l}/polls/${o.doubleMajorityPoll}/`)] : []),
    ...(o.suggestionsPoll ? [page('suggestions-poll', `/${l}/polls/${o.suggestionsPoll}/`)] : []),
    ...(o.scopedChapter ? [page('polls-scope', `/${l}/polls/scope/${o.scopedChapter}/`)] : []),
    page('decisions', `/${l}/decisions/`),
    page('proposals', `/${l}/proposals/`),
    ...(o.proposal ? [page('proposal', `/${l}/proposals/${o.proposal}/`)] : []),
    page('translations', `/${l}/translations/`),
    page('glossary', `/${l}/glossary/`),
    page('digests', `/${l}/digest/`),
    ...(o.latestDigest ? [page('digest', `/${l}/digest/${o.latestDigest}/`)] : []),
    own.searchPhrase === null
      ? page('search', `/${l}/search/`, { allowsScript: true })
      : page('search', `/${l}/search/?q=${encodeURIComponent(own.searchPhrase)}`, { allowsScript: true, ready: '#search-results li' }),
    page('not-found', `/${l}/this-page-does-not-exist/`, { status: 404, allowsScript: true }),
  ];
}

/**
 * The page with the longest discussion (the demo's Program): its path after the language, e.g. `documents/program/`,
 * its comments and the number of pages the thread is split over. null when no page has a discussion yet.
 */
export function longestThread(): { path: string; comments: number; pages: number } | null {
  const site = readSite();
  const { pages } = readPages(site);
  const { discussions } = readSnapshot();
  const found = pages
    .filter((p) => p.lang === site.defaultLanguage)
    .map((p) => {
      const path = `${p.kind}/${p.slug ? `${p.slug}/` : ''}`;
      const explicit = (p.data as { discussion?: number }).discussion;
      const title = pageDiscussionTitle(p.lang, `${p.lang}/${path}`, { defaultLanguage: site.defaultLanguage, shareAcrossLanguages: site.discussions.shareAcrossLanguages });
      const number = explicit ?? discussions.find((d) => d.category.name === site.discussions.pageCategory && d.title === title)?.number;
      const d = discussions.find((x) => x.number === number);
      return { path, comments: d ? d.comments.reduce((sum, c) => sum + 1 + c.replies.length, 0) : 0, pages: d ? 1 + splitThread(d.comments).parts.length : 0 };
    })
    .sort((a, b) => b.comments - a.comments)[0];
  return found && found.comments > 0 ? found : null;
}

/** URL paths of the pages whose own text (in content/<lang>/) contains a phrase, ignoring case and line wraps. */
export function pagesContaining(lang: string, phrase: string): string[] {
  const wanted = phrase.toLowerCase().replace(/\s+/g, ' ');
  const { pages } = readPages(readSite());
  return pages
    .filter((p) => p.lang === lang && `${(p.data as Titled).title}\n${p.body}`.toLowerCase().replace(/\s+/g, ' ').includes(wanted))
    .map((p) => `/${lang}/${p.kind}/${p.slug ? `${p.slug}/` : ''}`);
}

/** A page written in `lang` that has no translation in `other` (so `/<other>/…` shows a copy of it), if any. */
export function untranslatedPage(lang: string, other: string): { kind: string; slug: string; title: string } | undefined {
  const { pages } = readPages(readSite());
  const translated = new Set(pages.filter((p) => p.lang === other).map((p) => `${p.kind}/${p.slug}`));
  const page = pages.find((p) => p.lang === lang && p.slug !== '' && !translated.has(`${p.kind}/${p.slug}`));
  return page && { kind: page.kind, slug: page.slug, title: (page.data as Titled).title };
}
