import type { PageKind } from '../content/paths.ts';

/**
 * The unit the build cache keeps: one MDX page (a kind and a slug) in every language the site has, with its
 * translations, fallback copies and comment pages, or one poll in every language. Everything in a group is
 * rendered or reused together, because a page's languages share their inputs: the original stands in where a
 * translation is missing, and a translation's notice compares it with the original.
 */
export interface PageGroup {
  /** `blog/post-1`, `handbook/` (the handbook's front page), `polls/dues-2027`. */
  id: string;
  kind: GroupKind;
  slug: string;
  /** The content collection entries it renders (`es/blog/post-1`): their MDX is compiled only when rendered. */
  entryIds: string[];
  /** Repository-relative source files, every language. */
  files: string[];
}

/**
 * MDX pages by kind, polls, a document's history (its versions' pages), `poll-scopes` (one scope's list of polls,
 * `/polls/scope/<scope>/`, each its own group so that votes leave the lists of other scopes alone), and `lists`:
 * pages drawn from many sources at once whose inputs can still be named
 * (`lists/blog`, the blog's index, pages, tags and scopes, from the posts' frontmatter; `lists/chapters`;
 * `lists/polls`, the polls' index, from the poll views; `lists/decisions`, the decisions log).
 */
export type GroupKind = PageKind | 'polls' | 'poll-scopes' | 'history' | 'lists';

export interface SourcePage { kind: PageKind; lang: string; slug: string; file: string; entryId: string }

/** Pages grouped by kind and slug. Pages in languages the site does not list are never built, so never grouped. */
export function pageGroups(pages: readonly SourcePage[], languages: readonly string[]): PageGroup[] {
  const known = new Set(languages);
  const groups = new Map<string, PageGroup>();
  for (const page of pages) {
    if (!known.has(page.lang)) continue;
    const id = groupId(page.kind, page.slug);
    let group = groups.get(id);
    if (!group) groups.set(id, (group = { id, kind: page.kind, slug: page.slug, entryIds: [], files: [] }));
    group.entryIds.push(page.entryId);
    group.files.push(page.file);
  }
  for (const group of groups.values()) {
    group.entryIds.sort();
    group.files.sort();
  }
  return [...groups.values()].sort((a, b) => a.id.localeCompare(b.id));
}

export const groupId = (kind: GroupKind, slug: string): string => `${kind}/${slug}`;

/**
 * What a list group writes in each language's folder: its pages (folders with an index.html), the subfolders
 * whose every page is the group's, and files (`feeds`), also in each subfolder of `feedsIn`. The feeds of posts
 * (the language's and each chapter's) show the posts' frontmatter only, as the blog's lists do.
 */
const LIST_FOLDERS: Record<string, { pages: string[]; each: string[]; feeds?: string[]; feedsIn?: string[] }> = {
  blog: { pages: ['blog/', 'blog/tags/'], each: ['blog/page/', 'blog/tags/', 'blog/scope/'], feeds: ['rss.xml'], feedsIn: ['chapters/'] },
  chapters: { pages: ['chapters/'], each: ['chapters/'] },
  polls: { pages: ['polls/'], each: [] },
  decisions: { pages: ['decisions/'], each: ['decisions/scope/'] },
};

/**
 * The files a group wrote, found in the output folder: for an MDX page, the page in every language and the
 * numbered pages of its discussion; for a poll, its page in every language; for a list, the pages its routes
 * write. Pages under it that other routes write (a document's history, a handbook part's pages) belong to
 * those routes or groups. `subpages(dir)` names the subfolders of `dir` that hold an index.html.
 */
export function outputsOf(group: Pick<PageGroup, 'kind' | 'slug'>, languages: readonly string[], exists: (file: string) => boolean, subpages: (dir: string) => string[]): string[] {
  const out: string[] = [];
  const page = (file: string) => {
    if (exists(file)) out.push(file);
  };
  for (const lang of languages) {
    if (group.kind === 'lists') {
      const folders = LIST_FOLDERS[group.slug];
      if (!folders) throw new Error(`no list group named ${group.slug}`);
      for (const dir of folders.pages) page(`${lang}/${dir}index.html`);
      for (const dir of folders.each) for (const name of subpages(`${lang}/${dir}`)) page(`${lang}/${dir}${name}/index.html`);
      for (const feed of folders.feeds ?? []) {
        page(`${lang}/${feed}`);
        for (const dir of folders.feedsIn ?? []) for (const name of subpages(`${lang}/${dir}`)) page(`${lang}/${dir}${name}/${feed}`);
      }
      continue;
    }
    if (group.kind === 'poll-scopes') {
      page(`${lang}/polls/scope/${group.slug}/index.html`);
      continue;
    }
    if (group.kind === 'history') {
      const dir = `${lang}/documents/${group.slug}/history/`;
      page(`${dir}index.html`);
      for (const sha of subpages(dir)) page(`${dir}${sha}/index.html`);
      continue;
    }
    const dir = `${lang}/${group.kind}/${group.slug ? `${group.slug}/` : ''}`;
    page(`${dir}index.html`);
    if (group.kind !== 'polls') {
      const numbered = subpages(`${dir}comments/`).filter((n) => /^\d+$/.test(n)).sort((a, b) => Number(a) - Number(b));
      for (const n of numbered) page(`${dir}comments/${n}/index.html`);
    }
  }
  return [...new Set(out)];
}

/** A page body that reads a file beside it (an image, `./photo.jpg`) makes Astro emit an asset the cache does not keep. */
export function readsLocalFiles(body: string): boolean {
  return /!\[[^\]]*\]\(\s*<?(?![a-z][a-z0-9+.-]*:|\/|#)/i.test(body) || /\bsrc=["'{]\s*["'`]?(?![a-z][a-z0-9+.-]*:|\/|#)/i.test(body);
}
