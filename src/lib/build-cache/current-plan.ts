import fs from 'node:fs';
import path from 'node:path';
import { groupId, type GroupKind } from './page-groups.ts';
import type { BuildPlan } from './plan.ts';

/**
 * The site's side of the build cache: `npm run build` writes its plan to a file and names it in
 * CHAPTERHOUSE_BUILD_PLAN; the content config, the page routes and the sitemap read it here. Without it (a plain
 * `astro build`, `npm run dev`) nothing is reused and every page renders.
 */
let plan: BuildPlan | null | undefined;

/** Longer than any plan takes; a build whose plan never comes stops here with a message, not forever. */
const PLAN_WAIT_MS = 10 * 60_000;

/**
 * `npm run build` starts Astro while it is still working out the plan, and writes the file (whole, by renaming
 * it into place) once it is ready: the first page or entry that asks waits for it here. Waiting blocks the
 * thread, which is what the callers need: they are synchronous, and nothing else can go on without the plan.
 */
function waitForFile(file: string): void {
  const pause = new Int32Array(new SharedArrayBuffer(4));
  const until = Date.now() + PLAN_WAIT_MS;
  while (!fs.existsSync(file)) {
    if (Date.now() > until) throw new Error(`the build's plan ${file} did not appear within ${PLAN_WAIT_MS / 60_000} minutes: run the build again with npm run build`);
    Atomics.wait(pause, 0, 0, 20);
  }
}

function current(): BuildPlan | null {
  if (plan === undefined) {
    const file = process.env.CHAPTERHOUSE_BUILD_PLAN;
    if (file) waitForFile(file);
    plan = file ? (JSON.parse(fs.readFileSync(file, 'utf8')) as BuildPlan) : null;
  }
  return plan;
}

/** Whether this build renders a page group, or leaves it to the copy from the cache. */
export function renders(kind: GroupKind, slug: string): boolean {
  return !current()?.reuse[groupId(kind, slug)];
}

/** Content entries whose MDX this build need not compile. */
export function reusedEntryIds(): Set<string> {
  return new Set(current()?.reusedEntryIds ?? []);
}

/** Addresses of the pages (not the feeds) taken from the cache, for the sitemap (`https://example.org/base/es/blog/x/`). */
export function reusedPageUrls(site: string, base: string): string[] {
  const root = new URL(base.endsWith('/') ? base : `${base}/`, site);
  // Pages only: the sitemap lists no feed, whether Astro rendered it or the cache copied it in.
  return Object.values(current()?.reuse ?? {}).flat().filter((rel) => /(^|\/)index\.html$/.test(rel)).map((rel) => new URL(rel.replace(/index\.html$/, ''), root).href);
}

/**
 * A file beside the build cache's pages for something the site works out on every build and can keep (for
 * translations, which commits changed a page's text), with the code digest it is valid under; null when
 * no `npm run build` runs this build.
 */
export function cacheSideFile(name: string): { file: string; code: string } | null {
  const planFile = process.env.CHAPTERHOUSE_BUILD_PLAN;
  const known = current();
  return planFile && known ? { file: path.join(path.dirname(planFile), name), code: known.code } : null;
}
