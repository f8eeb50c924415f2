import { getCollection, type CollectionEntry } from 'astro:content';
import { defaultLanguage, languages } from '../i18n/index.ts';
import { withFallbacks, type Localized } from '../i18n/fallback.ts';
import { pageSlug, type PageKind } from './content/paths-slug.ts';

/** Astro-side access to the MDX pages, per language with fallbacks. Only pages and components import this. */
export type PageCollection = 'documents' | 'handbook' | 'blog';
export type Entry<K extends PageCollection> = CollectionEntry<K>;

export function entryKey(entry: { id: string }): { lang: string; kind: PageKind; slug: string } {
  const [lang = '', kind = '', ...rest] = entry.id.split('/');
  return { lang, kind: kind as PageKind, slug: pageSlug(kind as PageKind, `${rest.join('/')}.mdx`) };
}

const cache = new Map<string, unknown>();

/** Every page of a kind in every language, translations preferred, originals standing in (flagged) where missing. */
export async function localized<K extends PageCollection>(kind: K): Promise<Localized<Entry<K>>[]> {
  const hit = cache.get(kind);
  if (hit) return hit as Localized<Entry<K>>[];
  const codes = languages.map((l) => l.code);
  const all = (await getCollection(kind)) as Entry<K>[];
  // Drafts are visible while writing (`npm run dev`) and left out of the published site.
  const entries = all.filter((e) => codes.includes(entryKey(e).lang) && !(import.meta.env.PROD && kind === 'blog' && (e.data as { draft?: boolean }).draft));
  const result = withFallbacks(entries, entryKey, codes, defaultLanguage);
  cache.set(kind, result);
  return result;
}

export async function localizedIn<K extends PageCollection>(kind: K, lang: string): Promise<Localized<Entry<K>>[]> {
  return (await localized(kind)).filter((p) => p.lang === lang);
}
