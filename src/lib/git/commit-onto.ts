import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { git } from './git.ts';

/**
 * A commit on top of `base` with some files replaced (or removed), built in a private index so that the
 * checkout's own index and working tree are not touched. Returns the new commit's SHA.
 */
export function commitOnto(base: string, files: readonly { path: string; text: string | null }[], message: string, identity: { name: string; email: string }, cwd = process.cwd()): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'chapterhouse-index-'));
  const env = {
    ...process.env,
    GIT_INDEX_FILE: path.join(dir, 'index'),
    GIT_AUTHOR_NAME: identity.name, GIT_AUTHOR_EMAIL: identity.email, GIT_COMMITTER_NAME: identity.name, GIT_COMMITTER_EMAIL: identity.email,
  };
  const run = (args: string[], input?: string) => execFileSync('git', args, { cwd, env, encoding: 'utf8', input, stdio: ['pipe', 'pipe', 'pipe'] }).trim();
  try {
    run(['read-tree', base]);
    for (const f of files) {
      if (f.text === null) run(['update-index', '--force-remove', '--', f.path]);
      else run(['update-index', '--add', '--cacheinfo', `100644,${run(['hash-object', '-w', '--stdin'], f.text)},${f.path}`]);
    }
    const tree = run(['write-tree']);
    return run(['commit-tree', tree, '-p', base, '-m', message]);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** The files a commit changed against its first parent: path and whether it was deleted. */
export function changedFiles(commit: string, cwd = process.cwd()): { path: string; deleted: boolean }[] {
  return git(['diff-tree', '--no-commit-id', '--name-status', '--no-renames', '-r', `${commit}^`, commit], cwd)
    .split('\n')
    .map((l) => /^([AMDT])\t(.+)$/.exec(l.trim()))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => ({ path: m[2]!, deleted: m[1] === 'D' }));
}
