import { readSite } from '../lib/content/load.ts';
import { localizedIn, type Language, type LocalizedText } from '../schemas/index.ts';
import { describeLanguageAmong, rememberDescriptions } from './describe-language.ts';
import { mark } from './marks.ts';
import { renderMarksInBytes, stripMarksInBytes } from './marks-in-bytes.ts';
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
  said.marked.clear();
  said.plain.clear();
  organization = (lang) => byLanguage.get(lang) ?? {};
}

function strings(lang: string): UiStrings {
  let s = stringCache.get(lang);
  if (!s) stringCache.set(lang, (s = effectiveStrings(lang, organization(lang))));
  return s;
}

// While the site renders, text that falls back to another language is marked (./marks.ts) so the page can
// say so; scripts (the terminal, GitHub comments) get plain text.
let marking = false;

/** Called by the site's middleware: from now on fallback text carries its language. */
export function markFallbacks(on = true): void {
  marking = on;
}

/** `text` is in `textLang`: marked as such when that is not the page's language and the site is rendering. */
export function inLanguage(text: string, textLang: string, pageLang: string): string {
  return marking && textLang !== pageLang ? mark(text, textLang) : text;
}

// A string without values is the same every time it is asked for in a language, and every page of a build asks
// for the same ones again. Kept per language and key, and per marking, which changes what comes back.
const said = { marked: new Map<string, Map<string, string>>(), plain: new Map<string, Map<string, string>>() };

/** An interface string in the reader's language, else in the default language, else English, else the key itself. */
export function t(lang: string, key: string, vars?: Record<string, string | number>): string {
  if (vars !== undefined) return lookUp(lang, key, vars);
  // Maps in maps rather than one map under a key made of both: joining them costs a new string every call.
  const byLanguage = marking ? said.marked : said.plain;
  let inThisLanguage = byLanguage.get(lang);
  if (!inThisLanguage) byLanguage.set(lang, (inThisLanguage = new Map()));
  let text = inThisLanguage.get(key);
  if (text === undefined) inThisLanguage.set(key, (text = lookUp(lang, key)));
  return text;
}

function lookUp(lang: string, key: string, vars?: Record<string, string | number>): string {
  const found = lookupString(strings, lang, key, defaultLanguage, vars);
  return inLanguage(found.text, found.lang, lang);
}

/** The same string, with the language it is really in (plain text: for callers that mark it themselves). */
export function tIn(lang: string, key: string, vars?: Record<string, string | number>): { text: string; lang: string } {
  return lookupString(strings, lang, key, defaultLanguage, vars);
}

/**
 * Text an organization writes once or per language (`name: {en: …, ja: …}`), in the reader's language, else
 * the default language's, else the first there is, with the language it is really in.
 */
export function textIn(text: LocalizedText, lang: string): { text: string; lang: string } {
  return localizedIn(text, lang, defaultLanguage);
}

/** Data text for a page in `lang`: `textIn`, marked when it falls back to another language. */
export function say(text: LocalizedText, lang: string): string {
  const found = textIn(text, lang);
  return inLanguage(found.text, found.lang, lang);
}

/** How a page in `pageLang` presents text in another language: its direction, and its name in the reader's words. */
export const describeLanguage = rememberDescriptions((code, pageLang) => describeLanguageAmong(languages, code, pageLang));

/**
 * Attributes for a block of text in another language than the page's (an amendment to the original, a
 * table of contents of an untranslated page): its `lang` and `dir`, and a badge naming the language. None
 * when the block is in the page's language.
 */
export function otherLanguageBlock(textLang: string | undefined, pageLang: string): Record<string, string> {
  if (!textLang || textLang === pageLang) return {};
  const described = describeLanguage(textLang, pageLang);
  return { lang: textLang, dir: described?.dir ?? 'ltr', 'data-language-name': described?.name ?? textLang };
}

/**
 * A finished page's bytes with its fallback marks made into `lang`/`dir` spans (see ./marks.ts) when it is
 * HTML, or removed when it is anything else (a feed, JSON).
 */
export function resolveFallbacks(page: Buffer<ArrayBuffer>, html: boolean): Buffer<ArrayBuffer> {
  return html ? renderMarksInBytes(page, describeLanguage) : stripMarksInBytes(page);
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

export { dateFormat, numberFormat } from './formats.ts';

/** `getStaticPaths` for pages that exist once per language. */
export function languagePaths() {
  return languages.map((l) => ({ params: { lang: l.code } }));
}
