import fs from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import { launchChromium, watch, type Watcher } from '../support/browser.ts';
import { builtSite } from '../support/built-site.ts';
import { startStaticServer, type StaticServer } from '../support/static-server.ts';

/**
 * One browser per test file, on the built demo served from 127.0.0.1. Every page visit is checked for
 * what a reader would notice (console errors, failed requests, other hosts, scripts on content pages)
 * and photographed into test-output/screenshots/.
 */
const SCREENSHOTS = path.resolve(import.meta.dirname, '../../test-output/screenshots');

export interface Session {
  origin: string;
  browser: Browser;
  context: BrowserContext;
  watcher: Watcher;
  newPage(): Promise<Page>;
  /** Another context (dark mode, a phone) in the same browser, watched the same way. */
  variant(options: BrowserContextOptions): Promise<Session>;
  close(): Promise<void>;
}

async function sessionOn(browser: Browser, origin: string, options: BrowserContextOptions, closeAll: (own: BrowserContext) => Promise<void>): Promise<Session> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
  const watcher = await watch(context, origin);
  return {
    origin,
    browser,
    context,
    watcher,
    newPage: async () => {
      const page = await context.newPage();
      page.setDefaultTimeout(15_000);
      return page;
    },
    variant: (more) => sessionOn(browser, origin, more, (own) => own.close()),
    close: () => closeAll(context),
  };
}

export async function openSession(options: BrowserContextOptions = {}): Promise<Session> {
  const dist = await builtSite();
  let server: StaticServer | undefined;
  let browser: Browser | undefined;
  const closeAll = async () => {
    await browser?.close();
    await server?.close();
  };
  try {
    server = await startStaticServer(dist, { snapshot: true });
    // A dist/ from `astro build` alone (or caught mid-build) has no search index; say so rather than time out.
    if (!fs.existsSync(path.join(server.root, 'pagefind', 'pagefind.js'))) {
      throw new Error(`${dist} has no Pagefind index (pagefind/pagefind.js). Build with "npm run build", which runs astro build and then pagefind.`);
    }
    browser = await launchChromium();
    return await sessionOn(browser, server.origin, options, closeAll);
  } catch (e) {
    await closeAll();
    throw e;
  }
}

/** The path (and query) of the page's current URL, without the origin. */
export const here = (page: Page) => {
  const url = new URL(page.url());
  return url.pathname + url.search;
};

/**
 * After arriving on a page: no scripts unless it is the search page, a screenshot, and no problem so far.
 * Named screenshots overwrite on every run, so the folder always shows the last run.
 */
export async function arrived(session: Session, page: Page, name: string, { allowsScript = false, screenshot = true } = {}) {
  await page.waitForLoadState('load');
  if (!allowsScript) {
    const scripts = await page.evaluate(() => [...document.scripts].map((s) => s.src || `inline: ${s.textContent?.slice(0, 60)}`));
    expect(scripts, `${here(page)} is a content page and must not run JavaScript`).toEqual([]);
  }
  // Tests that walk every kind of page in every language leave the pictures to `npm run screenshots`.
  if (screenshot) {
    fs.mkdirSync(SCREENSHOTS, { recursive: true });
    // The whole page, up to a few screens: long documents with their comment threads would make huge images.
    const { width, height } = await page.evaluate(() => ({ width: document.documentElement.scrollWidth, height: document.documentElement.scrollHeight }));
    await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: true, clip: { x: 0, y: 0, width, height: Math.min(height, 6000) } });
  }
  expect(session.watcher.problems, `problems a reader would meet on ${here(page)}`).toEqual([]);
}

/**
 * Between tests: close every page first, then forget what was seen. In the other order a page still loading
 * (a late 404, a console message) reports into the next test's watch. Closing waits for the page to go, and
 * a closed page reports nothing more.
 */
export async function closePagesThenClear(...sessions: (Session | undefined)[]): Promise<void> {
  for (const session of sessions) {
    if (!session) continue;
    for (const page of session.context.pages()) await page.close();
  }
  for (const session of sessions) session?.watcher.clear();
}

/** A new page at a path of the site, with the status it was served with. */
export async function visit(session: Session, urlPath: string): Promise<{ page: Page; status: number | undefined }> {
  const page = await session.newPage();
  const response = await page.goto(session.origin + urlPath);
  return { page, status: response?.status() };
}

/** The page's main heading, as a reader sees it. */
export const mainHeading = (page: Page) => page.locator('main h1').first().innerText();

/**
 * One browser session for a test file: opened before its tests, its pages closed (then its watch cleared)
 * after each test, closed at the end. `onOpen` receives it.
 */
export function useBrowserSession(onOpen: (session: Session) => void): void {
  let session: Session | undefined;
  beforeAll(async () => {
    session = await openSession();
    onOpen(session);
  });
  afterAll(async () => {
    await session?.close();
  });
  afterEach(async () => {
    await closePagesThenClear(session);
  });
}

/** Search as a reader does: type into the header's search box on the language's home page, press Enter. */
export async function searchFromHeader(session: Session, lang: string, phrase: string) {
  const { page } = await visit(session, `/${lang}/`);
  await page.getByRole('search').first().getByRole('searchbox').fill(phrase);
  await page.keyboard.press('Enter');
  await page.waitForURL(`**/${lang}/search/?q=*`);
  expect(await page.locator('#search-query').inputValue()).toBe(phrase);
  const links = page.locator('#search-results li a');
  await links.first().waitFor();
  const found = await links.evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  return { page, links, found };
}
