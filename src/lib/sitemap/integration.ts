import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { sitemapFiles } from './sitemap.ts';

const STATUS_PAGE = /(^|\/)(404|500)\/?$/;

/**
 * Writes the sitemap (sitemap.ts) after the build: the pages Astro rendered, plus those the build cache copied
 * in, which Astro never saw (`reused`, absolute addresses, asked for only at the end: the build's plan may not
 * be ready when the config is loaded).
 */
export function sitemap(o: { languages: readonly string[]; reused: () => readonly string[] }): AstroIntegration {
  let root = '';
  return {
    name: 'chapterhouse:sitemap',
    hooks: {
      'astro:config:done': ({ config }) => {
        if (config.site) root = new URL(config.base.endsWith('/') ? config.base : `${config.base}/`, config.site).href;
      },
      'astro:build:done': ({ dir, pages, logger }) => {
        if (!root) {
          logger.warn('no sitemap: the site has no address (url in site.yml, or SITE_URL)');
          return;
        }
        // Pages are folders (build.format 'directory'); a path without the trailing slash is a feed or a file.
        const rendered = pages
          .map((p) => p.pathname.replace(/^\//, ''))
          .filter((p) => (p === '' || p.endsWith('/')) && !STATUS_PAGE.test(p))
          .map((p) => new URL(p, root).href);
        const out = fileURLToPath(dir);
        for (const file of sitemapFiles([...rendered, ...o.reused()], { root, languages: o.languages })) {
          fs.writeFileSync(path.join(out, file.name), file.xml);
        }
      },
    },
  };
}
