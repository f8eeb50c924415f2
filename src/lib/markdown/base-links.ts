import type { Element } from 'hast';
import type { HastPluginDefinition, HastVisitorContext } from 'satteri';

/** `/chapterhouse` or `/chapterhouse/` → `/chapterhouse/`; none → `/`. */
export const normalizeBase = (base?: string) => (base ?? '/').replace(/\/?$/, '/');

/**
 * The link with the base path in front, or null when it needs none: only site-absolute links
 * (`/en/…`) that do not carry the base yet; relative, external and protocol-relative links stay.
 */
export function withBase(value: unknown, base: string): string | null {
  if (base === '/' || typeof value !== 'string' || !value.startsWith('/') || value.startsWith('//') || value.startsWith(base)) return null;
  return base + value.slice(1);
}

/**
 * Authors write site links as `/en/handbook/…`. When the site is served under a base path (a GitHub Pages
 * project site lives at /<repo>/), those links need the base in front; this adds it, once. No plugin at all
 * when the site is served at the root.
 */
export function baseLinks(options: { base?: string } = {}): HastPluginDefinition | null {
  const base = normalizeBase(options.base);
  if (base === '/') return null;
  return {
    name: 'chapterhouse-base-links',
    element: {
      // Markdown's own links and images; JSX written in MDX is left to its component.
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
