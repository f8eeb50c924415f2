import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { builtSite, htmlFiles } from '../support/built-site.ts';

/** Every internal link and asset reference in the built site resolves to a file (and to its anchor). */
let dist: string;
beforeAll(async () => {
  dist = await builtSite();
});

const decode = (s: string) => s.replace(/&amp;/g, '&').replace(/&#x27;|&#39;/g, "'").replace(/&quot;/g, '"');

function targetFile(dist: string, urlPath: string): string | null {
  const clean = decodeURIComponent(urlPath.split('?')[0]!);
  const candidates = clean.endsWith('/') ? [path.join(dist, clean, 'index.html')] : [path.join(dist, clean), path.join(dist, clean, 'index.html')];
  return candidates.find((c) => fs.existsSync(c) && fs.statSync(c).isFile()) ?? null;
}

describe('internal links in dist/', () => {
  it('all resolve, anchors included', () => {
    const broken: string[] = [];
    const ids = new Map<string, Set<string>>();
    const idsOf = (file: string) => {
      let set = ids.get(file);
      if (!set) {
        set = new Set([...fs.readFileSync(file, 'utf8').matchAll(/\sid="([^"]+)"/g)].map((m) => decode(m[1]!)));
        ids.set(file, set);
      }
      return set;
    };
    const pages = htmlFiles(dist);
    expect(pages.length).toBeGreaterThan(50);
    for (const page of pages) {
      const file = path.join(dist, page);
      const html = fs.readFileSync(file, 'utf8');
      const pageUrl = new URL(`/${page}`, 'http://site.invalid');
      for (const m of html.matchAll(/\s(?:href|src)="([^"]*)"/g)) {
        const raw = decode(m[1]!);
        if (/^(mailto:|tel:|data:)/.test(raw)) continue;
        const url = new URL(raw, pageUrl);
        if (url.host !== 'site.invalid') continue;
        const target = raw.startsWith('#') ? file : targetFile(dist, url.pathname);
        if (!target) {
          broken.push(`${page}: ${raw}`);
          continue;
        }
        if (url.hash && target.endsWith('.html') && !idsOf(target).has(decodeURIComponent(url.hash.slice(1)))) {
          broken.push(`${page}: ${raw} (no element with that id)`);
        }
      }
    }
    expect(broken).toEqual([]);
  });
});
