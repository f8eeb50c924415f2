/**
 * Which pages site search indexes. Pages that hold their own text are searchable; lists that repeat other
 * pages' titles and summaries (the home page, section indexes, tags, scopes, pagination, dashboards,
 * version histories) are not, so a phrase finds the page it is written on rather than every list that
 * quotes it. Paths are those after the language prefix, as Base.astro receives them: "blog/some-post/".
 */
const SEARCHABLE: RegExp[] = [
  /^documents\/[^/]+\/$/,
  /^handbook\/([^/]+\/)*$/,
  /^blog\/(?!(tags|scope|page)\/)[^/]+\/$/,
  /^chapters\/[^/]+\/$/,
  /^polls\/[^/]+\/$/,
  /^proposals\/[^/]+\/$/,
  /^glossary\/$/,
];

export function isSearchable(path: string): boolean {
  const clean = `${path.replace(/^\/+|\/+$/g, '')}/`;
  return SEARCHABLE.some((rule) => rule.test(clean));
}
