import fs from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { defaultLanguage, languages, t } from '../../src/i18n/index.ts';
import { readerPages, type ReaderPage } from '../support/reader-pages.ts';
import { arrived, closePagesThenClear, here, openSession, type Session } from './support.ts';

/**
 * Accessibility in the browser: axe-core on every kind of page (light and dark), the skip link, visible
 * focus, keyboard-only use of the menu and the language switcher, lang and dir everywhere, and charts
 * that speak.
 */
const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

let session: Session;
let dark: Session;
beforeAll(async () => {
  session = await openSession();
});
afterAll(async () => {
  await session?.close();
});
afterEach(async () => {
  await closePagesThenClear(session, dark);
});

interface AxeViolation { id: string; impact: string | null; help: string; nodes: { target: string[]; failureSummary?: string }[] }

// Evaluated rather than added as a <script>: a page whose Content Security Policy admits only its own
// script (the language choice at /) would refuse the tag.
const axeSource = fs.readFileSync(AXE, 'utf8');

async function seriousViolations(page: Page): Promise<string[]> {
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(): Promise<{ violations: AxeViolation[] }> } }).axe;
    return (await axe.run()).violations;
  });
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) => v.nodes.map((n) => `${v.impact} ${v.id} (${v.help}) at ${n.target.join(' ')}: ${n.failureSummary?.replace(/\s+/g, ' ')}`));
}

async function open(s: Session, p: Pick<ReaderPage, 'path' | 'status' | 'ready'>) {
  const page = await s.newPage();
  const url = s.origin + p.path;
  if (p.status !== 200) s.watcher.allowStatus(url, p.status);
  const response = await page.goto(url);
  expect(response?.status(), p.path).toBe(p.status);
  // The search page fills its results after load; wait so axe sees them too.
  if (p.ready) {
    await page.locator(p.ready).first().waitFor().catch(async (e: Error) => {
      throw new Error(`${p.path} never showed ${p.ready}; the page says: ${await page.locator('main').innerText()}\n${e.message}`);
    });
  }
  return page;
}

/**
 * A page meant for browsers without scripts (the language choice at /, whose script would leave at once),
 * served with its scripts taken out: what such a browser shows, in a browser where axe can still run.
 */
async function openAsWithoutScripts(s: Session, p: Pick<ReaderPage, 'path' | 'status' | 'ready'>) {
  const page = await s.newPage();
  await page.route(s.origin + p.path, async (route) => {
    const response = await route.fetch();
    const body = (await response.text()).replace(/<script\b[^>]*>[\s\S]*?<\/script>/gi, '');
    await route.fulfill({ response, body });
  });
  const response = await page.goto(s.origin + p.path);
  expect(response?.status(), p.path).toBe(p.status);
  return page;
}

/** Press Tab until the focused element matches, and say how many presses it took. */
async function tabUntil(page: Page, matches: (el: Element) => boolean, limit = 40): Promise<number> {
  for (let n = 1; n <= limit; n++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(`(${matches.toString()})(document.activeElement)`)) return n;
  }
  throw new Error(`Nothing matching ${matches} took focus within ${limit} presses of Tab on ${here(page)}`);
}

const pages = readerPages();
const lang = defaultLanguage;
const post = pages.find((p) => p.name === 'post');
const otherLanguages: ReaderPage[] = languages.filter((l) => l.code !== lang).flatMap((l) => [
  { name: `home-${l.code}`, path: `/${l.code}/`, status: 200, allowsScript: false },
  ...(post ? [{ name: `post-${l.code}`, path: post.path.replace(`/${lang}/`, `/${l.code}/`), status: 200, allowsScript: false }] : []),
]);

describe('the axe check itself', () => {
  it('reports a page with known serious problems', async () => {
    const page = await session.newPage();
    await page.setContent('<!doctype html><html><head><title>x</title></head><body><main><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw="><button></button><p style="color:#ccc;background:#fff">faint</p></main></body></html>');
    const found = await seriousViolations(page);
    for (const rule of ['image-alt', 'button-name', 'color-contrast', 'html-has-lang']) expect(found.join('\n')).toContain(rule);
  });
});

