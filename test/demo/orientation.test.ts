import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { t } from '../../src/i18n/index.ts';
import { readSnapshot } from '../../src/lib/sync/read-snapshot.ts';
import { arrived, closePagesThenClear, here, openSession, type Session } from '../e2e/support.ts';
import { demoContent, longestThread, openProposalPoll, SEARCH_PHRASES } from './demo-pages.ts';

/**
 * Finding one's way, in Chromium: the language a browser lands on at `/`, the latest decisions and the
 * Decisions menu entry, what a search result says it is, links to comments that moved to a thread page,
 * the way from a poll to the text it decides, and the handbook's contents on a phone.
 */
let session: Session;
const others: Session[] = [];
beforeAll(async () => {
  session = await openSession();
});
afterAll(async () => {
  for (const s of others) await s.close();
  await session?.close();
});
afterEach(async () => {
  await closePagesThenClear(session, ...others);
});

async function variant(options: Parameters<Session['variant']>[0]): Promise<Session> {
  const s = await session.variant(options);
  others.push(s);
  return s;
}

describe('the address without a language', () => {
  it.each([
    ['es-ES', ['es-ES', 'es'], '/es/'],
    ['ja-JP', ['ja-JP', 'ja', 'en-US'], '/ja/'],
    ['fr-FR', ['fr-FR', 'fr'], '/en/'],
    ['en-GB', ['de-DE', 'es-MX'], '/es/'],
  ] as const)('sends a browser set to %s (%j) to %s, through the page’s own policy', async (locale, languages, target) => {
    const browser = await variant({ locale });
    await browser.context.addInitScript((langs) => Object.defineProperty(navigator, 'languages', { get: () => langs }), [...languages]);
    const page = await browser.newPage();
    await page.goto(`${browser.origin}/`);
    await page.waitForURL((url) => url.pathname === target);
    // A Content Security Policy that refused the script would have left the browser at / with a console error.
    await arrived(browser, page, `root-${locale}`);
  });

  it('offers every language, named in itself, to a browser without JavaScript', async () => {
    const noScript = await variant({ javaScriptEnabled: false, locale: 'ja-JP' });
    const page = await noScript.newPage();
    await page.goto(`${noScript.origin}/`);
    expect(here(page)).toBe('/');
    const choices = await page.locator('main a[hreflang]').evaluateAll((as) => as.map((a) => [a.getAttribute('hreflang'), a.getAttribute('lang') ?? a.closest('[lang]')?.getAttribute('lang')]));
    expect(choices.map(([h]) => h)).toEqual(demoContent().site.languages.map((l) => l.code));
    expect(choices.every(([h, l]) => h === l)).toBe(true);
    await page.locator('main a[hreflang="ja"]').click();
    await page.waitForURL('**/ja/');
    await arrived(noScript, page, 'root-without-javascript');
  });
});

describe('decisions', () => {
  it('are on the home page with their outcome, and in the menu', async () => {
    const page = await session.newPage();
    await page.goto(`${session.origin}/en/`);
    const latest = page.locator('section[aria-labelledby="h-latest-decisions"] li');
    expect(await latest.count()).toBeGreaterThan(0);
    expect(await latest.first().locator('.badge').innerText()).toMatch(new RegExp(`^(${t('en', 'polls.decidedFor', { option: '' })}|${t('en', 'polls.outcome.no-quorum')}|${t('en', 'polls.outcome.no-majority')})`));
    await page.getByRole('navigation', { name: t('en', 'site.menu') }).getByRole('link', { name: t('en', 'nav.decisions') }).click();
    await page.waitForURL('**/en/decisions/');
    expect(await page.locator('main h1').innerText()).toBe(t('en', 'decisions.title'));
    await arrived(session, page, 'decisions');
  });
});

