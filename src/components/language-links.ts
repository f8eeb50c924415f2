import { absoluteUrl, href, languages } from '../i18n/index.ts';
import { escapeAttribute as attr, escapeText as text } from '../lib/html/escape.ts';

/**
 * The links from a page to itself in every language: the `hreflang` alternates in its head and the language
 * switcher in its header. A page's versions in all the site's languages carry the same links (the switcher marks
 * another one as current), so they are written once per path, as HTML strings, rather than as some thirty
 * elements and sixty attributes for the renderer on each of the site's pages (19,500 at the benchmark's scale).
 * The markup is the one Base.astro and LanguageSwitcher.astro wrote as elements, byte for byte; the languages
 * and the site's address are fixed for a build and a dev server's life (content/site.yml restarts it).
 */

const alternates = new Map<string, string>();

/** `<link rel="alternate" hreflang>` to the page at `path` in every language. */
export function alternateLinksHtml(path: string): string {
  let html = alternates.get(path);
  if (html === undefined) {
    html = languages.map((l) => `<link rel="alternate" hreflang="${attr(l.code)}" href="${attr(absoluteUrl(href(l.code, path)))}">`).join('');
    alternates.set(path, html);
  }
  return html;
}

const switchers = new Map<string, { code: string; item: string; current: string }[]>();

/** The switcher's list items for the page at `path`, the reader's language marked current. */
export function languageSwitcherItemsHtml(lang: string, path: string): string {
  let items = switchers.get(path);
  if (items === undefined) {
    items = languages.map((l) => {
      const link = `<a href="${attr(href(l.code, path))}" lang="${attr(l.code)}" hreflang="${attr(l.code)}"`;
      return { code: l.code, item: `<li>${link}>${text(l.name)}</a></li>`, current: `<li>${link} aria-current="true">${text(l.name)}</a></li>` };
    });
    switchers.set(path, items);
  }
  let html = '';
  for (const i of items) html += i.code === lang ? i.current : i.item;
  return html;
}
