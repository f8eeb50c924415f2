import { readSite } from '../lib/content/load.ts';
import type { Language } from '../schemas/index.ts';
import { effectiveStrings, lookupString, readUiStrings, type UiStrings } from './ui-strings.ts';

/**
 * Languages, routes and interface strings: everything language-related is decided here.
 * Every page lives under its language prefix (/en/…, /es/…); adding a language is one entry in
 * content/site.yml plus a content/<lang>/ folder.
 */
export const site = readSite();
export const languages: Language[] = site.languages;
export const defaultLanguage: string = site.defaultLanguage;

export function languageOf(code: string): Language {
  const found = languages.find((l) => l.code === code);
  if (!found) throw new Error(`Unknown language "${code}": add it to content/site.yml under languages.`);
  return found;
}

// The organization's strings (content/<lang>/ui.yml): read from disk on first use, or handed over by the
// site's middleware from the `ui` content collection, so `npm run dev` shows an edit on the next page load.
let organization: (lang: string) => UiStrings = (lang) => readUiStrings(lang);
const stringCache = new Map<string, UiStrings>();

/** Called with the `ui` collection's entries on each request; a new object means the files changed. */
export function useOrganizationStrings(byLanguage: ReadonlyMap<string, UiStrings>): void {
  stringCache.clear();
  organization = (lang) => byLanguage.get(lang) ?? {};
}

function strings(lang: string): UiStrings {
  let s = stringCache.get(lang);
  if (!s) stringCache.set(lang, (s = effectiveStrings(lang, organization(lang))));
  return s;
}

/** An interface string in the reader's language, else in the default language, else English, else the key itself. */
export function t(lang: string, key: string, vars?: Record<string, string | number>): string {
  return lookupString(strings, lang, key, defaultLanguage, vars).text;
}

/** The same string, with the language it is really in: a fallback can be marked with `lang`. */
export function tIn(lang: string, key: string, vars?: Record<string, string | number>): { text: string; lang: string } {
  return lookupString(strings, lang, key, defaultLanguage, vars);
}

/** Was this string really translated, or did it fall back? Used to mark fallback text with its language. */
export function hasString(lang: string, key: string): boolean {
  return key in strings(lang);
}

const base = (import.meta.env?.BASE_URL ?? '/').replace(/\/?$/, '/');

/** A link to a page in a language: href('es', 'blog/tags/field-days') → `/base/es/blog/tags/field-days/`. */
export function href(lang: string, path = ''): string {
  return rootHref(`${lang}/${path}`);
}

/** A link to an unprefixed path (feeds, api, assets), honouring the deploy base path. */
export function rootHref(path = ''): string {
  const clean = path.replace(/^\/+/, '');
  const withSlash = clean === '' || /\.[a-z0-9]+$/i.test(clean) || clean.endsWith('/') ? clean : `${clean}/`;
  return `${base}${withSlash}`;
}

/** The absolute URL of a path, for feeds, sitemaps and OpenGraph. */
export function absoluteUrl(pathFromRoot: string): string {
  return new URL(pathFromRoot, site.url.replace(/\/?$/, '/')).toString();
}

/** Strip the base path: what is left is the path giscus-style mappings and the language switcher use. */
export function withoutBase(pathname: string): string {
  return pathname.startsWith(base) ? pathname.slice(base.length) : pathname.replace(/^\//, '');
}

export { dateFormat } from './dates.ts';

/** `getStaticPaths` for pages that exist once per language. */
export function languagePaths() {
  return languages.map((l) => ({ params: { lang: l.code } }));
}
