import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { organizationContent } from '../support/reader-pages.ts';
import { openSession, type Session } from './support.ts';

/**
 * The policy as Chromium enforces it. A built page is served with markup injected into its main content,
 * as a sanitizer or content-check regression would let through; none of it may run. The search page
 * must still search, under the same policy, with the injected script blocked beside it.
 */
const INJECTED = [
  '<script>window.__ran = (window.__ran || []).concat("inline script")</script>',
  '<img id="csp-img" src="data:,not-an-image" onerror="window.__ran = (window.__ran || []).concat(\'onerror\')">',
  '<a id="csp-link" href="javascript:window.__ran = (window.__ran || []).concat(\'javascript: link\')">click</a>',
  '<iframe id="csp-frame" srcdoc="<script>parent.__ran = (parent.__ran || []).concat(\'srcdoc\')</script>"></iframe>',
  '<object id="csp-object" data="data:text/html,<script>parent.__ran = 1</script>"></object>',
  '<base href="https://attacker.example/">',
].join('\n');

let session: Session;
let context: BrowserContext;
beforeAll(async () => {
  session = await openSession();
  // Its own context: the session's watcher would count the refusals below as console errors, which here they should be.
  context = await session.browser.newContext();
});
afterAll(async () => {
  await context?.close();
  await session?.close();
});

/** Open a built page with the payload injected at the start of <main>, and collect what the policy refused. */
async function openInjected(path: string): Promise<{ page: Page; violations: string[] }> {
  const page = await context.newPage();
  const url = session.origin + path;
  await page.route(url, async (route) => {
    const response = await route.fetch();
    const html = (await response.text()).replace(/(<main\b[^>]*>)/, `$1\n${INJECTED}\n`);
    await route.fulfill({ response, body: html, headers: { ...response.headers(), 'content-type': 'text/html; charset=utf-8' } });
  });
  await page.addInitScript(() => {
    (window as unknown as { __violations: string[] }).__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => (window as unknown as { __violations: string[] }).__violations.push(e.effectiveDirective));
  });
  await page.goto(url, { waitUntil: 'load' });
  await page.click('#csp-link').catch(() => undefined);
  // The refusals are reported as events; wait for the ones the payload must cause.
  await page.waitForFunction(() => (window as unknown as { __violations: string[] }).__violations.filter((d) => d.startsWith('script-src')).length >= 3);
  const violations = await page.evaluate(() => (window as unknown as { __violations: string[] }).__violations);
  return { page, violations };
}

const own = organizationContent();
const other = own.site.languages.find((l) => l.code !== own.lang)?.code ?? own.lang;

describe('an injected script', () => {
  it.each([`/${own.lang}/documents/${own.document.slug}/`, `/${other}/handbook/`, '/404.html'])('does not run on %s', async (path) => {
    const { page, violations } = await openInjected(path);
    expect(await page.evaluate(() => (window as unknown as { __ran?: unknown }).__ran)).toBeUndefined();
    // The inline script and the javascript: link (script-src-elem), the handler (script-src-attr), the plug-in and <base>.
    // The srcdoc frame inherits the policy: its script is refused inside it, so nothing reached window.__ran above.
    expect(new Set(violations)).toEqual(new Set(['script-src-elem', 'script-src-attr', 'object-src', 'base-uri']));
    expect(await page.evaluate(() => document.baseURI)).toBe(session.origin + path);
    await page.close();
  });

  it('does not run on the search page, which still searches', async () => {
    const { page, violations } = await openInjected(`/${own.lang}/search/?q=${encodeURIComponent(own.searchPhrase)}`);
    await page.locator('#search-results li a').first().waitFor();
    expect(await page.evaluate(() => (window as unknown as { __ran?: unknown }).__ran)).toBeUndefined();
    expect(violations).toContain('script-src-elem');
    await page.close();
  });
});
