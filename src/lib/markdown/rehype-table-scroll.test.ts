import { markdownToHtml } from 'satteri';
import rehypeParse from 'rehype-parse';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { rehypeTableScroll } from './rehype-table-scroll.ts';
import { satteriTableScroll } from './satteri-table-scroll.ts';

const rehype = (html: string) => String(unified().use(rehypeParse, { fragment: true }).use(rehypeTableScroll).use(rehypeStringify).processSync(html));
const satteri = async (md: string) => (await markdownToHtml(md, { hastPlugins: [satteriTableScroll()] })).html.trim();

const ledger = '| Date | Description | In |\n| --- | --- | --- |\n| 2026-03-14 | Gloves | 38.00 |\n';
const box = '<div class="table-scroll" tabindex="0" role="region" aria-label="Date, Description, In">';

describe('rehypeTableScroll', () => {
  it('puts a table in a box that scrolls, takes focus and is named after its headings', () => {
    const out = rehype('<table><thead><tr><th>Date</th><th>Description</th><th>In</th></tr></thead><tbody><tr><td>1</td><td>x</td><td>2</td></tr></tbody></table>');
    expect(out.startsWith(`${box}<table>`)).toBe(true);
    expect(out.endsWith('</table></div>')).toBe(true);
  });

  it('prefers the caption as the name, and names no box for a table with no text', () => {
    expect(rehype('<table><caption>Money in March</caption><tr><th>Date</th></tr></table>')).toContain('aria-label="Money in March"');
    expect(rehype('<table><tr><td></td></tr></table>')).toBe('<div class="table-scroll" tabindex="0"><table><tbody><tr><td></td></tr></tbody></table></div>');
  });

  it('leaves a table that already sits in a box alone', () => {
    const html = `${box}<table><tbody><tr><th>Date</th></tr></tbody></table></div>`;
    expect(rehype(html)).toBe(html);
  });
});

describe('the Sätteri twin', () => {
  it('makes the same box around a Markdown table', async () => {
    const out = await satteri(ledger);
    expect(out.startsWith(box)).toBe(true);
    expect(out).toContain('<table>');
    expect(out.trim().endsWith('</table></div>')).toBe(true);
  });
});
