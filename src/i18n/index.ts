import { readSite } from '../lib/content/load.ts';
import type { Language } from '../schemas/index.ts';
import { fill, readUiStrings, type UiStrings } from './ui-strings.ts';

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

const stringCache = new Map<string, UiStrings>();
function strings(lang: string): UiStrings {
  let s = stringCache.get(lang);
  if (!s) stringCache.set(lang, (s = readUiStrings(lang)));
  return s;
}

/** An interface string in the reader's language, else in the default language, else the key itself. */
export function t(lang: string, key: string, vars?: Record<string, string | number>): string {
  const template = strings(lang)[key] ?? strings(defaultLanguage)[key] ?? strings('en')[key] ?? key;
  return fill(template, vars);
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

// Creating an Intl.DateTimeFormat costs far more than using one (a comment thread formats a date per
// comment): one formatter per language and style, made on first use.
const dateFormatters = new Map<string, Intl.DateTimeFormat>();

export function dateFormat(lang: string, date: Date | string, style: 'long' | 'short' | 'datetime' = 'long'): string {
  const d = typeof date === 'string' ? new Date(date) : date;
  const key = `${lang}\0${style}`;
  let formatter = dateFormatters.get(key);
  if (!formatter) {
    const options: Intl.DateTimeFormatOptions =
      // A time without its zone means a different hour to every reader: say it (the site works in UTC).
      style === 'datetime'
        ? { year: 'numeric', month: 'long', day: 'numeric', hour: 'numeric', minute: '2-digit', timeZone: 'UTC', timeZoneName: 'short' }
        : { dateStyle: style === 'long' ? 'long' : 'medium', timeZone: 'UTC' };
    formatter = new Intl.DateTimeFormat(lang, options);
    dateFormatters.set(key, formatter);
  }
  return formatter.format(d);
}

/** `getStaticPaths` for pages that exist once per language. */
export function languagePaths() {
  return languages.map((l) => ({ params: { lang: l.code } }));
}
