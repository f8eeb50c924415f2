import type { Element, Properties } from 'hast';
import type { HastPluginDefinition, HastVisitorContext } from 'satteri';

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
export function externalLinks(options: { siteUrl?: string } = {}): HastPluginDefinition {
  const own = hostOf(options.siteUrl);
  return {
    name: 'chapterhouse-external-links',
    element: {
      filter: ['a'],
      visit(node: Readonly<Element>, ctx: HastVisitorContext) {
        const props = externalLinkProperties(node.properties, own);
        if (!props) return;
        ctx.setProperty(node, 'rel', props.rel);
        ctx.setProperty(node, 'className', props.className);
      },
    },
  };
}
