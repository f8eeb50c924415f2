import type { Element } from 'hast';
import type { HastPluginDefinition, HastVisitorContext } from 'satteri';
import { normalizeBase, withBase } from './rehype-base-links.ts';
import { externalLinkProperties, hostOf } from './rehype-external-links.ts';

/**
 * The site's two link rewrites (base path, external links) for Astro's default Markdown processor, Sätteri,
 * which compiles in Rust and runs hast plugins of its own shape instead of rehype plugins. The decisions are
 * shared with the rehype versions beside this file. Only Markdown's own links and images are elements here:
 * JSX written in MDX is left to its component, as with rehype.
 */

export function satteriBaseLinks(options: { base?: string } = {}): HastPluginDefinition | null {
  const base = normalizeBase(options.base);
  if (base === '/') return null;
  return {
    name: 'chapterhouse-base-links',
    element: {
      filter: ['a', 'img'],
      visit(node: Readonly<Element>, ctx: HastVisitorContext) {
        for (const attr of ['href', 'src'] as const) {
          const value = withBase(node.properties?.[attr], base);
          if (value !== null) ctx.setProperty(node, attr, value);
        }
      },
    },
  };
}

export function satteriExternalLinks(options: { siteUrl?: string } = {}): HastPluginDefinition {
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
