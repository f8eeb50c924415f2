import { Random } from '../../test/fake-github/random.ts';
import { DAY, FOUNDED, isoDay, pickActive, type SyntheticChapter, type SyntheticMember } from './people.ts';
import type { OrgShape } from './shape.ts';
import { pageBody, paragraph, title, words } from './text.ts';

/**
 * The MDX pages of a synthetic organization: key documents, a handbook in parts, and blog posts, in the
 * default language, with a share of them translated into each other language.
 */

export interface SyntheticLanguage { code: string; name: string; coverage: number; dir?: 'rtl' }

/**
 * Languages in order of how much is translated: the default first, then 70 % down to 15 %, CJK (ja, zh, ko) and
 * right-to-left (ar, he) among them. The mix follows the corpus issue 18 measured: 2,569 MDX pages in 14 languages
 * from about 430 in the default language, so that about 3,300 of the pages Chapterhouse writes are fallback copies.
 */
const LANGUAGES: readonly SyntheticLanguage[] = [
  { code: 'en', name: 'English', coverage: 1 },
  { code: 'es', name: 'Español', coverage: 0.7 },
  { code: 'ja', name: '日本語', coverage: 0.6 },
  { code: 'fr', name: 'Français', coverage: 0.55 },
  { code: 'de', name: 'Deutsch', coverage: 0.5 },
  { code: 'zh', name: '中文', coverage: 0.45 },
  { code: 'ar', name: 'العربية', coverage: 0.35, dir: 'rtl' },
  { code: 'pt-br', name: 'Português', coverage: 0.35 },
  { code: 'it', name: 'Italiano', coverage: 0.3 },
  { code: 'ko', name: '한국어', coverage: 0.3 },
  { code: 'nl', name: 'Nederlands', coverage: 0.25 },
  { code: 'he', name: 'עברית', coverage: 0.2, dir: 'rtl' },
  { code: 'pl', name: 'Polski', coverage: 0.2 },
  { code: 'hi', name: 'हिन्दी', coverage: 0.15 },
];

export function syntheticLanguages(count: number): SyntheticLanguage[] {
  return LANGUAGES.slice(0, Math.max(1, Math.min(count, LANGUAGES.length)));
}
export const MAX_LANGUAGES = LANGUAGES.length;

export type Kind = 'documents' | 'handbook' | 'blog';

export interface SyntheticPage {
  kind: Kind;
  /** Path inside the kind folder, with extension: `mission-3.mdx`, `part-2/index.mdx`. */
  rel: string;
  /** The page's path after the language, as routes and page threads name it: `documents/mission-3/`. */
  route: string;
  /** Languages the page exists in (the default always). */
  langs: string[];
  /** When the page was written: posts are dated, threads start after it. */
  written: number;
  frontmatter: (lang: string) => Record<string, unknown>;
  body: (lang: string) => string;
}

/** YAML frontmatter from plain values: strings JSON-quoted (valid YAML), dates and numbers bare. */
export function frontmatterText(data: Record<string, unknown>): string {
  const value = (v: unknown): string => {
    if (Array.isArray(v)) return `[${v.map(value).join(', ')}]`;
    if (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v)) return v;
    return typeof v === 'string' ? JSON.stringify(v) : String(v);
  };
  return `---\n${Object.entries(data).filter(([, v]) => v !== undefined).map(([k, v]) => `${k}: ${value(v)}`).join('\n')}\n---\n`;
}

/** How the default-language pages split between kinds: a few documents, a handbook, mostly posts. */
export function kindCounts(docs: number): Record<Kind, number> {
  const documents = Math.max(1, Math.round(docs * 0.05));
  const handbook = Math.max(2, Math.round(docs * 0.25));
  return { documents, handbook, blog: Math.max(1, docs - documents - handbook) };
}

