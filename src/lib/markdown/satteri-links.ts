import type { Element } from 'hast';
import type { MdxJsxFlowElementHast, MdxJsxTextElementHast } from 'mdast-util-mdx-jsx';
import type { HastPluginDefinition, HastVisitorContext } from 'satteri';
import { normalizeBase, withBase } from './rehype-base-links.ts';
import { externalLinkProperties, hostOf } from './rehype-external-links.ts';
import { allowedJsxAttributes, allowedProperties, isRefusedElementName, isUnsafeRawHtml } from './rehype-url-policy.ts';

/**
 * The site's Markdown plugins for Astro's default Markdown processor, Sätteri, which compiles in Rust and
 * runs hast plugins of its own shape instead of rehype plugins. The decisions are shared with the rehype
 * versions beside this file. For the link rewrites only Markdown's own links and images are elements here:
 * JSX written in MDX is left to its component, as with rehype. The URL policy looks at JSX too.
 */

/**
 * rehypeUrlPolicy for Sätteri. Sätteri keeps a `.md` page's raw HTML as raw pieces (one per tag), so an
 * unsafe piece is dropped whole, as the rehype version does before the HTML is parsed.
 */
export function satteriUrlPolicy(): HastPluginDefinition {
  const jsx = {
    filter: [],
    visit(node: Readonly<MdxJsxFlowElementHast | MdxJsxTextElementHast>, ctx: HastVisitorContext) {
      if (isRefusedElementName(node.name)) return ctx.removeNode(node);
      const attributes = allowedJsxAttributes(node.attributes);
      if (attributes) ctx.replaceNode(node, { ...node, attributes });
    },
  };
  return {
    name: 'chapterhouse-url-policy',
    element: {
      filter: [],
      visit(node: Readonly<Element>, ctx: HastVisitorContext) {
        if (isRefusedElementName(node.tagName)) return ctx.removeNode(node);
        const properties = allowedProperties(node.properties);
        if (properties) ctx.replaceNode(node, { ...node, properties });
      },
    },
    mdxJsxFlowElement: jsx,
    mdxJsxTextElement: jsx,
    raw(node, ctx) {
      if (isUnsafeRawHtml(node.value)) ctx.removeNode(node);
    },
  };
}

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
