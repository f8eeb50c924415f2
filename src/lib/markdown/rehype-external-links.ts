import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';

/**
 * Links that leave the site open as ordinary links but carry `rel="noopener"` and a class,
 * so the stylesheet can mark them; the site's own links and anchors are left alone.
 */
export function rehypeExternalLinks(options: { siteUrl?: string } = {}) {
  const own = options.siteUrl ? new URL(options.siteUrl).host : undefined;
  return (tree: Root) => {
    visit(tree, 'element', (node: Element) => {
      if (node.tagName !== 'a') return;
      const target = node.properties?.href;
      if (typeof target !== 'string' || !/^https?:\/\//i.test(target)) return;
      if (own && new URL(target).host === own) return;
      const rel = new Set([...(Array.isArray(node.properties.rel) ? node.properties.rel.map(String) : []), 'noopener']);
      node.properties.rel = [...rel];
      const cls = Array.isArray(node.properties.className) ? node.properties.className.map(String) : [];
      node.properties.className = [...new Set([...cls, 'external'])];
    });
  };
}
