import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAstroRenderer, type AstroRenderer } from './astro-render.ts';
import { createGitFixture, doc, SITE_YML, type GitFixture } from './git-fixture.ts';

/** What readers and translators see, rendered from a real repository's history: the page notice, the dashboard, the glossary. */

const NOTICE = '/src/components/translations/TranslationNotice.astro';
let repo: GitFixture;
let renderer: AstroRenderer;
const sha: Record<string, string> = {};
const render = (lang: string, slug: string, fallback: boolean) => renderer.render(NOTICE, { lang, kind: 'documents', slug, fallback });

beforeAll(async () => {
  repo = createGitFixture('ch-notice-');
  // Portuguese: a language the project ships no interface strings for.
  repo.write('content/site.yml', SITE_YML.replace('languages:\n', 'languages:\n  - { code: pt, name: Português }\n'));
  // The fixture's own strings, as an organization's overrides: the test must not depend on the project's
  // wording, which other work edits. They win over the project's strings in both languages.
  const strings = [
    'translations.notice.fallback: Not yet in {language}.',
    'translations.notice.translate: Translate this page',
    'translations.state.missing: Missing',
    'glossary.notAgreed: Not agreed yet',
  ].join('\n');
  repo.write('content/en/ui.yml', strings);
  repo.write('content/es/ui.yml', strings);
  for (const slug of ['current', 'outdated', 'untranslated']) repo.write(`content/en/documents/${slug}.mdx`, doc(slug, `About the ${slug} shore.`));
  sha.en = repo.commit('English pages', '2025-01-10T09:00:00Z');
  for (const slug of ['current', 'outdated']) repo.write(`content/es/documents/${slug}.mdx`, doc(slug, `Sobre la costa ${slug}.`));
  sha.es = repo.commit('Spanish pages', '2025-02-10T09:00:00Z');
  repo.write('content/en/documents/outdated.mdx', doc('outdated', 'About the outdated shore, now longer.'));
  sha.change = repo.commit('Extend the outdated page', '2025-03-10T09:00:00Z');
  repo.write('content/en/glossary.yml', '- term: field day\n  note: A morning of work on the shore.\n- term: quorum\n  note: The share of members who must vote.\n');
  repo.write('content/es/glossary.yml', '- term: Field day\n  translation: jornada de campo\n');
  repo.commit('Glossaries', '2025-03-11T09:00:00Z');
  process.env.CHAPTERHOUSE_CONTENT = path.join(repo.dir, 'content');
  renderer = await createAstroRenderer();
});
afterAll(async () => {
  await renderer?.close();
  repo?.remove();
});

describe('TranslationNotice', () => {
  it('on a fallback page, says the page is not translated and links to GitHub’s editor pre-filled with the original', async () => {
    const html = await render('es', 'untranslated', true);
    expect(html).toContain('data-translation="missing"');
    expect(html).toContain('Not yet in Español.');
    const link = /href="(https:\/\/github\.com\/example\/commons\/new\/[^"]+)"/.exec(html)?.[1]?.replaceAll('&amp;', '&');
    const url = new URL(link!);
    expect(url.pathname).toBe('/example/commons/new/main/content/es/documents');
    expect(url.searchParams.get('filename')).toBe('untranslated.mdx');
    expect(url.searchParams.get('value')).toBe(repo.read('content/en/documents/untranslated.mdx'));
  });

  it('on an outdated translation, links to what changed in the original since', async () => {
    const html = await render('es', 'outdated', false);
    expect(html).toContain('data-translation="outdated"');
    expect(html).toContain(`https://github.com/example/commons/compare/${sha.es}...${sha.change}`);
    expect(html).toContain('href="/en/documents/outdated/"');
  });

  it('says nothing for an up-to-date translation or on the original itself', async () => {
    expect((await render('es', 'current', false)).trim()).toBe('');
    expect((await render('en', 'outdated', false)).trim()).toBe('');
  });
});

describe('the translations dashboard', () => {
  it('lists each page of each language with its state, what changed, and the links to act', async () => {
    const html = await renderer.renderPage('/src/pages/[lang]/translations/index.astro', { lang: 'es' });
    const rows = [...html.matchAll(/<tr data-state="(\w+)"[^>]*>([\s\S]*?)<\/tr>/g)].map((m) => ({ state: m[1], html: m[2]! }));
    const row = (file: string) => rows.find((r) => r.html.includes(file));
    expect(row('content/es/documents/outdated.mdx')?.state).toBe('outdated');
    expect(row('content/es/documents/outdated.mdx')?.html).toContain('Extend the outdated page');
    expect(row('content/es/documents/untranslated.mdx')?.state).toBe('missing');
    expect(row('content/es/documents/untranslated.mdx')?.html).toContain('https://github.com/example/commons/new/main/content/es/documents?filename=untranslated.mdx');
    expect(row('content/es/documents/current.mdx')?.html).toContain('https://github.com/example/commons/edit/main/content/es/documents/current.mdx');
    // Each language's page has that language's list; the others are one row each in the overview.
    expect(rows.filter((r) => r.html.includes('content/ja/'))).toEqual([]);
    expect(html).toMatch(/<a href="\/ja\/translations\/" hreflang="ja"/);
    expect(html).toContain('href="/es/glossary/"');
    // Japanese has no pages at all: all three are missing there.
    const ja = await renderer.renderPage('/src/pages/[lang]/translations/index.astro', { lang: 'ja' });
    const jaRows = [...ja.matchAll(/<tr data-state="(\w+)"[^>]*>([\s\S]*?)<\/tr>/g)].map((m) => m[1]);
    expect(jaRows).toEqual(['missing', 'missing', 'missing']);
  });

  it("folds the interface strings a language lacks by section, each linked to its line in the English strings", async () => {
    const html = await renderer.renderPage('/src/pages/[lang]/translations/index.astro', { lang: 'pt' });
    const lines = fs.readFileSync('src/i18n/strings/en.yml', 'utf8').split('\n');
    const navLine = lines.findIndex((l) => l.startsWith('nav.')) + 1;
    expect(html).toMatch(/<details class="small todo"><summary>[^<]*\(\d+\)<\/summary>/);
    expect(html).toContain(`https://github.com/example/commons/blob/main/src/i18n/strings/en.yml#L${navLine}`);
    // The default language's page has no to-do list of its own, only the overview.
    const en = await renderer.renderPage('/src/pages/[lang]/translations/index.astro', { lang: 'en' });
    expect(en).not.toContain('<tr data-state=');
  });
});

describe('the glossary page', () => {
  it('pairs each term with the agreed translation and marks the ones not agreed yet', async () => {
    const html = await renderer.renderPage('/src/pages/[lang]/glossary/index.astro', { lang: 'es' });
    expect(html).toMatch(/field day<\/th>\s*<td[^>]*>jornada de campo<\/td>/);
    expect(html).toMatch(/quorum<\/th>\s*<td[^>]*><span[^>]*>[^<]+<\/span><\/td>/);
    expect(html).toContain('https://github.com/example/commons/edit/main/content/es/glossary.yml');
  });
});
