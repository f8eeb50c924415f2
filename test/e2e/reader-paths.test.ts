import { describe, expect, it } from 'vitest';
import { t } from '../../src/i18n/index.ts';
import { localize } from '../../src/schemas/index.ts';
import { organizationContent, pagesContaining, untranslatedPage } from '../support/reader-pages.ts';
import { arrived, here, mainHeading, searchFromHeader, useBrowserSession, visit, type Session } from './support.ts';

/**
 * A reader's paths through the built site in Chromium, by clicking where a reader would click, on whatever
 * organization content/ holds (the demo's own paths, through polls and proposals, are in test/demo/). Every
 * page reached must load without console errors, failed requests or requests to other hosts.
 */
let session!: Session;
useBrowserSession((s) => (session = s));

const demo = organizationContent();
const lang = demo.lang;
const other = demo.site.languages.find((l) => l.code !== lang)?.code;
const go = (urlPath: string) => visit(session, urlPath);
const h1 = mainHeading;

describe('the watch on every page', () => {
  it('catches console errors, failed requests, missing files and other hosts', async () => {
    const { page } = await go(`/${lang}/`);
    await page.evaluate((origin) => {
      console.error('something broke');
      for (const src of [`${origin}/no-such-image.png`, 'https://fonts.example.com/font.css']) {
        const img = document.createElement('img');
        img.src = src;
        document.body.append(img);
      }
    }, session.origin);
    // Wait for every one of them, not for a count: a late one would otherwise turn up in the next test.
    const expected = ['console error on', `HTTP 404: ${session.origin}/no-such-image.png`, 'request to another host: https://fonts.example.com/font.css'];
    await expect.poll(() => expected.filter((e) => !session.watcher.problems.some((p) => p.includes(e)))).toEqual([]);
  });
});

