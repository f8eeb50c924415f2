import { describe, expect, it } from 'vitest';
import { sitemapFiles } from './sitemap.ts';

const site = { root: 'https://example.org/base/', languages: ['en', 'es', 'ja'] };
const urlsOf = (xml: string) => [...xml.matchAll(/<url><loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
const alternatesOf = (xml: string, url: string) => {
  const entry = new RegExp(`<url><loc>${url.replace(/[.?]/g, '\\$&')}</loc>(.*?)</url>`).exec(xml)?.[1] ?? '';
  return [...entry.matchAll(/hreflang="([^"]+)" href="([^"]+)"/g)].map((m) => [m[1], m[2]]);
};

describe('sitemapFiles', () => {
  it('lists every page once, in numeric order, each with the same page in the other languages', () => {
    const [index, first] = sitemapFiles([
      'https://example.org/base/es/blog/post-10/',
      'https://example.org/base/en/blog/post-9/',
      'https://example.org/base/en/blog/post-10/',
      'https://example.org/base/es/blog/post-10/',
    ], site);
    expect(index!.name).toBe('sitemap-index.xml');
    expect(index!.xml).toContain('<loc>https://example.org/base/sitemap-0.xml</loc>');
    expect(urlsOf(first!.xml)).toEqual(['https://example.org/base/en/blog/post-9/', 'https://example.org/base/en/blog/post-10/', 'https://example.org/base/es/blog/post-10/']);
    expect(alternatesOf(first!.xml, 'https://example.org/base/es/blog/post-10/')).toEqual([['en', 'https://example.org/base/en/blog/post-10/'], ['es', 'https://example.org/base/es/blog/post-10/']]);
    // Untranslated elsewhere: only itself.
    expect(alternatesOf(first!.xml, 'https://example.org/base/en/blog/post-9/')).toEqual([['en', 'https://example.org/base/en/blog/post-9/']]);
  });

  it('makes the language-choosing root the x-default of the home pages, not a second default-language page', () => {
    const [, first] = sitemapFiles(['https://example.org/base/', 'https://example.org/base/en/', 'https://example.org/base/ja/'], site);
    expect(alternatesOf(first!.xml, 'https://example.org/base/en/')).toEqual([['en', 'https://example.org/base/en/'], ['ja', 'https://example.org/base/ja/'], ['x-default', 'https://example.org/base/']]);
    expect(alternatesOf(first!.xml, 'https://example.org/base/')).toEqual([]);
  });

  it('splits a long list over several files named in the index', () => {
    const urls = Array.from({ length: 5 }, (_, i) => `https://example.org/base/en/p${i}/`);
    const files = sitemapFiles(urls, site, 2);
    expect(files.map((f) => f.name)).toEqual(['sitemap-index.xml', 'sitemap-0.xml', 'sitemap-1.xml', 'sitemap-2.xml']);
    expect(files.slice(1).flatMap((f) => urlsOf(f.xml))).toEqual(urls);
    expect(files[0]!.xml.match(/<sitemap>/g)).toHaveLength(3);
  });

  it('escapes what XML needs escaped', () => {
    const [, first] = sitemapFiles(["https://example.org/base/en/a&b'/"], site);
    expect(first!.xml).toContain('<loc>https://example.org/base/en/a&amp;b&apos;/</loc>');
  });
});
