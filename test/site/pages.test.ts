import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readChapters, readPages, readSite } from '../../src/lib/content/load.ts';
import { builtSite } from '../support/built-site.ts';

/**
 * dist/ holds every kind of page in every language. Expectations come from the content files, so a page
 * that stops being generated (or a language that loses its routes) fails here.
 */
let dist: string;
beforeAll(async () => {
  dist = await builtSite();
});

const site = readSite();
const { pages } = readPages(site);
const { chapters } = readChapters();
const originals = (kind: string) => pages.filter((p) => p.kind === kind && p.lang === site.defaultLanguage);
const exists = (p: string) => fs.existsSync(path.join(dist, p));
const html = (p: string) => fs.readFileSync(path.join(dist, p), 'utf8');

describe.each(site.languages.map((l) => [l.code, l.dir] as const))('language %s', (lang, dir) => {
  it('has the section pages', () => {
    const sections = ['', 'documents/', 'handbook/', 'blog/', 'blog/tags/', 'chapters/'];
    expect(sections.filter((s) => !exists(`${lang}/${s}index.html`))).toEqual([]);
  });

  it('has every document, handbook page and post, translated or flagged as the original', () => {
    const missing: string[] = [];
    for (const kind of ['documents', 'handbook', 'blog'] as const) {
      for (const page of originals(kind)) {
        const route = `${lang}/${kind}/${page.slug ? `${page.slug}/` : ''}index.html`;
        if (!exists(route)) missing.push(route);
      }
    }
    expect(missing).toEqual([]);
  });

  it('marks pages with the language and direction', () => {
    for (const route of [`${lang}/index.html`, `${lang}/documents/index.html`, `${lang}/handbook/index.html`]) {
      expect(html(route)).toContain(`<html lang="${lang}" dir="${dir}"`);
    }
  });

  it('has a page and a feed per chapter, a page per scope and per tag', () => {
    const missing: string[] = [];
    const countries = new Set([...chapters.values()].map((c) => c.country));
    for (const id of chapters.keys()) for (const p of [`chapters/${id}/index.html`, `chapters/${id}/rss.xml`, `blog/scope/${id}/index.html`]) if (!exists(`${lang}/${p}`)) missing.push(`${lang}/${p}`);
    for (const c of countries) if (!exists(`${lang}/blog/scope/${c}/index.html`)) missing.push(`${lang}/blog/scope/${c}`);
    const tags = new Set(originals('blog').flatMap((p) => (p.data as { tags: string[] }).tags));
    for (const tag of tags) if (!exists(`${lang}/blog/tags/${tag}/index.html`)) missing.push(`${lang}/blog/tags/${tag}`);
    if (!exists(`${lang}/rss.xml`)) missing.push(`${lang}/rss.xml`);
    expect(missing).toEqual([]);
  });

  it('ships no JavaScript on content pages', () => {
    const docs = originals('documents').map((p) => `${lang}/documents/${p.slug}/index.html`);
    const posts = originals('blog').map((p) => `${lang}/blog/${p.slug}/index.html`);
    const withScripts = [...docs, ...posts, `${lang}/handbook/index.html`].filter((p) => /<script\b/i.test(html(p)));
    expect(withScripts).toEqual([]);
  });
});

describe('site-wide files', () => {
  it('has the 404 page, the language choice at the root and a sitemap with hreflang alternates', () => {
    expect(exists('404.html')).toBe(true);
    // Without JavaScript the root is a page of choices (the script that picks one is tested in the browser).
    const root = html('index.html');
    for (const l of site.languages) {
      expect(root).toMatch(new RegExp(`<a href="/${l.code}/" hreflang="${l.code}"`));
      expect(root).toContain(`<link rel="alternate" hreflang="${l.code}"`);
    }
    expect(root).not.toMatch(/http-equiv="refresh"/);
    const sitemap = fs.readdirSync(dist).filter((f) => /^sitemap-\d+\.xml$/.test(f)).map((f) => html(f)).join('');
    for (const l of site.languages) expect(sitemap).toContain(`hreflang="${l.code}"`);
  });

  it('lists every page in the sitemap, once, and nothing that is not a page', () => {
    const pagesOnDisk: string[] = [];
    const walk = (dir: string) => {
      for (const e of fs.readdirSync(path.join(dist, dir), { withFileTypes: true })) {
        const rel = path.posix.join(dir, e.name);
        if (e.isDirectory()) walk(rel);
        else if (e.name === 'index.html') pagesOnDisk.push(dir === '' ? '' : `${dir}/`);
      }
    };
    walk('');
    const index = html('sitemap-index.xml');
    const files = [...index.matchAll(/<loc>[^<]*\/(sitemap-\d+\.xml)<\/loc>/g)].map((m) => m[1]!);
    expect(files.length).toBeGreaterThan(0);
    const listed = files.flatMap((f) => [...html(f).matchAll(/<url><loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname.slice(1)));
    expect(listed.length).toBe(new Set(listed).size);
    // 404.html is not a folder's index, so it is not a page of the sitemap either.
    expect([...listed].sort()).toEqual([...pagesOnDisk].sort());
  });

  it("gives each language's home the root, which picks a language, as x-default", () => {
    const sitemap = fs.readdirSync(dist).filter((f) => /^sitemap-\d+\.xml$/.test(f)).map((f) => html(f)).join('');
    const home = new RegExp(`<url><loc>[^<]*/${site.defaultLanguage}/</loc>(.*?)</url>`).exec(sitemap)?.[1] ?? '';
    const hreflangs = [...home.matchAll(/hreflang="([^"]+)"/g)].map((m) => m[1]);
    expect(hreflangs).toEqual([...site.languages.map((l) => l.code).sort(new Intl.Collator('en', { numeric: true }).compare), 'x-default']);
  });

  const other = site.languages.find((l) => l.code !== site.defaultLanguage);
  const translated = new Set(pages.filter((p) => p.lang === other?.code).map((p) => `${p.kind}/${p.slug}`));
  const untranslated = originals('documents').find((p) => !translated.has(`documents/${p.slug}`));
  it.skipIf(!other || !untranslated)('flags untranslated pages in the reader language', () => {
    expect(other).toBeDefined();
    const page = html(`${other!.code}/documents/${untranslated!.slug}/index.html`);
    // The main text is marked with the original's language so screen readers pronounce it right.
    expect(page).toContain(`lang="${site.defaultLanguage}"`);
    expect(page).toMatch(/class="notice/);
  });
});