describe('a search result', () => {
  it('says what kind of page it is and its language, and the kind can be chosen', async () => {
    const page = await session.newPage();
    await page.goto(`${session.origin}/en/search/?q=${encodeURIComponent(SEARCH_PHRASES.en)}`);
    await page.locator('#search-results li').first().waitFor();
    const about = await page.locator('#search-results .search-about').allInnerTexts();
    expect(about.length).toBeGreaterThan(0);
    expect(about.every((a) => a.endsWith(' · English'))).toBe(true);
    expect(about).toContain(`${t('en', 'search.kind.blog')} · English`);

    await page.locator('#search-kind').selectOption('handbook');
    await page.locator('form.search-form button[type="submit"]').click();
    await page.waitForURL(/kind=handbook/);
    await page.locator('#search-status').filter({ hasText: /\S/ }).waitFor();
    const kinds = await page.locator('#search-results .search-about').allInnerTexts();
    expect(kinds.every((a) => a.startsWith(t('en', 'search.kind.handbook')))).toBe(true);
    await arrived(session, page, 'search-by-kind', { allowsScript: true });
  });

  it('finds an untranslated page in its own language: a Spanish search offers no English copies as Spanish pages', async () => {
    const page = await session.newPage();
    // "tide" is in English pages the Spanish site shows untranslated; their copies under /es/ are not indexed.
    await page.goto(`${session.origin}/es/search/?q=${encodeURIComponent('tide')}`);
    await page.waitForFunction((loading) => ![undefined, '', loading].includes(document.querySelector('#search-status')?.textContent ?? undefined), t('es', 'search.loading'));
    expect(await page.locator('#search-results li a[lang="en"]').count()).toBe(0);
    const about = await page.locator('#search-results .search-about').allInnerTexts();
    expect(about.filter((a) => a.endsWith(' · English'))).toEqual([]);
    await arrived(session, page, 'search-es-originals', { allowsScript: true });
    // The English search finds them, as English pages.
    await page.goto(`${session.origin}/en/search/?q=${encodeURIComponent('tide')}`);
    await page.locator('#search-results li').first().waitFor();
    const found = await page.locator('#search-results li a').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(found.length).toBeGreaterThan(0);
    expect(found.filter((p) => !p.startsWith('/en/'))).toEqual([]);
  });
});

describe('a link to a comment', () => {
  const long = longestThread();
  const discussion = readSnapshot().discussions.reduce((a, b) => (b.comments.length > a.comments.length ? b : a));
  const middle = [...discussion.comments].sort((a, b) => Date.parse(a.createdAt) - Date.parse(b.createdAt))[Math.floor(discussion.comments.length / 2)]!;
  const anchor = `comment-${middle.databaseId ?? middle.id}`;

  it('still works on the page after the comment moved to a numbered thread page', async () => {
    const page = await session.newPage();
    await page.goto(`${session.origin}/en/${long.path}#${anchor}`);
    const item = page.locator('.thread-parts li').filter({ has: page.locator(`[id="${anchor}"]`) });
    expect(await item.count()).toBe(1);
    await expect.poll(() => item.locator('.moved-note').isVisible()).toBe(true);
    expect(await item.evaluate((li) => { const r = li.getBoundingClientRect(); return r.top >= 0 && r.top < innerHeight; })).toBe(true);
    await item.locator('a').first().click();
    await page.waitForURL(/\/comments\/\d+\/$/);
    const comment = page.locator(`article[id="${anchor}"]`);
    expect(await comment.count()).toBe(1);
    // The thread page's own link to it: the permalink a reader copies from there.
    await comment.locator('a.permalink').click();
    await expect.poll(() => comment.evaluate((el) => el.matches(':target'))).toBe(true);
    await arrived(session, page, 'thread-page-permalink');
  });
});

describe('a poll that decides a proposal', () => {
  it('leads to the text being decided, with a summary of the change next to the voting links', async () => {
    const page = await session.newPage();
    await page.goto(`${session.origin}/en/polls/${openProposalPoll()}/`);
    const box = page.locator('section[aria-labelledby="h-vote"] .what-is-decided');
    expect(await box.innerText()).toMatch(/\d+ words added, \d+ removed/);
    await box.getByRole('link', { name: t('en', 'polls.readChange') }).click();
    await page.waitForURL(/\/en\/proposals\/\d+\/#changes$/);
    expect(await page.locator('main .amendment').count()).toBeGreaterThan(0);
    await arrived(session, page, 'poll-to-amendment');
  });
});

describe('the handbook on a phone', () => {
  it('offers its contents before the text, folded', async () => {
    const phone = await variant({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
    const page = await phone.newPage();
    const demo = demoContent('en');
    await page.goto(`${phone.origin}/en/handbook/${demo.handbookPage.slug}/`);
    const toggle = page.locator('details.contents-toggle');
    const box = await toggle.boundingBox();
    const heading = await page.locator('main h1').boundingBox();
    expect(box && heading && box.y < heading.y + 400, 'the contents come near the top, before the text').toBe(true);
    expect(await page.locator('aside .handbook-sidebar').isVisible()).toBe(false);
    await toggle.locator('summary').click();
    const links = toggle.locator('a');
    expect(await links.count()).toBeGreaterThan(3);
    await toggle.locator('a', { hasText: demoContent('en').handbookPage.title }).first().waitFor();
    await links.first().click();
    await page.waitForURL('**/en/handbook/');
    await arrived(phone, page, 'handbook-contents-phone');
  });
});
