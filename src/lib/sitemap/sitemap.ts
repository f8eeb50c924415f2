/**
 * The sitemap: every page's address, each with its other languages as `hreflang` alternates. The root address,
 * which picks a language for the reader, is every home page's `x-default`.
 *
 * Ours rather than @astrojs/sitemap's, for two reasons: that one sorted with a new collator per comparison and
 * matched languages by scanning every address for every page (seconds at 20,000 pages, on every build), and it
 * filed the root under the default language, giving the home pages two `en` alternates.
 */

/** The sitemap protocol allows 50,000 addresses a file; a margin keeps each file well under its 50 MB too. */
export const ADDRESSES_PER_FILE = 40_000;

export interface SitemapSite {
  /** The site's root with its base path and a trailing slash: `https://example.org/base/`. */
  root: string;
  languages: readonly string[];
}

export interface SitemapFile { name: string; xml: string }

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');

/** `sitemap-index.xml` and `sitemap-0.xml`, `sitemap-1.xml` …, from the absolute addresses of the pages. */
export function sitemapFiles(addresses: Iterable<string>, site: SitemapSite, perFile = ADDRESSES_PER_FILE): SitemapFile[] {
  const collator = new Intl.Collator('en', { numeric: true });
  const urls = [...new Set(addresses)].sort(collator.compare);
  const languages = new Set(site.languages);
  // The same page in each language has the same path after its language prefix.
  const samePage = new Map<string, { lang: string; url: string }[]>();
  const keyOf = new Map<string, string>();
  for (const url of urls) {
    if (!url.startsWith(site.root)) continue;
    const [lang, ...rest] = url.slice(site.root.length).split('/');
    if (!lang || !languages.has(lang)) continue;
    const key = rest.join('/');
    keyOf.set(url, key);
    const list = samePage.get(key) ?? [];
    list.push({ lang, url });
    samePage.set(key, list);
  }
  const hasRoot = urls.includes(site.root);
  const entry = (url: string) => {
    const key = keyOf.get(url);
    const alternates = key === undefined ? [] : samePage.get(key)!.map((a) => [a.lang, a.url]);
    if (key === '' && hasRoot) alternates.push(['x-default', site.root]);
    const links = alternates.map(([lang, href]) => `<xhtml:link rel="alternate" hreflang="${lang}" href="${escapeXml(href!)}"/>`).join('');
    return `<url><loc>${escapeXml(url)}</loc>${links}</url>`;
  };
  const files: SitemapFile[] = [];
  for (let i = 0; i * perFile < urls.length || i === 0; i++) {
    const body = urls.slice(i * perFile, (i + 1) * perFile).map(entry).join('');
    files.push({
      name: `sitemap-${i}.xml`,
      xml: `<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">${body}</urlset>`,
    });
  }
  const index = files.map((f) => `<sitemap><loc>${escapeXml(new URL(f.name, site.root).href)}</loc></sitemap>`).join('');
  return [{ name: 'sitemap-index.xml', xml: `<?xml version="1.0" encoding="UTF-8"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${index}</sitemapindex>` }, ...files];
}
