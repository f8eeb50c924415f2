import { readChapters, readPages, readSite } from '../../src/lib/content/load.ts';
import { readPollResults, readPolls } from '../../src/lib/polls/read-polls.ts';
import { readSnapshot } from '../../src/lib/sync/read-snapshot.ts';

/**
 * One page of each kind a reader meets, chosen from the organization in content/ (the demo, or whatever
 * `npm run init` made), so the browser tests and `npm run bench:pages` follow the content, not a list of
 * names. Kinds the organization has nothing of yet (no poll, no proposal) are left out.
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
}

interface Titled { title: string; date?: Date | string; tags?: string[]; order?: number }

/** What the organization's content offers the browser tests, in one language (default: the default language). */
export function organizationContent(lang = readSite().defaultLanguage) {
  const site = readSite();
  const { pages } = readPages(site);
  const ofKind = (kind: string) => pages.filter((p) => p.kind === kind && p.lang === lang);
  const documents = ofKind('documents').sort((a, b) => ((a.data as Titled).order ?? 0) - ((b.data as Titled).order ?? 0));
  const posts = ofKind('blog').sort((a, b) => String((b.data as Titled).date).localeCompare(String((a.data as Titled).date)));
  const handbook = ofKind('handbook');
  const chapters = [...readChapters().chapters.entries()].sort(([a], [b]) => a.localeCompare(b));
  const tagged = posts.find((p) => ((p.data as Titled).tags ?? []).length > 0);
  const page = (p: (typeof pages)[number] | undefined) => p && { slug: p.slug, title: (p.data as Titled).title };
  const document = page(documents[0]);
  if (!document || !chapters[0]) throw new Error(`The content in content/${lang}/ needs at least a key document and a chapter for the browser tests.`);
  // A closed poll shows its results; the first poll with a result file is the most telling one.
  const results = new Set(readPollResults().results.map((r) => r.id));
  const polls = readPolls().polls.map((p) => p.id).sort();
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
    chapter: { id: chapters[0][0], name: chapters[0][1].name },
    poll: polls.find((id) => results.has(id)) ?? polls[0],
    proposal: proposals[0],
    /** Words the default language's first document is sure to be found by. */
    searchPhrase: document.title,
  };
}

export function readerPages(): ReaderPage[] {
  const o = organizationContent();
  const l = o.lang;
  const page = (name: string, path: string, extra: Partial<ReaderPage> = {}): ReaderPage => ({ name, path, allowsScript: false, status: 200, ...extra });
  return [
    page('home', `/${l}/`),
    page('documents', `/${l}/documents/`),
    page('document', `/${l}/documents/${o.document.slug}/`),
    page('handbook-index', `/${l}/handbook/`),
    ...(o.handbookPage?.slug ? [page('handbook-page', `/${l}/handbook/${o.handbookPage.slug}/`)] : []),
    page('blog-index', `/${l}/blog/`),
    ...(o.post ? [page('post', `/${l}/blog/${o.post.slug}/`)] : []),
    ...(o.tagged ? [page('blog-tag', `/${l}/blog/tags/${o.tagged.tag}/`)] : []),
    page('chapters', `/${l}/chapters/`),
    page('chapter', `/${l}/chapters/${o.chapter.id}/`),
    page('polls', `/${l}/polls/`),
    ...(o.poll ? [page('poll', `/${l}/polls/${o.poll}/`)] : []),
    page('proposals', `/${l}/proposals/`),
    ...(o.proposal ? [page('proposal', `/${l}/proposals/${o.proposal}/`)] : []),
    page('search', `/${l}/search/?q=${encodeURIComponent(o.searchPhrase)}`, { allowsScript: true, ready: '#search-results li' }),
    page('not-found', `/${l}/this-page-does-not-exist/`, { status: 404 }),
  ];
}

/** URL paths of the pages whose own text (in content/<lang>/) contains a phrase, ignoring case and line wraps. */
export function pagesContaining(lang: string, phrase: string): string[] {
  const wanted = phrase.toLowerCase().replace(/\s+/g, ' ');
  const { pages } = readPages(readSite());
  return pages
    .filter((p) => p.lang === lang && `${(p.data as Titled).title}\n${p.body}`.toLowerCase().replace(/\s+/g, ' ').includes(wanted))
    .map((p) => `/${lang}/${p.kind}/${p.slug ? `${p.slug}/` : ''}`);
}
