import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { pagesContaining } from '../support/reader-pages.ts';
import { arrived, mainHeading, searchFromHeader, useBrowserSession, visit, type Session } from '../e2e/support.ts';

/**
 * The demo's own paths in Chromium, through what only the demo's data has: a closed poll with its chart, a
 * proposal's amendment, and the same search in two languages. The paths any organization has are in
 * test/e2e/reader-paths.test.ts.
 */
const DEMO_POLL = 'adopt-climate-program';
const DEMO_PROPOSAL = 12;
/** A phrase the demo has in two languages. */
const SEARCH_PHRASES = { en: 'eelgrass meadow census', es: 'censo de praderas marinas' } as const;

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
    // The chart speaks: its accessible name and description carry the figures the bars draw.
    const chart = results.locator('svg[role="img"]');
    expect(await chart.count()).toBeGreaterThan(0);
    const description = await chart.first().evaluate((svg) =>
      (svg.getAttribute('aria-labelledby') ?? '').split(/\s+/).map((id) => document.getElementById(id)?.textContent ?? '').join(' '),
    );
    expect(labels.filter((l) => !description.includes(l))).toEqual([]);
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
