import type { HastPluginDefinition } from 'satteri';
import { baseLinks } from './base-links.ts';
import { externalLinks } from './external-links.ts';
import { mdxCodeLock } from './mdx-code-lock.ts';
import { mdxTableWhitespace } from './mdx-table-whitespace.ts';
import { tableScroll } from './table-scroll.ts';
import { urlPolicy } from './url-policy.ts';

/**
 * The one Markdown pipeline for the site's own content (.md and .mdx), as hast plugins of Astro's Markdown
 * processor, Sätteri (astro.config.mjs; the README's "Choices we made" says why Sätteri). Comment bodies from
 * GitHub do not pass through here: they are hostile input and go through src/lib/comments' sanitizer instead.
 */
export function hastPlugins(env: { BASE_PATH?: string; SITE_URL?: string } = process.env): HastPluginDefinition[] {
  return [
    // The locks first: no code and no address the URL policy refuses reaches the transforms after them.
    mdxCodeLock(),
    urlPolicy(),
    baseLinks({ base: env.BASE_PATH }),
    externalLinks({ siteUrl: env.SITE_URL }),
    tableScroll(),
    mdxTableWhitespace(),
  ].filter((p) => p !== null);
}
