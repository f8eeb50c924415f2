import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import YAML from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../support/browser.ts';
import { buildContent } from '../support/build-content.ts';
import { builtSite } from '../support/built-site.ts';
import { englishTexts } from '../support/english-texts.ts';
import { readerPages } from '../support/reader-pages.ts';
import { readSnapshot } from '../../src/lib/sync/read-snapshot.ts';
import { startStaticServer, type StaticServer } from '../support/static-server.ts';

/**
 * A missing translation is always visible. On every kind of page in Spanish, Japanese and a right-to-left
 * test language (Arabic, added to a copy of the organization with a few strings and data texts translated),
 * no English interface string or English data text appears outside an element marked lang="en", and every
 * such element is visibly marked: by its dotted underline (and a language badge on titles, cards and menus),
 * or, for a block such as the original's text on an untranslated page, by a badge above it.
 */

interface Finding { page: string; problem: string }

/** In the page: the text outside English-marked elements, and English-marked elements that are not visibly marked. */
async function inspect(page: Page) {
  return page.evaluate(() => {
    const isEnglish = (el: Element | null) => {
      const lang = el?.closest('[lang]')?.getAttribute('lang') ?? '';
      return lang === 'en' || lang.startsWith('en-');
    };
    const unmarked: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT, {
      acceptNode: (node) => (node.parentElement?.closest('script, style, template') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
    });
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      // A marked text breaks the run, so two unmarked neighbours never join into a false match across it.
      unmarked.push(isEnglish(node.parentElement) ? '\u0000' : node.textContent ?? '');
    }
    const htmlLang = document.documentElement.lang;
    const problems: string[] = [];
    for (const el of document.body.querySelectorAll('[lang]')) {
      const lang = el.getAttribute('lang')!;
      if (lang === htmlLang || !(lang === 'en' || lang.startsWith('en-'))) continue;
      const text = (el.textContent ?? '').trim();
      if (!text) continue;
      // Each language's own name, in the language switcher and the picker, is written in that language on purpose.
      if (el.closest('.language-switcher') || el.hasAttribute('hreflang')) continue;
      const style = getComputedStyle(el);
      const underlined = el.classList.contains('fallback') && style.textDecorationStyle === 'dotted' && style.textDecorationLine.includes('underline');
      const before = getComputedStyle(el, '::before').content;
      const badgedBlock = el.hasAttribute('data-language-name') && !el.classList.contains('fallback') && before.includes(el.getAttribute('data-language-name')!);
      if (!underlined && !badgedBlock) problems.push(`English not visibly marked: <${el.tagName.toLowerCase()} class="${el.className}">${text.slice(0, 60)}`);
      const badgeWanted = el.classList.contains('fallback') && el.parentElement?.closest('h1, h2, h3, h4, nav');
      if (badgeWanted) {
        const badge = getComputedStyle(el, '::after').content;
        const ancestorBadged = el.parentElement?.closest('.fallback');
        if (!ancestorBadged && (!badge || badge === 'none' || badge === '""')) problems.push(`English title without its language badge: ${text.slice(0, 60)}`);
      }
    }
    return { text: unmarked.join('').replace(/\s+/g, ' '), problems };
  });
}

async function walk(browser: Browser, origin: string, lang: string, skip: (name: string) => boolean): Promise<{ findings: Finding[]; pages: number; marked: number }> {
  // A pull request's title is the member's own words, shown as written (isolated in <bdi>): a poll that
  // decides it may carry the same words as its English title.
  const titles = new Set(readSnapshot().pullRequests.map((p) => p.title));
  const english = englishTexts(lang).filter((text) => !titles.has(text));
  const findings: Finding[] = [];
  let marked = 0;
  const pages = readerPages(lang).filter((p) => !skip(p.name) && p.name !== 'language-choice');
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    for (const reader of pages) {
      const page = await context.newPage();
      await page.goto(origin + reader.path);
      if (reader.ready) await page.waitForSelector(reader.ready);
      const { text, problems } = await inspect(page);
      marked += await page.locator('body .fallback').count();
      for (const phrase of english) if (text.includes(phrase)) findings.push({ page: reader.path, problem: `unmarked English: "${phrase}"` });
      for (const problem of problems) findings.push({ page: reader.path, problem });
      await page.close();
    }
  } finally {
    await context.close();
  }
  return { findings, pages: pages.length, marked };
}

