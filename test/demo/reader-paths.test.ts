import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { t } from '../../src/i18n/index.ts';
import { pagesContaining } from '../support/reader-pages.ts';
import { DEMO_POLL, DEMO_PROPOSAL, SEARCH_PHRASES } from './demo-pages.ts';
import { arrived, mainHeading, searchFromHeader, useBrowserSession, visit, type Session } from '../e2e/support.ts';

/**
 * The demo's own paths in Chromium, through what only the demo's data has: a closed poll with its chart, a
 * proposal's amendment, and the same search in two languages. The paths any organization has are in
 * test/e2e/reader-paths.test.ts.
 */
let session!: Session;
useBrowserSession((s) => (session = s));

const go = (urlPath: string) => visit(session, urlPath);
const h1 = mainHeading;

describe('a reader of the demo', () => {
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
    const { page, links, found } = await searchFromHeader(session, lang, phrase);
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
});
