import { PAGES_IN_FLIGHT } from '../../src/lib/pages-in-flight.ts';

/**
 * The baseline: the smallest plain Astro + MDX site that builds the same MDX files into pages, one page per
 * file, with no Chapterhouse feature (no indexes, threads, polls, history or translations). What Chapterhouse
 * costs beyond this is the cost of our layer. The project is generated inside the Chapterhouse checkout so
 * that Node finds the same installed astro and @astrojs/mdx.
 */
export function baselineProject(contentDir: string): Map<string, string> {
  const files = astroProject('bench-baseline', true);
  files.set('src/content.config.ts', [
    "import { defineCollection } from 'astro:content';",
    "import { glob } from 'astro/loaders';",
    '',
    'export const collections = {',
    `  pages: defineCollection({ loader: glob({ pattern: '*/{documents,handbook,blog}/**/*.{md,mdx}', base: ${JSON.stringify(contentDir)} }) }),`,
    '};',
    '',
  ].join('\n'));
  files.set('src/pages/[...slug].astro', [
    '---',
    "import { getCollection, render } from 'astro:content';",
    '',
    'export async function getStaticPaths() {',
    "  const pages = await getCollection('pages');",
    '  return pages.map((entry) => ({ params: { slug: entry.id }, props: { entry } }));',
    '}',
    'const { entry } = Astro.props;',
    'const { Content } = await render(entry);',
    '---',
    '<html lang="en">',
    '  <head><meta charset="utf-8" /><title>{entry.data.title}</title></head>',
    '  <body><main><h1>{entry.data.title}</h1><Content /></main></body>',
    '</html>',
    '',
  ].join('\n'));
  return files;
}

/**
 * Astro alone: a site with one route that writes `pages` pages with nothing on them but a heading, as many in
 * flight at once as Chapterhouse's build (one at a time, Astro waits on each file being written: on two cores
 * that took 60-70 % longer). What this build takes is what Astro itself costs to start and write that many
 * pages, which no site writing them through Astro can go below: it shows how much of a cold build's time is the
 * number of pages rather than what is on them.
 */
export function emptyPagesProject(pages: number): Map<string, string> {
  const files = astroProject('bench-empty-pages', false, PAGES_IN_FLIGHT);
  files.set('src/pages/[n].astro', [
    '---',
    'export function getStaticPaths() {',
    `  return Array.from({ length: ${pages} }, (_, n) => ({ params: { n: String(n) } }));`,
    '}',
    'const { n } = Astro.params;',
    '---',
    '<html lang="en">',
    '  <head><meta charset="utf-8" /><title>Page {n}</title></head>',
    '  <body><main><h1>Page {n}</h1></main></body>',
    '</html>',
    '',
  ].join('\n'));
  return files;
}

/**
 * A package and an Astro config writing pages as Chapterhouse does (a folder per page), with MDX or without, and
 * Astro's default of one page at a time unless `inFlight` says otherwise (the baseline is Astro as it comes).
 */
function astroProject(name: string, mdx: boolean, inFlight = 1): Map<string, string> {
  return new Map([
    ['package.json', `${JSON.stringify({ name, private: true, type: 'module' }, null, 2)}\n`],
    ['astro.config.mjs', [
      "import { defineConfig } from 'astro/config';",
      ...(mdx ? ["import mdx from '@astrojs/mdx';"] : []),
      '',
      `export default defineConfig({ ${mdx ? 'integrations: [mdx()], ' : ''}trailingSlash: 'always', build: { format: 'directory'${inFlight > 1 ? `, concurrency: ${inFlight}` : ''} } });`,
      '',
    ].join('\n')],
  ]);
}
