import path from 'node:path';

/**
 * Where the organization's content lives. `CHAPTERHOUSE_CONTENT` points the site and every script at
 * another folder: the benchmarks and tests build synthetic organizations that way.
 */
export function contentRoot(): string {
  return path.resolve(process.env.CHAPTERHOUSE_CONTENT ?? 'content');
}

/** The kinds of MDX page, each a folder under content/<lang>/. */
export const PAGE_KINDS = ['documents', 'handbook', 'blog'] as const;
export type PageKind = (typeof PAGE_KINDS)[number];

/** content/github/: the snapshot written by `npm run sync`. */
export const SNAPSHOT_DIR = 'github';

/** Path relative to the repository root, with forward slashes, as shown in messages and GitHub links. */
export function repoRelative(file: string, root = process.cwd()): string {
  return path.relative(root, file).split(path.sep).join('/');
}
