// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { satteri } from '@astrojs/markdown-satteri';
import { hastPlugins } from './src/lib/markdown/pipeline.ts';
import { readSite } from './src/lib/content/load.ts';

const site = readSite();

// GitHub Pages serves project sites under /<repo>/; the deploy workflow passes that base path in.
const base = process.env.BASE_PATH || '/';

export default defineConfig({
  site: process.env.SITE_URL || site.url,
  base,
  trailingSlash: 'always',
  build: { format: 'directory' },
  // One pipeline for .md and .mdx: Astro's default processor, Sätteri (GFM and smart punctuation on), which
  // compiles MDX in Rust; on a large organization unified took half the build (npm run bench -- --satteri).
  // Our link rewrites run on it as hast plugins from src/lib/markdown/.
  markdown: {
    processor: satteri({ hastPlugins }),
  },
  integrations: [
    mdx(),
    // hreflang alternates come from the language prefix every page has.
    sitemap({
      i18n: {
        defaultLocale: site.defaultLanguage,
        locales: Object.fromEntries(site.languages.map((l) => [l.code, l.code])),
      },
      filter: (page) => !/\/404\/?$/.test(page),
    }),
  ],
  // No prefetch, no client router: content pages ship no JavaScript.
  prefetch: false,
  devToolbar: { enabled: false },
  vite: {
    build: {
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
