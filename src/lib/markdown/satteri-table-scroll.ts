import type { Element } from 'hast';
import type { HastPluginDefinition, HastVisitorContext } from 'satteri';
import { scrollBox, tableLabel, TABLE_SCROLL_CLASS } from './rehype-table-scroll.ts';

/** rehype-table-scroll.ts for Astro's Rust Markdown processor, Sätteri: the same box, the same name. */
export function satteriTableScroll(): HastPluginDefinition {
  return {
    name: 'chapterhouse-table-scroll',
    element: {
      filter: ['table'],
      visit(node: Readonly<Element>, ctx: HastVisitorContext) {
        const parent = ctx.parent(node);
        const classes = parent?.type === 'element' ? parent.properties?.className : undefined;
        if (Array.isArray(classes) && classes.includes(TABLE_SCROLL_CLASS)) return;
        ctx.wrapNode(node, scrollBox(tableLabel(node as Element, (n) => ctx.textContent(n))));
      },
    },
  };
}
