import type { PluggableList } from 'unified';
import { rehypeBaseLinks } from './rehype-base-links.ts';
import { rehypeExternalLinks } from './rehype-external-links.ts';
import { satteriBaseLinks, satteriExternalLinks } from './satteri-links.ts';

/**
 * The one Markdown pipeline for the site's own content (.md and .mdx). Comment bodies from GitHub do
 * not pass through here: they are hostile input and go through src/lib/comments' sanitizer instead.
 *
 * The site compiles with Astro's default processor, Sätteri: `satteri({ hastPlugins })` in astro.config.mjs.
 * The unified lists below are the same rewrites as rehype plugins, for `npm run bench -- --unified`, which
 * keeps the cost of the JavaScript pipeline measured.
 */
export const remarkPlugins: PluggableList = [];
export const rehypePlugins: PluggableList = [
  [rehypeBaseLinks, { base: process.env.BASE_PATH }],
  [rehypeExternalLinks, { siteUrl: process.env.SITE_URL }],
];

/** Sätteri compiles MDX in Rust; at 1,900 pages its bundling step takes a third of unified's. */
export const hastPlugins = [satteriBaseLinks({ base: process.env.BASE_PATH }), satteriExternalLinks({ siteUrl: process.env.SITE_URL })].filter((p) => p !== null);
