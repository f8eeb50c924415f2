import fs from 'node:fs';
import path from 'node:path';
import type { ContentProblem } from '../errors.ts';
import type { LocalFiles } from '../security/markdown-url-rules.ts';
import { repoRelative } from './paths.ts';

/**
 * Every entry under content/ is a plain file or a folder. A pull request can add a symbolic link as easily
 * as a file, and a link lets a page be read from anywhere on the build machine (or nowhere: the build then
 * stops). Other checks list files the way the site does and would never see it, so this one walks all.
 */
export function contentFileProblems(root: string): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const full = path.join(dir, entry.name);
      const file = repoRelative(full);
      if (entry.isSymbolicLink()) {
        problems.push({ file, field: '', message: 'this is a symbolic link, and content must be real files: replace the link with the file (or folder) itself' });
      } else if (entry.isDirectory()) {
        walk(full);
      } else if (!entry.isFile()) {
        problems.push({ file, field: '', message: 'this is not a plain file (a device, socket or pipe): remove it from the content folder' });
      }
    }
  };
  if (fs.existsSync(root)) walk(root);
  return problems;
}

/** How paths written in a page (its images) resolve next to it, inside the content folder and nowhere else. */
export function localFilesNear(root: string, pageFile: string): LocalFiles {
  return (written) => {
    const target = path.resolve(path.dirname(pageFile), written);
    const inside = path.relative(root, target);
    if (inside === '' || inside.startsWith('..') || path.isAbsolute(inside)) return 'outside';
    const st = fs.lstatSync(target, { throwIfNoEntry: false });
    if (!st) return 'missing';
    return st.isFile() ? 'file' : 'not-a-file';
  };
}
