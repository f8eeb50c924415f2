import path from 'node:path';
export type { PageKind } from './paths.ts';
import type { PageKind } from './paths.ts';

/**
 * The URL slug of a page. Handbook pages keep their folders (the parts); a folder's `index.mdx` is the
 * part's own page (the folder's slug; '' for the handbook's front page). Blog posts and documents may be
 * filed in folders, but their URL uses the file name alone.
 */
export function pageSlug(kind: PageKind, relName: string): string {
  const noExt = relName.replace(/\\/g, '/').replace(/\.mdx?$/, '');
  if (kind === 'handbook') return noExt.replace(/(^|\/)index$/, '');
  return path.posix.basename(noExt);
}
