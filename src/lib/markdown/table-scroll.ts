import type { Element, ElementContent } from 'hast';
import type { HastPluginDefinition, HastVisitorContext } from 'satteri';

/**
 * A wide table (a chapter's ledger, a rota) scrolls inside its own box on a phone instead of pushing the
 * whole page sideways. The box can take keyboard focus, so it can be scrolled without a mouse, and is named
 * after the table's column headings, so a screen reader says what it is. Applied to the site's own content;
 * the components wrap their tables themselves.
 */
export const TABLE_SCROLL_CLASS = 'table-scroll';

function textOf(node: ElementContent): string {
  if (node.type === 'text') return node.value;
  if (node.type === 'element') return node.children.map(textOf).join('');
  return '';
}

/** The table's caption, else its first row's cells, as one line: what the scroll box is called. */
export function tableLabel(table: Element, text: (node: Element) => string = (n) => textOf(n)): string {
  const elements = (parent: Element) => parent.children.filter((c): c is Element => c.type === 'element');
  const caption = elements(table).find((c) => c.tagName === 'caption');
  if (caption) return text(caption).replace(/\s+/g, ' ').trim();
  const rows = elements(table).flatMap((c) => (c.tagName === 'tr' ? [c] : ['thead', 'tbody'].includes(c.tagName) ? elements(c).filter((r) => r.tagName === 'tr') : []));
  const first = rows[0];
  if (!first) return '';
  return elements(first)
    .map((cell) => text(cell).replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join(', ');
}

/** The box a table is put in, without its child. */
export function scrollBox(label: string): Element {
  return {
    type: 'element',
    tagName: 'div',
    properties: { className: [TABLE_SCROLL_CLASS], tabIndex: 0, ...(label ? { role: 'region', ariaLabel: label } : {}) },
    children: [],
  };
}

export function tableScroll(): HastPluginDefinition {
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