describe('a reader in the browser', () => {
  it('goes from the home page to a key document', async () => {
    const { page, status } = await go(`/${lang}/`);
    expect(status).toBe(200);
    expect(await page.title()).toContain(localize(demo.site.name, lang, demo.site.defaultLanguage));
    await arrived(session, page, 'home');

    await page.getByRole('navigation', { name: t(lang, 'site.menu') }).getByRole('link', { name: t(lang, 'nav.documents') }).click();
    await page.waitForURL(`**/${lang}/documents/`);
    await arrived(session, page, 'documents');

    await page.locator('main').getByRole('link', { name: demo.document.title, exact: true }).click();
    await page.waitForURL(`**/${lang}/documents/${demo.document.slug}/`);
    expect(await h1(page)).toBe(demo.document.title);
    await arrived(session, page, 'document');
  });

  it.skipIf(!other)('switches the language of the page it is on', async () => {
    const { page } = await go(`/${lang}/documents/${demo.document.slug}/`);
    await page.locator(`nav.language-switcher a[hreflang="${other}"]`).click();
    await page.waitForURL(`**/${other}/documents/${demo.document.slug}/`);
    expect(await page.locator('html').getAttribute('lang')).toBe(other);
    expect(await page.locator('nav.language-switcher a[aria-current="true"]').getAttribute('hreflang')).toBe(other);
    await arrived(session, page, `document-${other}`);
  });

  it.skipIf(demo.handbookPages < 2)('walks the handbook with next and previous', async () => {
    const start = `/${lang}/handbook/${demo.handbookPage!.slug}/`;
    const { page } = await go(start);
    expect(await h1(page)).toBe(demo.handbookPage!.title);
    const next = page.locator('a[rel="next"]');
    const nextTitle = (await next.innerText()).split('\n').pop()!.trim();
    await next.click();
    await page.waitForURL((url) => url.pathname !== start);
    expect(here(page).startsWith(`/${lang}/handbook/`)).toBe(true);
    expect(await h1(page)).toBe(nextTitle);
    await expect.poll(() => page.locator('aside .handbook-sidebar a[aria-current="page"]').innerText()).toBe(nextTitle);
    await arrived(session, page, 'handbook-next');

    await page.locator('a[rel="prev"]').click();
    await page.waitForURL((url) => url.pathname === start);
    expect(await h1(page)).toBe(demo.handbookPage!.title);
    await arrived(session, page, 'handbook-page');
  });

  it.skipIf(!demo.tagged)('follows a tag from the blog to every post with that tag', async () => {
    const tag = demo.tagged!.tag;
    const { page } = await go(`/${lang}/blog/`);
    await arrived(session, page, 'blog-index');
    // Tags read as their label in the reader's language; the address keeps the slug.
    await page.locator(`main a[href$="/${lang}/blog/tags/${tag}/"]`).first().click();
    await page.waitForURL(`**/${lang}/blog/tags/${tag}/`);
    const main = await page.locator('main').innerText();
    const expected = demo.postsTagged(tag);
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.filter((title) => !main.includes(title))).toEqual([]);
    await arrived(session, page, 'blog-tag');
  });

  it('opens a chapter from the chapter list', async () => {
    const { page } = await go(`/${lang}/chapters/`);
    await arrived(session, page, 'chapters');
    await page.locator(`main a[href$="/${lang}/chapters/${demo.chapter.id}/"]`).first().click();
    await page.waitForURL(`**/${lang}/chapters/${demo.chapter.id}/`);
    expect(await h1(page)).toContain(demo.chapter.name);
    await arrived(session, page, 'chapter');
  });

  it('searches from the header and finds the first key document by its title', async () => {
    const phrase = demo.searchPhrase!;
    const expected = pagesContaining(lang, phrase);
    expect(expected).toContain(`/${lang}/documents/${demo.document.slug}/`);
    const { page, found } = await searchFromHeader(session, lang, phrase);
    expect(found).toContain(`/${lang}/documents/${demo.document.slug}/`);
    expect(found.filter((p) => !p.startsWith(`/${lang}/`))).toEqual([]);
    await arrived(session, page, 'search', { allowsScript: true });
  });

  // Pagefind files a page under its <html lang>: a fallback copy indexed at /es/… would come up in a Spanish search
  // as a Spanish page. The original's text is indexed once, in its own language.
  const untranslated = other ? untranslatedPage(lang, other) : undefined;
  it.skipIf(!untranslated)('finds a page that is not translated in its own language only, never its copy as another language\'s page', async () => {
    const { kind, slug, title } = untranslated!;
    const own = await searchFromHeader(session, lang, title);
    expect(own.found).toContain(`/${lang}/${kind}/${slug}/`);
    const copy = `/${other}/${kind}/${slug}/`;
    // The copy exists and shows the original's title: it is only left out of the index.
    const { page: copyPage } = await go(copy);
    expect(await h1(copyPage)).toContain(title);
    const { page } = await go(`/${other}/search/?q=${encodeURIComponent(title)}`);
    // The search has answered when the status says something other than "searching".
    await page.waitForFunction((loading) => ![undefined, '', loading].includes(document.querySelector('#search-status')?.textContent ?? undefined), t(other!, 'search.loading'));
    const found = await page.locator('#search-results li a').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(found).not.toContain(copy);
    // Whatever it finds is text in the language searched.
    expect(found.filter((p) => !p.startsWith(`/${other}/`))).toEqual([]);
    expect(await page.locator('#search-results a[lang]').count()).toBe(0);
  });

  it('is told, without JavaScript, that search needs it, and is offered the sections instead', async () => {
    const noScript = await session.variant({ javaScriptEnabled: false });
    try {
      const page = await noScript.newPage();
      await page.goto(`${session.origin}/${lang}/search/?q=${encodeURIComponent(demo.searchPhrase!)}`);
      expect(await page.locator('main').innerText()).toContain(t(lang, 'search.noscript'));
      await page.locator('main').getByRole('link', { name: t(lang, 'nav.handbook'), exact: true }).click();
      await page.waitForURL(`**/${lang}/handbook/`);
      await arrived(noScript, page, 'search-without-javascript');
    } finally {
      await noScript.close();
    }
  });

  it('gets the 404 page for a missing address, and a way home', async () => {
    const missing = `${session.origin}/${lang}/no-such-page/`;
    session.watcher.allowStatus(missing, 404);
    const { page, status } = await go(`/${lang}/no-such-page/`);
    expect(status).toBe(404);
    expect(await h1(page)).toBe(t(lang, 'notFound.title'));
    // The one 404.html reads the language from the address (a script allowed by its hash).
    await arrived(session, page, 'not-found', { allowsScript: true });
    await page.getByRole('link', { name: t(lang, 'notFound.home') }).click();
    await page.waitForURL(`**/${lang}/`);
    await arrived(session, page, 'not-found-home');
  });

  it.skipIf(!other)('gets the 404 page in the language of the address, and without JavaScript a link to every language', async () => {
    const missing = `${session.origin}/${other}/no-such-page/`;
    session.watcher.allowStatus(missing, 404);
    const { page, status } = await go(`/${other}/no-such-page/`);
    expect(status).toBe(404);
    expect(await h1(page)).toBe(t(other!, 'notFound.title'));
    expect(await page.title()).toContain(t(other!, 'notFound.title'));
    expect(await page.locator('main h1').evaluate((h) => h.closest('[lang]')!.getAttribute('lang'))).toBe(other);
    await arrived(session, page, 'not-found-other-language', { allowsScript: true });
    const noScript = await session.variant({ javaScriptEnabled: false });
    try {
      noScript.watcher.allowStatus(missing, 404);
      const plain = await noScript.newPage();
      await plain.goto(missing);
      expect(await h1(plain)).toBe(t(lang, 'notFound.title'));
      await plain.locator(`main a[hreflang="${other}"]`).click();
      await plain.waitForURL(`**/${other}/`);
    } finally {
      await noScript.close();
    }
  });
});
