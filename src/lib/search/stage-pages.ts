import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { isSearchableFile } from './searchable.ts';

/**
 * Pagefind reads and parses every HTML file under its --site folder, the thousands it then leaves out too
 * (comment pages, histories, lists, fallback copies): at 19,500 pages that was two thirds of its time. So it is
 * given a folder holding only the pages it will index, as links to the built files (copies where the file
 * system has no links), at the same paths: the index it writes is the same, file for file.
 *
 * A page is indexed when Base.astro marks it `data-pagefind-body`; only files at searchable paths can carry
 * that mark, so only those are read. A page whose text merely mentions the attribute is passed on too, and
 * Pagefind leaves it out as before.
 */
const MARK = Buffer.from('data-pagefind-body');

export function stageSearchPages(siteDir: string, stageDir: string): number {
  let staged = 0;
  for (const entry of fs.readdirSync(siteDir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    const rel = path.relative(siteDir, file);
    if (!isSearchableFile(rel) || !fs.readFileSync(file).includes(MARK)) continue;
    const target = path.join(stageDir, rel);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    try {
      fs.linkSync(file, target);
    } catch {
      fs.copyFileSync(file, target);
    }
    staged++;
  }
  return staged;
}

/**
 * Run `index(pagefindArgs, staged)` over a staged folder made beside the site (links need the same file system),
 * removed afterwards whatever happens. `index` is handed the arguments for Pagefind, which writes its index into
 * the site's own pagefind/ folder.
 */
export async function withStagedSearchPages<T>(siteDir: string, index: (pagefindArgs: string[], staged: number) => Promise<T>): Promise<T> {
  let stageDir: string;
  try {
    stageDir = fs.mkdtempSync(path.join(path.dirname(path.resolve(siteDir)), '.search-pages-'));
  } catch {
    // A site folder whose parent takes no new folder: stage in the temporary folder, as copies if need be.
    stageDir = fs.mkdtempSync(path.join(os.tmpdir(), 'chapterhouse-search-pages-'));
  }
  try {
    const staged = stageSearchPages(siteDir, stageDir);
    // With no page marked, Pagefind indexes every page whole, as it always has for such a site (an empty one
    // stops it with an error, and the search page would have no index to load).
    return await index(staged ? ['--site', stageDir, '--output-path', path.join(siteDir, 'pagefind')] : ['--site', siteDir], staged);
  } finally {
    fs.rmSync(stageDir, { recursive: true, force: true });
  }
}
