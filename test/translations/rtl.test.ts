import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../support/browser.ts';
import { createAstroRenderer, type AstroRenderer } from './astro-render.ts';

/**
 * Adding a right-to-left language is one entry in site.yml: the layout must then say dir="rtl", and the
 * styles must be written with logical properties so the whole page mirrors without a second stylesheet.
 */

let root: string;
let renderer: AstroRenderer;

beforeAll(async () => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'ch-rtl-'));
  fs.writeFileSync(path.join(root, 'site.yml'), `name: Tidewater Commons
tagline: Shores in common.
repository: example/commons
defaultLanguage: en
languages:
  - { code: en, name: English, dir: ltr }
  - { code: ar, name: العربية, dir: rtl }
discussions: { categories: [Comments], pageCategory: Comments }
`);
  fs.mkdirSync(path.join(root, 'en'));
  fs.mkdirSync(path.join(root, 'ar'));
  fs.writeFileSync(path.join(root, 'en', 'ui.yml'), 'site.skipLink: Skip to content\nnav.documents: Key documents\n');
  fs.writeFileSync(path.join(root, 'ar', 'ui.yml'), 'site.skipLink: انتقل إلى المحتوى\nnav.documents: الوثائق الأساسية\n');
  process.env.CHAPTERHOUSE_CONTENT = root;
  renderer = await createAstroRenderer();
});
afterAll(async () => {
  await renderer?.close();
  fs.rmSync(root, { recursive: true, force: true });
});

const base = (lang: string) => renderer.render('/src/layouts/Base.astro', { lang, title: 'Test', path: 'documents/' }, { default: '<p>نص</p>' });

describe('a right-to-left language', () => {
  it('renders <html lang="ar" dir="rtl"> with its own interface strings', async () => {
    const html = await base('ar');
    expect(html).toMatch(/<html[^>]*\blang="ar"/);
    expect(html).toMatch(/<html[^>]*\bdir="rtl"/);
    expect(html).toContain('انتقل إلى المحتوى');
    expect(html).toContain('href="/ar/documents/"');
  });

  it('leaves left-to-right languages as they are', async () => {
    const html = await base('en');
    expect(html).toMatch(/<html[^>]*\blang="en"/);
    expect(html).toMatch(/<html[^>]*\bdir="ltr"/);
  });
});

/** Physical properties would not mirror; their logical equivalents (margin-inline-start, inset-inline-end…) do. */
const PHYSICAL = /(?:^|[\s;{])(?:margin|padding|border)-(?:left|right)\s*:|(?:^|[\s;{])(?:left|right)\s*:|text-align\s*:\s*(?:left|right)|float\s*:\s*(?:left|right)/m;

function styleSources(): { file: string; css: string }[] {
  const files = fs.readdirSync('src', { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile() && /\.(css|astro)$/.test(d.name))
    .map((d) => path.join(d.parentPath, d.name));
  return files.map((file) => {
    const text = fs.readFileSync(file, 'utf8');
    const css = file.endsWith('.css') ? text : [...text.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]).join('\n');
    return { file, css: css.replace(/\/\*[\s\S]*?\*\//g, '') };
  });
}

describe('mirrored layout', () => {
  it('uses only logical properties for sides in every stylesheet and component style', () => {
    const offenders = styleSources().filter(({ css }) => PHYSICAL.test(css)).map(({ file, css }) => `${file}: ${PHYSICAL.exec(css)![0].trim()}`);
    expect(offenders).toEqual([]);
  });
  it('would catch a physical property', () => {
    expect(PHYSICAL.test('.a { margin-left: 1em }')).toBe(true);
    expect(PHYSICAL.test('.a { text-align: right; }')).toBe(true);
    expect(PHYSICAL.test('.a { margin-inline-start: 1em; inset-inline-end: 0 }')).toBe(false);
  });
});

describe('mirrored layout in a browser', () => {
  /** Base rendered with the site's global stylesheet inlined, then measured by Chromium. */
  async function measure(lang: string) {
    const css = fs.readFileSync(path.resolve('src/styles/global.css'), 'utf8');
    const html = (await renderer.render('/src/layouts/Base.astro', { lang, title: 'Test', path: 'documents/' }, {
      notice: '<aside class="notice" id="notice"><p>نص</p></aside>',
      default: '<blockquote id="quote"><p>نص</p></blockquote>',
    })).replace('</head>', `<style>${css}</style></head>`);
    const browser = await launchChromium();
    try {
      const page = await browser.newPage({ viewport: { width: 1000, height: 800 } });
      await page.setContent(html);
      await page.focus('.skip-link');
      return await page.evaluate(() => {
        const style = (id: string) => getComputedStyle(document.getElementById(id)!);
        const skip = document.querySelector('.skip-link')!.getBoundingClientRect();
        return {
          noticeLeft: style('notice').borderLeftWidth, noticeRight: style('notice').borderRightWidth,
          quoteLeft: style('quote').borderLeftWidth, quoteRight: style('quote').borderRightWidth,
          skipCentre: (skip.left + skip.right) / 2, width: document.documentElement.clientWidth,
        };
      });
    } finally {
      await browser.close();
    }
  }

  it('puts start-side borders and the skip link on the right in Arabic and on the left in English', async () => {
    const ar = await measure('ar');
    const en = await measure('en');
    expect([ar.noticeRight, ar.noticeLeft]).toEqual(['5px', '1px']);
    expect([en.noticeLeft, en.noticeRight]).toEqual(['5px', '1px']);
    expect([ar.quoteRight, ar.quoteLeft]).toEqual(['4px', '0px']);
    expect([en.quoteLeft, en.quoteRight]).toEqual(['4px', '0px']);
    expect(ar.skipCentre).toBeGreaterThan(ar.width / 2);
    expect(en.skipCentre).toBeLessThan(en.width / 2);
  });
});
