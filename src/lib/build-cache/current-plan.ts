import fs from 'node:fs';
import { groupId, type GroupKind } from './page-groups.ts';
import type { BuildPlan } from './plan.ts';

/**
 * The site's side of the build cache: `npm run build` writes its plan to a file and names it in
 * CHAPTERHOUSE_BUILD_PLAN; the content config, the page routes and the sitemap read it here. Without it (a plain
 * `astro build`, `npm run dev`) nothing is reused and every page renders.
 */
let plan: BuildPlan | null | undefined;

function current(): BuildPlan | null {
  if (plan === undefined) {
    const file = process.env.CHAPTERHOUSE_BUILD_PLAN;
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

/** Addresses of the pages taken from the cache, for the sitemap (`https://example.org/base/es/blog/x/`). */
export function reusedPageUrls(site: string, base: string): string[] {
  const root = new URL(base.endsWith('/') ? base : `${base}/`, site);
  return Object.values(current()?.reuse ?? {}).flat().map((rel) => new URL(rel.replace(/index\.html$/, ''), root).href);
}
