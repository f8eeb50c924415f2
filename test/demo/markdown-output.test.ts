import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPages, readSite } from '../../src/lib/content/load.ts';
import { builtSite } from '../support/built-site.ts';

/**
 * The site's Markdown processor changed from unified to Sätteri (astro.config.mjs) on the promise that every
 * page reads exactly as before. fixtures/markdown-output.json holds, for each of the demo's pages, the
 * `<article>` the page's text is rendered into (the Markdown, its headings' ids, tables, links, components) as
 * the unified build wrote it before the switch, with a digest of the source file it came from. The built site
 * must match it byte for byte.
 *
 * When a demo page is edited on purpose, its source digest no longer matches and the test says so: rebuild,
 * run `UPDATE_FIXTURES=1 npx vitest run test/demo/markdown-output.test.ts` and review the diff (the new text
 * should be all that changed). MARKDOWN_OUTPUT_DIST=<folder> records from another build's output.
 */
const FIXTURE = path.join(import.meta.dirname, 'fixtures', 'markdown-output.json');
type Recorded = Record<string, { source: string; page: string; article: string }>;

const site = readSite();
const { pages } = readPages(site);
const digest = (file: string) => crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');
const routeOf = (p: (typeof pages)[number]) => `${p.lang}/${p.kind}/${p.slug ? `${p.slug}/` : ''}index.html`;

/** The first <article> of a page, whole: where a content page's text is rendered. */
function articleOf(html: string): string | null {
  const start = html.indexOf('<article');
  const end = html.indexOf('</article>', start);
  return start < 0 || end < 0 ? null : html.slice(start, end + '</article>'.length);
}

/**
 * What of an article the Markdown made: a post's discussion comes last inside its article, but it is no Markdown
 * of the page (its markup is tested in test/comments/), so the comparison stops where it starts, on both sides.
 */
function markdownPart(article: string | null): string | null {
  const thread = article?.indexOf('<section class="thread"') ?? -1;
  return thread < 0 ? article : article!.slice(0, thread);
}

const dist = process.env.MARKDOWN_OUTPUT_DIST ?? (await builtSite());
if (process.env.UPDATE_FIXTURES === '1') {
  const recorded: Recorded = {};
  for (const p of pages) {
    const article = articleOf(fs.readFileSync(path.join(dist, routeOf(p)), 'utf8'));
    if (article) recorded[p.file] = { source: digest(p.file), page: routeOf(p), article };
  }
  fs.writeFileSync(FIXTURE, `${JSON.stringify(recorded, null, 1)}\n`);
}

describe('every demo page renders its Markdown as before the switch to Sätteri', () => {
  const recorded = JSON.parse(fs.readFileSync(FIXTURE, 'utf8')) as Recorded;

  it('has a recording of every page written in the demo', () => {
    expect(pages.map((p) => p.file).filter((f) => !recorded[f])).toEqual([]);
    expect(Object.keys(recorded).length).toBeGreaterThan(30);
  });

  it.each(Object.entries(recorded))('%s', (file, { source, page, article }) => {
    expect(digest(file), `${file} changed since its output was recorded: see the comment at the top of this test`).toBe(source);
    expect(markdownPart(articleOf(fs.readFileSync(path.join(dist, page), 'utf8')))).toBe(markdownPart(article));
  });

  it('finds a page that differs', () => {
    const [, { article }] = Object.entries(recorded)[0]!;
    expect(markdownPart(articleOf(`<main>${article.replace('</p>', ' </p>')}</main>`))).not.toBe(markdownPart(article));
  });
});