describe('English shown on other languages\' pages is marked and visible', () => {
  let browser: Browser;
  let server: StaticServer;
  beforeAll(async () => {
    server = await startStaticServer(await builtSite());
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  for (const lang of ['es', 'ja']) {
    // About thirty pages, each inspected in the browser: on a loaded machine that takes minutes, not seconds.
    it(`on every kind of page in ${lang}`, { timeout: 600_000 }, async () => {
      const codes = YAML.parse(fs.readFileSync('content/site.yml', 'utf8')).languages.map((l: { code: string }) => l.code);
      if (!codes.includes(lang)) return;
      const { findings, pages } = await walk(browser, server.origin, lang, () => false);
      expect(pages).toBeGreaterThan(15);
      expect(findings).toEqual([]);
    });
  }
});

describe('on a right-to-left site', () => {
  let content: string;
  let browser: Browser;
  let server: StaticServer;
  const before = process.env.CHAPTERHOUSE_CONTENT;
  beforeAll(async () => {
    // The organization with Arabic added: two interface strings, one chapter's name, one poll title.
    content = fs.mkdtempSync(path.join(os.tmpdir(), 'ch-ar-'));
    fs.cpSync('content', content, { recursive: true });
    const site = YAML.parse(fs.readFileSync(path.join(content, 'site.yml'), 'utf8'));
    site.languages.push({ code: 'ar', name: 'العربية', dir: 'rtl' });
    fs.writeFileSync(path.join(content, 'site.yml'), YAML.stringify(site));
    fs.mkdirSync(path.join(content, 'ar'));
    fs.writeFileSync(path.join(content, 'ar', 'ui.yml'), 'nav.documents: الوثائق الأساسية\nsite.skipLink: انتقل إلى المحتوى\n');
    const chapterFile = path.join(content, 'chapters', fs.readdirSync(path.join(content, 'chapters')).sort()[0]!);
    const chapter = YAML.parse(fs.readFileSync(chapterFile, 'utf8'));
    chapter.name = { en: typeof chapter.name === 'string' ? chapter.name : chapter.name.en, ar: 'فرع الساحل' };
    fs.writeFileSync(chapterFile, YAML.stringify(chapter));
    const build = await buildContent(content);
    if (build.status !== 0) throw new Error(`the Arabic test site did not build:\n${build.log.slice(-3000)}`);
    process.env.CHAPTERHOUSE_CONTENT = content;
    server = await startStaticServer(build.dist);
    browser = await launchChromium();
  }, 600_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (before === undefined) delete process.env.CHAPTERHOUSE_CONTENT;
    else process.env.CHAPTERHOUSE_CONTENT = before;
    if (content) fs.rmSync(content, { recursive: true, force: true });
  });

  it('marks every English string and title, isolated left-to-right inside the Arabic page', { timeout: 600_000 }, async () => {
    // Search needs the Pagefind index, which `astro build` alone does not write.
    const { findings, pages, marked } = await walk(browser, server.origin, 'ar', (name) => name === 'search');
    expect(pages).toBeGreaterThan(15);
    expect(marked).toBeGreaterThan(pages);
    expect(findings).toEqual([]);
  });

  it('keeps the punctuation of an English title at its end, and translated strings unmarked', async () => {
    const page = await browser.newPage();
    try {
      await page.goto(`${server.origin}/ar/documents/`);
      const result = await page.evaluate(() => {
        const span = document.querySelector('main .card h2 .fallback') as HTMLElement | null;
        const nav = [...document.querySelectorAll('header nav a')].find((a) => a.textContent?.includes('الوثائق'));
        return {
          dir: span?.getAttribute('dir'), lang: span?.getAttribute('lang'), isolated: span && getComputedStyle(span).unicodeBidi,
          navMarked: nav ? nav.querySelector('.fallback') !== null : null,
        };
      });
      expect(result).toEqual({ dir: 'ltr', lang: 'en', isolated: 'isolate', navMarked: false });
    } finally {
      await page.close();
    }
  });
});
