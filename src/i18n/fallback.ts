/**
 * Astro's i18n fallback covers file-based pages only; pages from content collections get theirs here.
 * For every language, every page of the default language exists: the translation when there is one,
 * else the original, flagged so the page can say it is not translated yet.
 */
export interface Localized<E> {
  lang: string;
  slug: string;
  entry: E;
  /** The default-language page this one translates (itself, on default-language routes). */
  source: E | undefined;
  /** true when `entry` is the original shown because no translation exists. */
  fallback: boolean;
}

export function withFallbacks<E>(
  entries: readonly E[],
  keyOf: (e: E) => { lang: string; slug: string },
  langs: readonly string[],
  defaultLang: string,
): Localized<E>[] {
  const byLang = new Map<string, Map<string, E>>();
  for (const e of entries) {
    const { lang, slug } = keyOf(e);
    if (!byLang.has(lang)) byLang.set(lang, new Map());
    byLang.get(lang)!.set(slug, e);
  }
  const originals = byLang.get(defaultLang) ?? new Map<string, E>();
  const out: Localized<E>[] = [];
  for (const lang of langs) {
    const own = byLang.get(lang) ?? new Map<string, E>();
    const slugs = new Set([...originals.keys(), ...own.keys()]);
    for (const slug of [...slugs].sort()) {
      const translated = own.get(slug);
      const source = originals.get(slug);
      const entry = translated ?? source;
      if (!entry) continue;
      out.push({ lang, slug, entry, source, fallback: !translated });
    }
  }
  return out;
}
