import { describe, expect, it } from 'vitest';
import { parseDocument } from './blocks.ts';

describe('parseDocument', () => {
  it('reads headings, paragraphs, nested list items and table rows as blocks', () => {
    const doc = parseDocument('---\ntitle: X\n---\n\n# Top\n\nSome *plain*\ntext.\n\n- one\n  - inner\n- two\n\n| a | b |\n| - | - |\n| 1 | 2 |\n');
    expect(doc.frontmatter).toBe('title: X');
    expect(doc.blocks.map((b) => [b.kind, b.text, b.depth])).toEqual([
      ['heading', 'Top', 1],
      ['paragraph', 'Some plain text.', 0],
      ['item', 'one', 1],
      ['item', 'inner', 2],
      ['item', 'two', 1],
      ['row', 'a | b', 0],
      ['row', '1 | 2', 0],
    ]);
    expect(doc.blocks[6]!.header).toEqual(['a', 'b']);
    expect(doc.blocks[5]!.isHeader).toBe(true);
  });
  it('reads through MDX components that wrap prose and keeps imports as source', () => {
    const doc = parseDocument('import Note from "../Note.astro";\n\n<Note kind="tip">\n\nBring gloves.\n\n</Note>\n');
    expect(doc.blocks.map((b) => [b.kind, b.text])).toEqual([
      ['raw', 'import Note from "../Note.astro";'],
      ['raw', '<Note kind="tip">'],
      ['paragraph', 'Bring gloves.'],
    ]);
  });
  it('leaves out MDX comments, which the site does not show, but keeps an expression that holds more than a comment', () => {
    const doc = parseDocument('{/*\n  Write the mission here.\n*/}\n\nWe exist.\n\n{/* a */ 1 + /* b */ 2}\n');
    expect(doc.blocks.map((b) => [b.kind, b.text])).toEqual([
      ['paragraph', 'We exist.'],
      ['raw', '{/* a */ 1 + /* b */ 2}'],
    ]);
  });
  it('falls back to Markdown when the MDX does not parse, instead of failing', () => {
    const doc = parseDocument('Dues go up by < 5 euros {per year\n');
    expect(doc.blocks).toEqual([expect.objectContaining({ kind: 'paragraph', text: 'Dues go up by < 5 euros {per year' })]);
  });
  it('keeps a link target in the markup so a changed link is not "no change"', () => {
    const [a] = parseDocument('See [the rules](https://a.example).').blocks;
    const [b] = parseDocument('See [the rules](https://b.example).').blocks;
    expect(a!.text).toBe(b!.text);
    expect(a!.markup).not.toBe(b!.markup);
  });
});