export function syntheticPages(shape: OrgShape, chapters: readonly SyntheticChapter[], roster: readonly SyntheticMember[]): SyntheticPage[] {
  const rnd = new Random(shape.seed + 3);
  const now = Date.parse(shape.now);
  const languages = syntheticLanguages(shape.languages);
  const counts = kindCounts(shape.docs);
  const pages: SyntheticPage[] = [];
  const seeds = (n: number) => rnd.int(1, 2 ** 30) + n;

  // Text is drawn from a per-page seed, so a translation's body is as long as its source.
  const make = (kind: Kind, rel: string, route: string, written: number, fm: (lang: string, r: Random) => Record<string, unknown>) => {
    const seed = seeds(pages.length);
    const langs = languages.filter((l, i) => i === 0 || rnd.next() < l.coverage).map((l) => l.code);
    pages.push({
      kind, rel, route, langs, written,
      frontmatter: (lang) => fm(lang, new Random(seed)),
      body: (lang) => pageBody(new Random(seed + 7), lang),
    });
  };

  for (let i = 0; i < counts.documents; i++) {
    const slug = `document-${i + 1}`;
    const adopted = FOUNDED + rnd.int(0, Math.floor((now - FOUNDED) / DAY)) * DAY;
    const draft = rnd.next() < 0.1;
    make('documents', `${slug}.mdx`, `documents/${slug}/`, adopted, (lang, r) => ({
      title: title(r, lang), summary: words(r, lang, 10), order: i + 1,
      status: draft ? 'draft' : 'adopted', adopted: draft ? undefined : isoDay(adopted),
    }));
  }

  // The handbook: a front page, then parts of about 25 pages, each a folder with its own index.
  const parts = Math.max(1, Math.round((counts.handbook - 1) / 25));
  make('handbook', 'index.mdx', 'handbook/', FOUNDED, (lang, r) => ({ title: title(r, lang), order: 0 }));
  for (let p = 0; p < parts; p++) {
    const part = `part-${p + 1}`;
    make('handbook', `${part}/index.mdx`, `handbook/${part}/`, FOUNDED, (lang, r) => ({ title: title(r, lang), summary: words(r, lang, 8), order: p + 1 }));
  }
  for (let i = 0; i < counts.handbook - 1 - parts; i++) {
    const part = `part-${(i % parts) + 1}`;
    const slug = `page-${i + 1}`;
    make('handbook', `${part}/${slug}.mdx`, `handbook/${part}/${slug}/`, FOUNDED, (lang, r) => ({ title: title(r, lang), summary: words(r, lang, 8), order: i + 1 }));
  }

  const countries = [...new Set(chapters.map((c) => c.country))];
  const tags = Array.from({ length: 30 }, (_, i) => `topic-${i + 1}`);
  for (let i = 0; i < counts.blog; i++) {
    const date = FOUNDED + Math.floor(((now - FOUNDED) * (i + rnd.next())) / counts.blog / DAY) * DAY;
    const author = pickActive(rnd, roster, date).github;
    const coauthor = rnd.next() < 0.2 ? pickActive(rnd, roster, date).github : undefined;
    const roll = rnd.next();
    const scope = roll < 0.4 ? 'international' : roll < 0.6 ? rnd.pick(countries) : rnd.pick(chapters).id;
    const postTags = [...new Set([rnd.pick(tags), rnd.pick(tags)])];
    const slug = `post-${i + 1}`;
    make('blog', `${slug}.mdx`, `blog/${slug}/`, date, (lang, r) => ({
      title: title(r, lang), date: isoDay(date), authors: coauthor && coauthor !== author ? [author, coauthor] : [author],
      tags: postTags, summary: words(r, lang, 12), scope,
    }));
  }
  return pages;
}

/** Files of the pages: `content/<lang>/<kind>/<rel>` → MDX text. */
export function pageFiles(pages: readonly SyntheticPage[]): Map<string, string> {
  const files = new Map<string, string>();
  for (const page of pages) {
    for (const lang of page.langs) files.set(`content/${lang}/${page.kind}/${page.rel}`, `${frontmatterText(page.frontmatter(lang))}\n${page.body(lang)}`);
  }
  return files;
}

/**
 * The second commit: a few default-language pages gain a paragraph after they were translated, so the
 * translations of those pages are outdated, as in a living organization.
 */
export function laterEdits(shape: OrgShape, pages: readonly SyntheticPage[], files: ReadonlyMap<string, string>, share = 0.05): Map<string, string> {
  const rnd = new Random(shape.seed + 4);
  const edits = new Map<string, string>();
  const lang = syntheticLanguages(1)[0]!.code;
  const edit = (page: SyntheticPage) => {
    const file = `content/${lang}/${page.kind}/${page.rel}`;
    edits.set(file, `${files.get(file)!}\n${paragraph(rnd, lang)}\n`);
  };
  for (const page of pages) if (rnd.next() < share) edit(page);
  // However small the organization, one translation is out of date: the reports have something to show.
  if (edits.size === 0 && pages.length > 0) edit(pages[0]!);
  return edits;
}
