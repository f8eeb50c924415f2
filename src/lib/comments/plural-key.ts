/**
 * Interface strings are flat keys without plural logic, so counts pick a key per CLDR plural category:
 * `comments.count.one`, `comments.count.other`. Languages whose file lacks a category (Japanese has only
 * `other`; a new language may lack `few`) fall back to `.other`.
 */
// Building a PluralRules costs far more than asking one: a build asks tens of thousands of times in a few languages.
const rules = new Map<string, Intl.PluralRules>();

export function pluralKey(lang: string, base: string, count: number, has: (key: string) => boolean): string {
  let r = rules.get(lang);
  if (!r) rules.set(lang, (r = new Intl.PluralRules(lang)));
  const key = `${base}.${r.select(count)}`;
  return has(key) ? key : `${base}.other`;
}
