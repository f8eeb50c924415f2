import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { t } from '../../src/i18n/index.ts';
import { DEMO_POLL, DEMO_PROPOSAL, SEARCH_PHRASES, demoContent, pagesContaining } from '../support/reader-pages.ts';
import { arrived, here, openSession, type Session } from './support.ts';

/**
 * A reader's paths through the built demo in Chromium, by clicking where a reader would click. Every
 * page reached must load without console errors, failed requests or requests to other hosts.
 */
let session: Session;
beforeAll(async () => {
  session = await openSession();
});
afterAll(async () => {
  await session?.close();
});
afterEach(async () => {
  session?.watcher.clear();
  for (const page of session?.context.pages() ?? []) await page.close();
});

const demo = demoContent('en');
const go = async (p: string) => {
  const page = await session.newPage();
  const response = await page.goto(session.origin + p);
  return { page, status: response?.status() };
};
const h1 = (page: import('playwright-core').Page) => page.locator('main h1').first().innerText();

describe('the watch on every page', () => {
  it('catches console errors, failed requests, missing files and other hosts', async () => {
    const { page } = await go('/en/');
    await page.evaluate((origin) => {
      console.error('something broke');
      for (const src of [`${origin}/no-such-image.png`, 'https://fonts.example.com/font.css']) {
        const img = document.createElement('img');
        img.src = src;
        document.body.append(img);
      }
    }, session.origin);
    // Wait for all three kinds: they arrive in any order, with extra console lines about the blocked request.
    const expected = ['console error on', `HTTP 404: ${session.origin}/no-such-image.png`, 'request to another host: https://fonts.example.com/font.css'];
    await expect.poll(() => expected.filter((e) => !session.watcher.problems.join('\n').includes(e))).toEqual([]);
  });
});

