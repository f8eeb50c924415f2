import type { PluggableList } from 'unified';
import { rehypeBaseLinks } from './rehype-base-links.ts';
import { rehypeExternalLinks } from './rehype-external-links.ts';
import { rehypeTableScroll } from './rehype-table-scroll.ts';
import { rehypeUrlPolicy } from './rehype-url-policy.ts';
import { satteriBaseLinks, satteriExternalLinks, satteriUrlPolicy } from './satteri-links.ts';
import { satteriTableScroll } from './satteri-table-scroll.ts';

/**
 * The one Markdown pipeline for the site's own content (.md and .mdx). Comment bodies from GitHub do
 * not pass through here: they are hostile input and go through src/lib/comments' sanitizer instead.
 *
 * The site compiles with unified (`unified({ remarkPlugins, rehypePlugins })` in astro.config.mjs).
 * `hastPlugins` are the same transforms for Astro's Rust processor, Sätteri, which `npm run bench -- --satteri`
 * builds with to keep the cost of the JavaScript pipeline measured.
 */
export const remarkPlugins: PluggableList = [];
export const rehypePlugins: PluggableList = [
  // First, so the link rewrites after it only ever see addresses the URL policy allows.
  rehypeUrlPolicy,
  [rehypeBaseLinks, { base: process.env.BASE_PATH }],
  [rehypeExternalLinks, { siteUrl: process.env.SITE_URL }],
  rehypeTableScroll,
];

/** For the benchmark's Sätteri variant only. */
export const hastPlugins = [
  satteriUrlPolicy(),
  satteriBaseLinks({ base: process.env.BASE_PATH }),
  satteriExternalLinks({ siteUrl: process.env.SITE_URL }),
  satteriTableScroll(),
].filter((p) => p !== null);
