import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { languages } from '../../src/i18n/index.ts';
import { readerPages, type ReaderPage } from '../support/reader-pages.ts';
import { arrived, closePagesThenClear, openSession, type Session } from './support.ts';

/**
 * Every kind of page, in every language, on a 360 px phone: nothing wider than the screen (the page does
 * not scroll sideways and nothing sticks out of it, unless inside a box that scrolls on its own) and no
 * text smaller than 12 px, SVG text included at the size it is drawn.
 */
const PHONE = { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true };
const MIN_TEXT_PX = 12;

let phone: Session;
let phoneWithoutScripts: Session;
beforeAll(async () => {
  phone = await openSession(PHONE);
  phoneWithoutScripts = await phone.variant({ ...PHONE, javaScriptEnabled: false });
});
afterAll(async () => {
  await phoneWithoutScripts?.close();
  await phone?.close();
});
afterEach(async () => {
  await closePagesThenClear(phone, phoneWithoutScripts);
});

interface Fit {
  viewport: number;
  scrollWidth: number;
  /** Elements reaching past the screen's edges, outside any box that scrolls or clips sideways. */
  outside: string[];
  /** Text drawn smaller than the minimum, with its size. */
  small: string[];
}

/** Runs in the page. Written as a string-free function so Playwright can ship it to the browser. */
function measureFit(min: number): Fit {
  const viewport = document.documentElement.clientWidth;
  const describe = (el: Element) => {
    const id = el.id ? `#${el.id}` : '';
    const cls = typeof el.className === 'string' && el.className.trim() ? `.${el.className.trim().split(/\s+/).join('.')}` : '';
    return `${el.tagName.toLowerCase()}${id}${cls} “${(el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 50)}”`;
  };
  const hidden = (el: Element) => {
    for (let e: Element | null = el; e; e = e.parentElement) {
      const s = getComputedStyle(e);
      if (s.display === 'none' || s.visibility === 'hidden') return true;
      // Text for screen readers only (the visually-hidden pattern): drawn nowhere.
      if (s.clipPath === 'inset(50%)' || (s.position === 'absolute' && e.getBoundingClientRect().width <= 1)) return true;
      if (e.tagName === 'DETAILS' && !(e as HTMLDetailsElement).open && e !== el && !el.closest('summary')) return true;
    }
    return false;
  };
  const clippedSideways = (el: Element) => {
    for (let e = el.parentElement; e && e !== document.body; e = e.parentElement) {
      const x = getComputedStyle(e).overflowX;
      if (x === 'auto' || x === 'scroll' || x === 'hidden' || x === 'clip') return true;
    }
    return false;
  };
  const outside: string[] = [];
  for (const el of document.body.querySelectorAll('*')) {
    const r = el.getBoundingClientRect();
    if (r.width === 0 || r.height === 0) continue;
    if ((r.right > viewport + 0.5 || r.left < -0.5) && !hidden(el) && !clippedSideways(el)) {
      // Report the outermost offender only: its children stick out because it does.
      const parent = el.parentElement?.getBoundingClientRect();
      if (parent && (parent.right > viewport + 0.5 || parent.left < -0.5) && !clippedSideways(el.parentElement!)) continue;
      outside.push(`${describe(el)} spans ${Math.round(r.left)}–${Math.round(r.right)} px`);
    }
  }
  const small: string[] = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const seen = new Set<Element>();
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const el = node.parentElement;
    if (!el || seen.has(el) || !node.textContent?.trim() || ['SCRIPT', 'STYLE', 'NOSCRIPT', 'TITLE'].includes(el.tagName)) continue;
    seen.add(el);
    if (hidden(el) || el.closest('svg title, svg desc')) continue;
    let size = parseFloat(getComputedStyle(el).fontSize);
    // SVG text is scaled with its drawing: what counts is the size on screen.
    if (el instanceof SVGGraphicsElement) {
      const m = el.getScreenCTM();
      if (m) size *= Math.hypot(m.a, m.b);
    }
    if (size < min - 0.01) small.push(`${describe(el)} at ${size.toFixed(1)} px`);
  }
  return { viewport, scrollWidth: document.documentElement.scrollWidth, outside, small };
}

async function fitOf(page: Page): Promise<Fit> {
  return page.evaluate(measureFit, MIN_TEXT_PX);
}

describe('the phone check itself', () => {
  it('catches a page that scrolls sideways, a box that sticks out and text that is too small', async () => {
    const page = await phone.newPage();
    await page.setContent(`<!doctype html><html lang="en"><head><meta name="viewport" content="width=device-width, initial-scale=1"></head>
      <body><p style="width:500px">too wide</p><p style="font-size:9px">tiny</p>
      <div style="overflow-x:auto"><table style="width:800px"><tr><td>scrolls in its own box: fine</td></tr></table></div>
      <svg viewBox="0 0 1000 100" width="100%"><text x="0" y="50" font-size="15">drawn small</text></svg></body></html>`);
    const fit = await fitOf(page);
    expect(fit.scrollWidth).toBeGreaterThan(360);
    expect(fit.outside.join('\n')).toContain('too wide');
    expect(fit.outside.join('\n')).not.toContain('fine');
    expect(fit.small.join('\n')).toContain('tiny');
    expect(fit.small.join('\n')).toContain('drawn small');
    expect(fit.small.join('\n')).not.toContain('too wide');
  });
});

const pages = languages.flatMap((l) => readerPages(l.code).map((p) => ({ ...p, lang: l.code })));

describe('every kind of page on a 360 px phone', () => {
  it.each(pages.map((p) => [`${p.lang} ${p.name}`, p] as const))('%s fits the screen, with no text under 12 px', async (label, p: ReaderPage) => {
    const session = p.javaScript === false ? phoneWithoutScripts : phone;
    const page = await session.newPage();
    const url = session.origin + p.path;
    if (p.status !== 200) session.watcher.allowStatus(url, p.status);
    const response = await page.goto(url);
    expect(response?.status(), p.path).toBe(p.status);
    if (p.ready) await page.locator(p.ready).first().waitFor();
    const fit = await fitOf(page);
    expect(fit.viewport, 'the page is laid out for the phone').toBe(360);
    expect({ path: p.path, scrollWidth: fit.scrollWidth, outside: fit.outside, small: fit.small }).toEqual({ path: p.path, scrollWidth: 360, outside: [], small: [] });
    await arrived(session, page, `phone-${label.replace(' ', '-')}`, { allowsScript: p.allowsScript, screenshot: false });
  });
});
