import type { Element, Properties, Root } from 'hast';
import { visit } from 'unist-util-visit';

/**
 * For a link that leaves the site, its `rel` (with `noopener`) and `className` (with `external`); null for
 * the site's own links, relative links and anchors.
 */
export function externalLinkProperties(properties: Properties | undefined, ownHost: string | undefined): { rel: string[]; className: string[] } | null {
  const target = properties?.href;
  if (typeof target !== 'string' || !/^https?:\/\//i.test(target) || !URL.canParse(target)) return null;
  if (ownHost && new URL(target).host === ownHost) return null;
  const rel = new Set([...(Array.isArray(properties!.rel) ? properties!.rel.map(String) : []), 'noopener']);
  const cls = Array.isArray(properties!.className) ? properties!.className.map(String) : [];
  return { rel: [...rel], className: [...new Set([...cls, 'external'])] };
}

export const hostOf = (siteUrl?: string) => (siteUrl ? new URL(siteUrl).host : undefined);

/**
 * Links that leave the site open as ordinary links but carry `rel="noopener"` and a class,
 * so the stylesheet can mark them; the site's own links and anchors are left alone.
 */
export function rehypeExternalLinks(options: { siteUrl?: string } = {}) {
  const own = hostOf(options.siteUrl);
  return (tree: Root) => {
    visit(tree, 'element', (node: Element) => {
      if (node.tagName !== 'a') return;
      const props = externalLinkProperties(node.properties, own);
      if (props) Object.assign(node.properties, props);
    });
  };
}
