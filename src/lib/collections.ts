import { getCollection, type CollectionEntry } from 'astro:content';
import { defaultLanguage, languages, useOrganizationStrings } from '../i18n/index.ts';
import type { UiStrings } from '../i18n/ui-strings.ts';
import type { ChapterData, Glossary, Member, TagLabels } from '../schemas/index.ts';
import { useOrganizationData } from './site-data.ts';
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

let loadedDigest = '';

/**
 * Read the data collections (one entry each, see lib/content/data-loader.ts) and, when any changed since the
 * last request, hand them to the i18n and site-data modules. The entries' digests make "unchanged" cheap to see.
 */
export async function loadOrganizationData(): Promise<void> {
  const entries = await Promise.all((['ui', 'glossary', 'chapters', 'members', 'tags'] as const).map(async (c) => (await getCollection(c))[0]));
  const digest = entries.map((e) => e?.digest ?? '').join('|');
  if (digest === loadedDigest) return;
  loadedDigest = digest;
  const [ui, glossaries, chapterData, roster, tags] = entries.map((e) => e?.data.value);
  useOrganizationStrings(new Map(Object.entries((ui ?? {}) as Record<string, UiStrings>)));
  useOrganizationData({
    chapters: new Map(Object.entries((chapterData ?? {}) as Record<string, ChapterData>).sort(([a], [b]) => a.localeCompare(b))),
    roster: (roster ?? []) as Member[],
    glossaries: new Map(Object.entries((glossaries ?? {}) as Record<string, Glossary>)),
    tags: (tags ?? {}) as TagLabels,
  });
}