describe('a reader in the browser', () => {
  it('goes from the home page to a key document', async () => {
    const { page, status } = await go('/en/');
    expect(status).toBe(200);
    expect(await page.title()).toContain(demo.site.name);
    await arrived(session, page, 'home');

    await page.getByRole('navigation', { name: t('en', 'site.menu') }).getByRole('link', { name: t('en', 'nav.documents') }).click();
    await page.waitForURL('**/en/documents/');
    await arrived(session, page, 'documents');

    await page.locator('main').getByRole('link', { name: demo.document.title, exact: true }).click();
    await page.waitForURL(`**/en/documents/${demo.document.slug}/`);
    expect(await h1(page)).toBe(demo.document.title);
    await arrived(session, page, 'document');
  });

  it('switches the language of the page it is on', async () => {
    const { page } = await go(`/en/documents/${demo.document.slug}/`);
    await page.locator('nav.language-switcher a[hreflang="es"]').click();
    await page.waitForURL(`**/es/documents/${demo.document.slug}/`);
    expect(await page.locator('html').getAttribute('lang')).toBe('es');
    expect(await page.locator('nav.language-switcher a[aria-current="true"]').getAttribute('hreflang')).toBe('es');
    await arrived(session, page, 'document-es');
  });

  it("walks the handbook with next and previous", async () => {
    const start = `/en/handbook/${demo.handbookPage.slug}/`;
    const { page } = await go(start);
    expect(await h1(page)).toBe(demo.handbookPage.title);
    const next = page.locator('a[rel="next"]');
    const nextTitle = (await next.innerText()).split('\n').pop()!.trim();
    await next.click();
    await page.waitForURL((url) => url.pathname !== start);
    expect(here(page)).toMatch(/^\/en\/handbook\//);
    expect(await h1(page)).toBe(nextTitle);
    await expect.poll(() => page.locator('aside .handbook-sidebar a[aria-current="page"]').innerText()).toBe(nextTitle);
    await arrived(session, page, 'handbook-next');

    await page.locator('a[rel="prev"]').click();
    await page.waitForURL((url) => url.pathname === start);
    expect(await h1(page)).toBe(demo.handbookPage.title);
    await arrived(session, page, 'handbook-page');
  });

  it('follows a tag from the blog to every post with that tag', async () => {
    const { page } = await go('/en/blog/');
    await arrived(session, page, 'blog-index');
    await page.locator('main').getByRole('link', { name: `#${demo.post.tag}`, exact: true }).click();
    await page.waitForURL(`**/en/blog/tags/${demo.post.tag}/`);
    const main = await page.locator('main').innerText();
    const expected = demo.postsTagged(demo.post.tag);
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.filter((title) => !main.includes(title))).toEqual([]);
    await arrived(session, page, 'blog-tag');
  });

  it('opens a chapter from the chapter list', async () => {
    const { page } = await go('/en/chapters/');
    await arrived(session, page, 'chapters');
    await page.locator(`main a[href$="/en/chapters/${demo.chapter.id}/"]`).first().click();
    await page.waitForURL(`**/en/chapters/${demo.chapter.id}/`);
    expect(await h1(page)).toContain(demo.chapter.name);
    await arrived(session, page, 'chapter');
  });

  it('reads the results of a closed poll, chart included', async () => {
    const poll = parse(fs.readFileSync(path.resolve(import.meta.dirname, `../../content/polls/${DEMO_POLL}.yml`), 'utf8'));
    const { page, status } = await go(`/en/polls/${DEMO_POLL}/`);
    expect(status).toBe(200);
    expect(await h1(page)).toBe(poll.title.en);
    const results = page.locator('section[aria-labelledby="h-results"]');
    await expect.poll(() => results.count()).toBe(1);
    const text = await results.innerText();
    const labels: string[] = poll.options.map((o: { label: { en: string } }) => o.label.en);
    expect(labels.filter((l) => !text.includes(l))).toEqual([]);
    // The chart speaks: its labels and figures are text in a named figure, the bars are decoration.
    const chart = results.locator('figure.result-chart');
    expect(await chart.count()).toBe(1);
    const name = await chart.evaluate((f) => document.getElementById(f.getAttribute('aria-labelledby') ?? '')?.textContent ?? '');
    expect(name).toBe(t('en', 'polls.chartCaption'));
    const rows = await chart.locator('li').allInnerTexts();
    const result = JSON.parse(fs.readFileSync(path.resolve(import.meta.dirname, `../../content/polls/results/${DEMO_POLL}.json`), 'utf8'));
    const votes = new Map<string, number>(result.tally.options.map((o: { key: string; votes: number }) => [o.key, o.votes]));
    for (const o of poll.options as { key: string; label: { en: string } }[]) {
      expect(rows.find((r) => r.startsWith(o.label.en))?.replace(/\s+/g, ' '), o.key).toMatch(new RegExp(`\\b${votes.get(o.key)}$`));
    }
    expect(await chart.locator('svg').evaluateAll((svgs) => svgs.every((svg) => svg.getAttribute('aria-hidden') === 'true'))).toBe(true);
    await arrived(session, page, 'poll');
  });

  it("shows a proposal's amendment as insertions and deletions", async () => {
    const { page, status } = await go('/en/proposals/');
    expect(status).toBe(200);
    await arrived(session, page, 'proposals');
    await page.locator(`main a[href$="/en/proposals/${DEMO_PROPOSAL}/"]`).first().click();
    await page.waitForURL(`**/en/proposals/${DEMO_PROPOSAL}/`);
    const amendment = page.locator('main .amendment').first();
    // The page is static: if the amendment is missing now, say what the page shows instead.
    expect(await amendment.count(), `no amendment on the page, which says:\n${await page.locator('main').innerText()}`).toBe(1);
    expect(await amendment.locator('ins').count()).toBeGreaterThan(0);
    expect(await amendment.locator('del').count()).toBeGreaterThan(0);
    await arrived(session, page, 'proposal');
  });

  it.each([
    ['en', SEARCH_PHRASES.en],
    ['es', SEARCH_PHRASES.es],
  ] as const)('searches in %s from the header and finds "%s"', async (lang, phrase) => {
    const expected = pagesContaining(lang, phrase);
    expect(expected, `content/${lang}/ must contain "${phrase}" for this test to mean anything`).not.toEqual([]);
    const { page } = await go(`/${lang}/`);
    await page.getByRole('search').first().getByRole('searchbox').fill(phrase);
    await page.keyboard.press('Enter');
    await page.waitForURL(`**/${lang}/search/?q=*`);
    expect(await page.locator('#search-query').inputValue()).toBe(phrase);
    const links = page.locator('#search-results li a');
    await links.first().waitFor();
    const found = await links.evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(expected.filter((p) => !found.includes(p))).toEqual([]);
    // One index per language: every hit is a page of the language searched in.
    expect(found.filter((p) => !p.startsWith(`/${lang}/`))).toEqual([]);
    // Lists that only quote the page (blog index, tag pages) are left out of the index.
    expect(found.filter((p) => p === `/${lang}/blog/` || p.includes('/blog/tags/'))).toEqual([]);
    await arrived(session, page, `search-${lang}`, { allowsScript: true });

    await links.first().click();
    await page.waitForURL((url) => url.pathname === found[0]);
    await arrived(session, page, `search-${lang}-hit`);
  });

  it('is told, without JavaScript, that search needs it, and is offered the sections instead', async () => {
    const noScript = await session.variant({ javaScriptEnabled: false });
    try {
      const page = await noScript.newPage();
      await page.goto(`${session.origin}/en/search/?q=${encodeURIComponent(SEARCH_PHRASES.en)}`);
      expect(await page.locator('main').innerText()).toContain(t('en', 'search.noscript'));
      await page.locator('main').getByRole('link', { name: t('en', 'nav.handbook'), exact: true }).click();
      await page.waitForURL('**/en/handbook/');
      await arrived(noScript, page, 'search-without-javascript');
    } finally {
      await noScript.close();
    }
  });

  it('gets the 404 page for a missing address, and a way home', async () => {
    const missing = `${session.origin}/en/no-such-page/`;
    session.watcher.allowStatus(missing, 404);
    const { page, status } = await go('/en/no-such-page/');
    expect(status).toBe(404);
    expect(await h1(page)).toBe(t('en', 'notFound.title'));
    await arrived(session, page, 'not-found');
    await page.getByRole('link', { name: t('en', 'notFound.home') }).click();
    await page.waitForURL('**/en/');
    await arrived(session, page, 'not-found-home');
  });
});
