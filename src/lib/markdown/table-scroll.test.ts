import { markdownToHtml, mdxToJs } from 'satteri';
import { describe, expect, it } from 'vitest';
import { mdxTableWhitespace } from './mdx-table-whitespace.ts';
import { tableScroll } from './table-scroll.ts';

const run = async (md: string, options: { rawHtml?: boolean } = {}) =>
  (await markdownToHtml(md, { hastPlugins: [tableScroll()], features: { rawHtml: options.rawHtml ?? false } })).html.trim();

const ledger = '| Date | Description | In |\n| --- | --- | --- |\n| 2026-03-14 | Gloves | 38.00 |\n';
const box = '<div class="table-scroll" tabindex="0" role="region" aria-label="Date, Description, In">';

describe('tableScroll', () => {
  it('puts a table in a box that scrolls, takes focus and is named after its headings', async () => {
    const out = await run(ledger);
    expect(out.startsWith(`${box}<table>`)).toBe(true);
    expect(out.endsWith('</table></div>')).toBe(true);
  });

  it('prefers the caption as the name, and names no box for a table with no text', async () => {
    expect(await run('<table><caption>Money in March</caption><tr><th>Date</th></tr></table>', { rawHtml: true })).toContain('aria-label="Money in March"');
    expect(await run('<table><tr><td></td></tr></table>', { rawHtml: true })).toBe('<div class="table-scroll" tabindex="0"><table><tbody><tr><td></td></tr></tbody></table></div>');
  });

  it('leaves a table that already sits in a box alone', async () => {
    const html = `${box}<table><tbody><tr><th>Date</th></tr></tbody></table></div>`;
    expect(await run(html, { rawHtml: true })).toBe(html);
  });
});

describe('mdxTableWhitespace', () => {
  const cells = (code: string) => /<_components\.table>[\s\S]*<\/_components\.table>/.exec(code)?.[0] ?? '';
  it('writes an MDX table without whitespace between its rows and cells', async () => {
    const plain = cells((await mdxToJs(ledger, { jsx: true })).code);
    const tight = cells((await mdxToJs(ledger, { jsx: true, hastPlugins: [mdxTableWhitespace()] })).code);
    expect(plain).toContain('{"\\n"}');
    expect(tight).not.toContain('{"\\n"}');
    expect(tight.replace(/\{"\\n"\}/g, '')).toBe(plain.replace(/\{"\\n"\}/g, ''));
  });

  it('leaves .md tables as they are', async () => {
    const plain = (await markdownToHtml(ledger)).html;
    expect((await markdownToHtml(ledger, { hastPlugins: [mdxTableWhitespace()] })).html).toBe(plain);
  });
});
