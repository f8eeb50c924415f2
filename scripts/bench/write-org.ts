import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { SyntheticOrg } from './synthetic-org.ts';

/**
 * Put a synthetic organization on disk as a git repository of two commits: everything, then the later
 * edits to some default-language pages (so those pages' translations are outdated). The site reads
 * history for "last updated" and translation staleness, so the history has to be real.
 */

export function writeFiles(dir: string, files: ReadonlyMap<string, string>) {
  const made = new Set<string>();
  for (const [name, text] of files) {
    const file = path.join(dir, name);
    const parent = path.dirname(file);
    if (!made.has(parent)) {
      fs.mkdirSync(parent, { recursive: true });
      made.add(parent);
    }
    fs.writeFileSync(file, text);
  }
}

export function gitIn(dir: string, args: string[], date?: string) {
  const env = { ...process.env, GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null' };
  if (date) Object.assign(env, { GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date });
  execFileSync('git', ['-c', 'user.name=Bench', '-c', 'user.email=bench@example.org', '-c', 'commit.gpgsign=false', ...args], { cwd: dir, env, stdio: ['ignore', 'pipe', 'pipe'] });
}

/** Write the organization into `dir` (which becomes a repository with content/ inside) and commit it. */
export function writeOrgRepository(dir: string, org: SyntheticOrg) {
  fs.mkdirSync(dir, { recursive: true });
  writeFiles(dir, org.files);
  const now = Date.parse(org.shape.now);
  const day = 86_400_000;
  gitIn(dir, ['init', '-q', '-b', 'main']);
  gitIn(dir, ['add', '-A']);
  gitIn(dir, ['commit', '-q', '-m', 'Synthetic organization'], new Date(now - 30 * day).toISOString());
  if (org.edits.size === 0) return;
  writeFiles(dir, org.edits);
  gitIn(dir, ['add', '-A']);
  gitIn(dir, ['commit', '-q', '-m', 'Edit some pages after translation'], new Date(now - day).toISOString());
}

/** Commit whatever changed since (the snapshot, poll states and results), as the workflows would. */
export function commitAll(dir: string, message: string, date: string) {
  gitIn(dir, ['add', '-A']);
  gitIn(dir, ['commit', '-q', '--allow-empty', '-m', message], date);
}
