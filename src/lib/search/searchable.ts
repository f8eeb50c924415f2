/**
 * Which pages site search indexes, and as what kind of page. Pages that hold their own text are searchable;
 * lists that repeat other pages' titles and summaries (the home page, section indexes, tags, scopes,
 * pagination, dashboards, version histories, the numbered pages of a long discussion) are not, so a phrase
 * finds the page it is written on rather than every list that quotes it. Paths are those after the language
 * prefix, as Base.astro receives them: "blog/some-post/". The kind is what a search result says it is.
 */
export const SEARCH_KINDS = ['documents', 'handbook', 'blog', 'chapters', 'polls', 'proposals', 'glossary'] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

const RULES: [SearchKind, RegExp][] = [
  ['documents', /^documents\/[^/]+\/$/],
  ['handbook', /^handbook\/(?!(?:[^/]+\/)*comments\/\d+\/$)([^/]+\/)*$/],
  ['blog', /^blog\/(?!(tags|scope|page)\/)[^/]+\/$/],
  ['chapters', /^chapters\/[^/]+\/$/],
  ['polls', /^polls\/[^/]+\/$/],
  ['proposals', /^proposals\/[^/]+\/$/],
  ['glossary', /^glossary\/$/],
];

export function searchKind(path: string): SearchKind | null {
  const clean = `${path.replace(/^\/+|\/+$/g, '')}/`;
  return RULES.find(([, rule]) => rule.test(clean))?.[0] ?? null;
}

export function isSearchable(path: string): boolean {
  return searchKind(path) !== null;
}

/**
 * Whether a file of the built site (a path under dist/, `es/blog/some-post/index.html`) is a page search may
 * index: every page is written as `<language>/<path>index.html`.
 */
export function isSearchableFile(file: string): boolean {
  const parts = file.split(/[\\/]/);
  if (parts.length < 2 || parts.at(-1) !== 'index.html') return false;
  return isSearchable(`${parts.slice(1, -1).join('/')}/`);
}
