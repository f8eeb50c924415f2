import type { PluggableList } from 'unified';
import { rehypeBaseLinks } from './rehype-base-links.ts';
import { rehypeExternalLinks } from './rehype-external-links.ts';
import { satteriBaseLinks, satteriExternalLinks } from './satteri-links.ts';

/**
 * The one Markdown pipeline for the site's own content (.md and .mdx). Comment bodies from GitHub do
 * not pass through here: they are hostile input and go through src/lib/comments' sanitizer instead.
 */
export const remarkPlugins: PluggableList = [];
export const rehypePlugins: PluggableList = [
  [rehypeBaseLinks, { base: process.env.BASE_PATH }],
  [rehypeExternalLinks, { siteUrl: process.env.SITE_URL }],
];

/**
 * The same rewrites for Astro's default processor, Sätteri, which compiles MDX about twice as fast:
 * `markdown: { processor: satteri({ hastPlugins }) }` (from @astrojs/markdown-satteri).
 */
export const hastPlugins = [satteriBaseLinks({ base: process.env.BASE_PATH }), satteriExternalLinks({ siteUrl: process.env.SITE_URL })].filter((p) => p !== null);
