// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import { hastPlugins } from './src/lib/markdown/pipeline.ts';
import path from 'node:path';
import { readSite } from './src/lib/content/load.ts';
import { contentRoot } from './src/lib/content/paths.ts';
import { reusedPageUrls } from './src/lib/build-cache/current-plan.ts';
import { PAGES_IN_FLIGHT } from './src/lib/pages-in-flight.ts';
import { sitemap } from './src/lib/sitemap/integration.ts';

const site = readSite();

// GitHub Pages serves project sites under /<repo>/; the deploy workflow passes that base path in.
const base = process.env.BASE_PATH || '/';

export default defineConfig({
  site: process.env.SITE_URL || site.url,
  base,
  trailingSlash: 'always',
  // Component styles go in shared, cached files rather than a <style> in every page: about 4 KB less HTML per page.
  // A few pages in flight at once: while one waits on its file being written, another renders. The output is
  // the same byte for byte (the bench's --compare, test/demo/build-cache.test.ts); a build of 19,500 pages took
  // 10-30 % less time on 2 cores with the same CPU time and memory.
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: PAGES_IN_FLIGHT },
  // Astro's Markdown processor, Sätteri (Rust), with our hast plugins from src/lib/markdown/, for .md and .mdx.
  // It writes the same HTML the unified pipeline did (test/demo/markdown-output.test.ts) with a quarter less CPU
  // for the whole build; the README's "Choices we made" has the figures. Markdown is still analysed with remark.
  markdown: {
    processor: satteri({ hastPlugins: hastPlugins(), features: { smartPunctuation: true } }),
  },
  integrations: [
    mdx(),
    // Site settings shape every route (languages, base address); the demo's clock shapes every page. An edit to
    // either restarts `npm run dev`. Interface strings, chapters, the roster and glossaries reload without a
    // restart: they are content collections (src/content.config.ts).
    {
      name: 'chapterhouse:settings',
      hooks: {
        'astro:config:setup': ({ addWatchFile }) => {
          for (const file of ['site.yml', 'demo.yml']) addWatchFile(path.join(contentRoot(), file));
        },
      },
    },
    // hreflang alternates come from the language prefix every page has (src/lib/sitemap/). Pages copied from the
    // build cache were not rendered by Astro, which lists only what it rendered: the plan names them.
    sitemap({ languages: site.languages.map((l) => l.code), reused: () => reusedPageUrls(process.env.SITE_URL || site.url, base) }),
  ],
  // No prefetch, no client router: content pages ship no JavaScript.
  prefetch: false,
  devToolbar: { enabled: false },
  vite: {
    build: {
      // Bundled scripts stay files, never inline: a page's Content-Security-Policy then allows them by origin
      // ('self', on the pages that declare scripts), and no inline script runs unless a page names its hash.
      assetsInlineLimit: (file) => (/\.[cm]?js$/.test(file) ? false : undefined),
      rollupOptions: {
        // Every MDX page carries Astro's "use astro:head-inject" directive, which the bundler warns about once per
        // page although Astro handles it; hiding that one warning keeps real problems visible in the build log.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && /astro:head-inject/.test(warning.message)) return;
          warn(warning);
        },
      },
    },
  },
});
