import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { t } from '../../src/i18n/index.ts';
import { readDigestRecords } from '../../src/lib/digest/load.ts';
import { readPolls } from '../../src/lib/polls/read-polls.ts';
import { localize } from '../../src/schemas/index.ts';
import { arrived, closePagesThenClear, openSession, type Session } from '../e2e/support.ts';

/**
 * The demo's digest in Chromium, in each language: found from the site's footer, read, followed to a poll, and
 * its newsletter file opened on its own, as a maintainer would before pasting it into a mail tool.
 */
let session: Session;
beforeAll(async () => {
  session = await openSession();
});
afterAll(async () => {
  await session?.close();
});
afterEach(async () => {
  await closePagesThenClear(session);
});

const [latest, earlier] = readDigestRecords().digests;
const cleanup = readPolls().polls.find((p) => p.id === 'lisbon-cleanup-day')!;

describe.each(['en', 'es', 'ja'])('the digest in %s', (lang) => {
  it('is reached from the footer, lists its sections, and leads to the poll it reports', async () => {
    const page = await session.newPage();
    await page.goto(`${session.origin}/${lang}/`);
    await page.locator('footer').getByRole('link', { name: t(lang, 'nav.digest'), exact: true }).click();
    await page.waitForURL(`**/${lang}/digest/`);
    await arrived(session, page, `digests-${lang}`, { screenshot: false });
    await page.locator('main ol.digests a').first().click();
    await page.waitForURL(`**/${lang}/digest/${latest!.date}/`);
    expect(await page.locator('html').getAttribute('lang')).toBe(lang);
    const headings = await page.locator('main h2').allInnerTexts();
    expect(headings).toEqual(expect.arrayContaining(['decisions', 'open', 'suggestions', 'proposals', 'posts'].map((k) => t(lang, `digest.section.${k}`))));
    // The post exists in English only: shown in English and marked so, in the Spanish and Japanese digests.
    const post = page.locator('#d-posts ~ ul a').first();
    expect(await post.innerText()).toBe('Deciding at every level');
    // Marked the way the whole site marks a fallback: a lang/dir span with a visible marker (src/i18n/marks.ts).
    expect(await post.evaluate((a) => a.querySelector('.fallback[lang]')?.getAttribute('lang') ?? null)).toBe(lang === 'en' ? null : 'en');
    await arrived(session, page, `digest-${lang}`);

    await page.locator('#d-decisions ~ ul a').first().click();
    await page.waitForURL(`**/${lang}/polls/lisbon-cleanup-day/`);
    await arrived(session, page, `digest-to-poll-${lang}`, { screenshot: false });
    expect(await page.locator('main h1').innerText()).toBe(localize(cleanup.data.title, lang, 'en'));
  });

  it('has a newsletter file that stands alone: inline styles, nothing fetched, fallbacks marked', async () => {
    const page = await session.newPage();
    const response = await page.goto(`${session.origin}/${lang}/digest/${earlier!.date}/mail.html`);
    expect(response?.headers()['content-type']).toContain('text/html');
    await page.waitForLoadState('load');
    const facts = await page.evaluate(() => ({
      lang: document.documentElement.lang,
      external: document.querySelectorAll('script, style, link, img, iframe, object').length,
      unstyled: [...document.body.querySelectorAll('*')].filter((e) => !['SPAN', 'BR', 'STRONG'].includes(e.tagName) && !e.getAttribute('style')).map((e) => e.tagName),
      links: [...document.querySelectorAll('a')].map((a) => a.getAttribute('href')),
      fallback: [...document.querySelectorAll('[lang="en"]')].map((e) => e.textContent),
      width: document.documentElement.scrollWidth,
    }));
    expect(facts.lang).toBe(lang);
    expect(facts.external).toBe(0);
    expect(facts.unstyled).toEqual([]);
    // Absolute links: a mail is read far from the site.
    expect(facts.links.every((h) => h?.startsWith('https://'))).toBe(true);
    expect(facts.links).toContain(`https://tidewater-commons.example.org/${lang}/polls/campaign-2027/`);
    if (lang !== 'en') expect(facts.fallback).toEqual(expect.arrayContaining(['Revise the guide to agendas and minutes']));
    expect(await page.locator('h1').innerText()).toContain(t(lang, 'digest.title'));
    expect(session.watcher.problems).toEqual([]);
    // Fits a phone's width, as a mail app shows it.
    await page.setViewportSize({ width: 360, height: 800 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  });
});

describe('the digests feed and plain versions', () => {
  it('lists every digest in each language, and serves text and Markdown', async () => {
    const get = async (p: string) => (await fetch(`${session.origin}${p}`)).text();
    for (const lang of ['en', 'es', 'ja']) {
      const xml = await get(`/${lang}/digest/rss.xml`);
      expect(xml.match(/<item>/g)).toHaveLength(readDigestRecords().digests.length);
      expect(xml).toContain(`<link>https://tidewater-commons.example.org/${lang}/digest/${latest!.date}/</link>`);
    }
    const text = await get(`/es/digest/${latest!.date}/digest.txt`);
    expect(text).toContain(t('es', 'digest.section.decisions').toLocaleUpperCase('es'));
    const md = await get(`/ja/digest/${latest!.date}/digest.md`);
    expect(md).toContain(`## ${t('ja', 'digest.section.decisions')}`);
  });
});
