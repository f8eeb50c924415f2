/**
 * Interface strings are flat keys without plural logic, so counts pick a key per CLDR plural category:
 * `comments.count.one`, `comments.count.other`. Languages whose file lacks a category (Japanese has only
 * `other`; a new language may lack `few`) fall back to `.other`.
 */
export function pluralKey(lang: string, base: string, count: number, has: (key: string) => boolean): string {
  const key = `${base}.${new Intl.PluralRules(lang).select(count)}`;
  return has(key) ? key : `${base}.other`;
}
