import { readChapters, readPages, readSite } from '../../src/lib/content/load.ts';

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
}

/** The demo poll is closed, so its page shows results; proposal #12 carries an amendment. */
export const DEMO_POLL = 'adopt-climate-program';
export const DEMO_PROPOSAL = 12;
/** A phrase the demo has in two languages, for the search tests and the search page's weight. */
export const SEARCH_PHRASES = { en: 'eelgrass meadow census', es: 'censo de praderas marinas' } as const;

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

export function readerPages(): ReaderPage[] {
  const demo = demoContent();
  const l = demo.lang;
  const page = (name: string, path: string, extra: Partial<ReaderPage> = {}): ReaderPage => ({ name, path, allowsScript: false, status: 200, ...extra });
  return [
    page('home', `/${l}/`),
    page('documents', `/${l}/documents/`),
    page('document', `/${l}/documents/${demo.document.slug}/`),
    page('handbook-index', `/${l}/handbook/`),
    page('handbook-page', `/${l}/handbook/${demo.handbookPage.slug}/`),
    page('blog-index', `/${l}/blog/`),
    page('post', `/${l}/blog/${demo.post.slug}/`),
    page('blog-tag', `/${l}/blog/tags/${demo.post.tag}/`),
    page('chapters', `/${l}/chapters/`),
    page('chapter', `/${l}/chapters/${demo.chapter.id}/`),
    page('polls', `/${l}/polls/`),
    page('poll', `/${l}/polls/${DEMO_POLL}/`),
    page('proposals', `/${l}/proposals/`),
    page('proposal', `/${l}/proposals/${DEMO_PROPOSAL}/`),
    page('search', `/${l}/search/?q=${encodeURIComponent(SEARCH_PHRASES.en)}`, { allowsScript: true, ready: '#search-results li' }),
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
