/**
 * `npm run build`: content check, Astro build, search index, in that order. Pages whose inputs did not change
 * since the last build are copied from the build cache instead of rendered (src/lib/build-cache/).
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { makePlanApart } from '../src/lib/build-cache/plan-apart.ts';
import type { BuildPlan } from '../src/lib/build-cache/plan.ts';
import { lockCache, restoreReused, saveRendered, trackedCacheFiles } from '../src/lib/build-cache/store.ts';
import { progress, runCommand, UsageError } from '../src/lib/cli/command.ts';
import { runSteps } from '../src/lib/cli/steps.ts';
import { parseListFlag } from '../src/lib/cli/values.ts';
import { ChapterhouseError } from '../src/lib/errors.ts';
import { withStagedSearchPages } from '../src/lib/search/stage-pages.ts';

const STEPS = ['check', 'search'] as const;
const MARKS_WORKER = fileURLToPath(new URL('../src/i18n/marks-worker.ts', import.meta.url));

const command = {
  name: 'npm run build',
  summary:
    "check the content (npm run check), build the site into dist/ with Astro, then index it for search with Pagefind. " +
    'It works offline: everything it shows from GitHub comes from the committed snapshot in content/github/. ' +
    'Pages whose inputs (text, translations, discussion, poll, git history, shared settings, code) are unchanged since the ' +
    'last build are copied from the build cache in .cache/chapterhouse-build/ rather than rendered again; the output is the same either way.',
  flags: {
    fresh: { type: 'boolean', description: 'render every page, ignoring the build cache (the cache is refilled)' },
    'out-dir': { type: 'string', value: 'dir', description: 'write the site here instead of dist/' },
    'cache-dir': { type: 'string', value: 'dir', description: 'keep the build cache here instead of .cache/chapterhouse-build/' },
    config: { type: 'string', value: 'file', description: 'the Astro config file (default astro.config.mjs)' },
    skip: { type: 'string', value: 'steps', description: `steps to leave out, comma-separated: ${STEPS.join(', ')}` },
  },
  env: {
    BASE_PATH: 'serve the site under this path, e.g. /site/ for a GitHub Pages project site (the deploy workflow sets it)',
    SITE_URL: 'the address the site is published at (default: url in content/site.yml)',
    CHAPTERHOUSE_CONTENT: 'build another content folder instead of content/',
  },
  examples: ['npm run build', 'BASE_PATH=/site/ npm run build', 'npm run build -- --fresh'],
} as const;

await runCommand(command, async ({ flags }) => {
  const skip = new Set(parseListFlag(flags.skip));
  for (const s of skip) if (!(STEPS as readonly string[]).includes(s)) throw new UsageError(`--skip "${s}" is not a step: use some of ${STEPS.join(', ')}`);
  const outDir = path.resolve(flags['out-dir'] ?? 'dist');
  const cacheDir = path.resolve(flags['cache-dir'] ?? path.join('.cache', 'chapterhouse-build'));

  if (!skip.has('check')) {
    const code = await runSteps([{ command: process.execPath, args: ['scripts/check.ts'] }], progress);
    if (code !== 0) return code;
  }

  const tracked = trackedCacheFiles(cacheDir);
  if (tracked.length) {
    throw new ChapterhouseError('build-cache-tracked', `the build cache folder ${path.relative(process.cwd(), cacheDir)} holds files committed to git (${tracked.slice(0, 3).join(', ')}${tracked.length > 3 ? ', …' : ''}): a committed cache could publish pages nobody wrote through the site`,
      `remove them from the repository with "git rm -r --cached ${path.relative(process.cwd(), cacheDir)}" and commit; the cache is rebuilt by the next build`);
  }
  const release = lockCache(cacheDir);
  if (!release) progress(`Build cache: another build is using ${cacheDir}; this one renders every page and leaves the cache alone.`);
  try {
    // Astro starts at once and the plan is worked out meanwhile: Astro's own start-up (loading itself and the
    // config, reading the content files) takes seconds that the plan would otherwise add. The first thing in Astro
    // that needs the plan waits for its file (src/lib/build-cache/current-plan.ts), which appears whole.
    const planFile = path.join(cacheDir, `plan-${process.pid}.json`);
    fs.rmSync(planFile, { force: true });
    const stopAstro = new AbortController();
    const astro = runSteps([{
      label: 'Building the site…',
      command: 'astro',
      args: ['build', '--outDir', outDir, ...(flags.config ? ['--config', path.relative(process.cwd(), path.resolve(flags.config))] : [])],
      // Vite's bundler (rolldown) allocates with mimalloc, which by default keeps freed memory until that thread
      // allocates again: its threads then idle through the whole render, holding a gigabyte at scale 1. Returned
      // at once, the build's peak memory is about a quarter lower, at no measurable cost in time.
      // The middleware hands each page to this worker to resolve its language marks beside the renderer.
      env: { ...process.env, CHAPTERHOUSE_BUILD_PLAN: planFile, CHAPTERHOUSE_MARKS_WORKER: MARKS_WORKER, MIMALLOC_PURGE_DELAY: process.env.MIMALLOC_PURGE_DELAY ?? '0' },
      signal: stopAstro.signal,
    }], progress);
    // Whole, by renaming it into place: Astro reads it the moment it appears.
    const writePlan = (p: BuildPlan) => {
      fs.writeFileSync(`${planFile}.part`, `${JSON.stringify(p)}\n`);
      fs.renameSync(`${planFile}.part`, planFile);
    };
    let plan;
    let written = false;
    try {
      try {
        // A build that renders everything tells Astro so at once (nothing reused), and works out the keys to save
        // the pages under while Astro builds.
        plan = await makePlanApart({ projectRoot: process.cwd(), cacheDir, fresh: flags.fresh || !release }, (early) => {
          writePlan(early);
          written = true;
        });
      } catch (e) {
        stopAstro.abort();
        await astro.catch(() => 1);
        throw e;
      }
      const reused = Object.keys(plan.reuse).length;
      const total = reused + Object.keys(plan.render).length;
      progress(reused
        ? `Build cache: ${reused} of ${total} pages (with their translations) are unchanged and copied from ${path.relative(process.cwd(), cacheDir) || cacheDir}; rendering ${total - reused}.`
        : `Build cache: rendering all ${total} pages (with their translations)${flags.fresh ? ', as --fresh asks' : release ? ': nothing cached matches' : ''}.`);
      if (!written) writePlan(plan);
      const code = await astro;
      if (code !== 0) return code;
    } finally {
      fs.rmSync(planFile, { force: true });
      fs.rmSync(`${planFile}.part`, { force: true });
    }
    if (release) {
      const copied = await restoreReused(plan, cacheDir, outDir);
      const saved = saveRendered(plan, cacheDir, outDir);
      progress(`Build cache: copied ${copied} files into ${path.relative(process.cwd(), outDir) || outDir}, saved ${saved} rendered pages (with their translations).`);
    }
  } finally {
    release?.();
  }

  if (skip.has('search')) return 0;
  return withStagedSearchPages(outDir, (args, staged) =>
    runSteps([{ label: `Indexing it for search: ${staged} pages with their own text…`, command: 'pagefind', args }], progress));
});
