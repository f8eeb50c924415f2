import type { Element } from 'hast';
import type { HastPluginDefinition, HastVisitorContext } from 'satteri';

/**
 * Sätteri writes a line break between the rows and cells of a Markdown table; the MDX compiler the site used
 * before it wrote none. Browsers ignore that whitespace, but dropping it keeps every page byte for byte as it
 * was (test/demo/markdown-output.test.ts compares), and a little lighter. Only in MDX: `.md` tables had the
 * line breaks before too.
 */
const TABLE_PARTS = ['table', 'thead', 'tbody', 'tfoot', 'tr'];
const isBlank = (text: string) => /^[ \t\n\r\f]*$/.test(text);

export function mdxTableWhitespace(): HastPluginDefinition {
  return {
    name: 'chapterhouse-mdx-table-whitespace',
    element: {
      filter: TABLE_PARTS,
      visit(node: Readonly<Element>, ctx: HastVisitorContext) {
        if (ctx.sourceFormat !== 'mdx') return;
        for (let i = node.children.length - 1; i >= 0; i--) {
          const child = node.children[i]!;
          if (child.type === 'text' && isBlank(child.value)) ctx.removeChildAt(node, i);
        }
      },
    },
  };
}