describe('every kind of page', () => {
  it.each([...pages, ...otherLanguages].map((p) => [p.name, p] as const))('%s: no serious or critical axe violations, right lang and dir', async (_, p) => {
    const s = session;
    const page = await (p.javaScript === false ? openAsWithoutScripts(s, p) : open(s, p));
    const code = /^\/([^/]+)\//.exec(p.path)?.[1];
    const language = languages.find((l) => l.code === code) ?? languages[0]!;
    expect(await page.locator('html').getAttribute('lang')).toBe(language.code);
    expect(await page.locator('html').getAttribute('dir')).toBe(language.dir);
    // Every language-tagged passage inside names a language the site knows or a valid BCP 47 tag.
    const tags = await page.locator('body [lang]').evaluateAll((els) => els.map((e) => e.getAttribute('lang') ?? ''));
    expect(tags.filter((tag) => !/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(tag))).toEqual([]);
    // Charts and other drawings carry a text alternative, or are marked as decoration.
    const mute = await page.locator('main svg').evaluateAll((svgs) =>
      svgs
        .filter((svg) => svg.getAttribute('aria-hidden') !== 'true' && !svg.closest('[aria-hidden="true"]'))
        .filter((svg) => {
          const named = (svg.getAttribute('aria-labelledby') ?? '').split(/\s+/).some((id) => document.getElementById(id)?.textContent?.trim());
          return svg.getAttribute('role') !== 'img' || !(named || svg.getAttribute('aria-label')?.trim());
        })
        .map((svg) => svg.outerHTML.slice(0, 120)),
    );
    expect(mute).toEqual([]);
    await arrived(s, page, `a11y-${p.name}`, { allowsScript: p.allowsScript });
    expect(await seriousViolations(page)).toEqual([]);
  });
});

describe('in dark mode', () => {
  const phone = { colorScheme: 'dark', viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true } as const;
  beforeAll(async () => {
    dark = await session.variant(phone);
  });
  afterAll(async () => {
    await dark?.close();
  });

  it.each(pages.map((p) => [p.name, p] as const))(
    '%s on a phone: no serious or critical axe violations (contrast included)',
    async (name, p) => {
      const s = dark;
      const page = await (p.javaScript === false ? openAsWithoutScripts(s, p) : open(s, p));
      expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(true);
      // The four kinds that have always been photographed in dark mode still are; the rest only checked.
      await arrived(s, page, `dark-phone-${name}`, { allowsScript: p.allowsScript, screenshot: ['home', 'post', 'poll', 'search'].includes(name) });
      // Nothing wider than the phone: the header wraps instead of scrolling sideways.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
      expect(await seriousViolations(page)).toEqual([]);
    },
  );
});

describe('with the keyboard alone', () => {
  it('the skip link comes first, shows itself and moves focus to the main content', async () => {
    const page = await open(session, { path: `/${lang}/`, status: 200 });
    await page.keyboard.press('Tab');
    const skip = page.locator(':focus');
    expect(await skip.getAttribute('class')).toContain('skip-link');
    expect(await skip.innerText()).toBe(t(lang, 'site.skipLink'));
    const box = await skip.boundingBox();
    expect(box && box.y >= 0 && box.height > 0, 'the focused skip link is on screen').toBe(true);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('main');
    expect(new URL(page.url()).hash).toBe('#main');
    await arrived(session, page, 'keyboard-skip-link');
  });

  it('shows where the focus is', async () => {
    const page = await open(session, { path: `/${lang}/`, status: 200 });
    const link = page.locator('nav.main-nav a, .main-nav a').first();
    const outline = () => link.evaluate((el) => {
      const s = getComputedStyle(el);
      return { style: s.outlineStyle, width: parseFloat(s.outlineWidth), color: s.outlineColor };
    });
    const before = await outline();
    await tabUntil(page, (el) => !!el.closest('.main-nav'));
    const focused = await outline();
    expect(focused.style).not.toBe('none');
    expect(focused.width).toBeGreaterThanOrEqual(2);
    expect(focused).not.toEqual(before);
  });

  it('reaches the main menu with Tab and follows a link with Enter', async () => {
    const page = await open(session, { path: `/${lang}/`, status: 200 });
    const target = t(lang, 'nav.handbook');
    const presses = await tabUntil(page, new Function('el', `return !!el.closest('nav') && el.textContent.trim() === ${JSON.stringify(target)}`) as (el: Element) => boolean);
    expect(presses).toBeLessThan(15);
    await page.keyboard.press('Enter');
    await page.waitForURL(`**/${lang}/handbook/`);
    await arrived(session, page, 'keyboard-menu');
  });

  it.skipIf(languages.length < 2)('switches language with Tab and Enter, staying on the same page', async () => {
    const page = await open(session, { path: `/${lang}/handbook/`, status: 200 });
    const target = languages.find((l) => l.code !== lang)!;
    await tabUntil(page, new Function('el', `return !!el.closest('.language-switcher') && el.getAttribute('hreflang') === ${JSON.stringify(target.code)}`) as (el: Element) => boolean);
    await page.keyboard.press('Enter');
    await page.waitForURL(`**/${target.code}/handbook/`);
    expect(await page.locator('html').getAttribute('lang')).toBe(target.code);
    expect(await page.locator('html').getAttribute('dir')).toBe(target.dir);
    await arrived(session, page, 'keyboard-language');
  });
});
