import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';

/**
 * Authors write site links as `/en/handbook/…`. When the site is served under a base path (a GitHub Pages
 * project site lives at /<repo>/), those links need the base in front; this adds it, once.
 */
export function rehypeBaseLinks(options: { base?: string } = {}) {
  const base = (options.base ?? '/').replace(/\/?$/, '/');
  return (tree: Root) => {
    if (base === '/') return;
    visit(tree, 'element', (node: Element) => {
      for (const attr of ['href', 'src'] as const) {
        const value = node.properties?.[attr];
        if (typeof value !== 'string' || !value.startsWith('/') || value.startsWith('//') || value.startsWith(base)) continue;
        node.properties[attr] = base + value.slice(1);
      }
    });
  };
}
