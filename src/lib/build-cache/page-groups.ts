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
  kind: PageKind | 'polls';
  slug: string;
  /** The content collection entries it renders (`es/blog/post-1`): their MDX is compiled only when rendered. */
  entryIds: string[];
  /** Repository-relative source files, every language. */
  files: string[];
}

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

export const groupId = (kind: PageKind | 'polls', slug: string): string => `${kind}/${slug}`;

/**
 * Whether a written file belongs to a group: the page itself in any language, and for MDX pages the numbered
 * pages of its discussion. Pages under it that other routes write (a document's history, a handbook part's
 * pages) belong to those routes or groups.
 */
export function outputsOf(group: Pick<PageGroup, 'kind' | 'slug'>, languages: readonly string[], exists: (file: string) => boolean, commentPages: (dir: string) => string[]): string[] {
  const out: string[] = [];
  for (const lang of languages) {
    const dir = `${lang}/${group.kind}/${group.slug ? `${group.slug}/` : ''}`;
    if (exists(`${dir}index.html`)) out.push(`${dir}index.html`);
    if (group.kind !== 'polls') out.push(...commentPages(`${dir}comments/`).map((n) => `${dir}comments/${n}/index.html`));
  }
  return out;
}

/** A page body that reads a file beside it (an image, `./photo.jpg`) makes Astro emit an asset the cache does not keep. */
export function readsLocalFiles(body: string): boolean {
  return /!\[[^\]]*\]\(\s*<?(?![a-z][a-z0-9+.-]*:|\/|#)/i.test(body) || /\bsrc=["'{]\s*["'`]?(?![a-z][a-z0-9+.-]*:|\/|#)/i.test(body);
}
