import { addAttribute, escapeHTML } from 'astro/runtime/server/index.js';
import { describe, expect, it } from 'vitest';
import { languages, site } from '../i18n/index.ts';
import { alternateLinksHtml, languageSwitcherItemsHtml } from './language-links.ts';

// What the elements these strings replace would have written, built with Astro's own attribute and text escaping.
const element = (tag: string, attributes: [string, string | undefined][], inner?: string) =>
  `<${tag}${attributes.map(([name, value]) => String(addAttribute(value, name))).join('')}>${inner === undefined ? '' : `${inner}</${tag}>`}`;
const url = (code: string, path: string) => new URL(`${code}/${path}`, `${site.url.replace(/\/?$/, '/')}`).toString();
const PATHS = ['', 'blog/field-day/', 'handbook/getting-started/first-meeting/', 'blog/tags/a"b&c/'];

describe('links from a page to itself in every language', () => {
  it.each(PATHS)('are the alternates Base.astro wrote for %j', (path) => {
    const expected = languages.map((l) => element('link', [['rel', 'alternate'], ['hreflang', l.code], ['href', url(l.code, path)]])).join('');
    expect(alternateLinksHtml(path)).toBe(expected);
    // Asked again, from another language's page: the same.
    expect(alternateLinksHtml(path)).toBe(expected);
  });

  it.each(PATHS)('are the switcher items LanguageSwitcher.astro wrote for %j, each language current on its own page', (path) => {
    for (const lang of languages.map((l) => l.code)) {
      const expected = languages.map((l) => `<li>${element('a', [['href', `/${l.code}/${path}`], ['lang', l.code], ['hreflang', l.code], ['aria-current', l.code === lang ? 'true' : undefined]], escapeHTML(l.name))}</li>`).join('');
      expect(languageSwitcherItemsHtml(lang, path)).toBe(expected);
    }
  });
});
