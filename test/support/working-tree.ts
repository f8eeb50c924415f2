import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '../..');

/** git in a test repository, as a fixed test author, failing loudly. */
export function gitIn(dir: string) {
  return (...args: string[]) => execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=t@example.org', ...args], { cwd: dir, encoding: 'utf8', stdio: 'pipe' });
}

/**
 * A real git clone of this repository, with the working tree laid over it and committed, so uncommitted edits
 * are tested too and the history is there (proposals, staleness). node_modules is linked, not installed.
 */
export function cloneWorkingTree(to: string): void {
  execFileSync('git', ['clone', '-q', '--no-hardlinks', ROOT, to]);
  const files = execFileSync('git', ['ls-files', '-co', '--exclude-standard', '-z'], { cwd: ROOT, encoding: 'utf8' }).split('\0').filter(Boolean);
  for (const f of files) {
    const from = path.join(ROOT, f);
    if (!fs.existsSync(from)) {
      fs.rmSync(path.join(to, f), { force: true });
      continue;
    }
    fs.mkdirSync(path.dirname(path.join(to, f)), { recursive: true });
    fs.copyFileSync(from, path.join(to, f));
  }
  fs.symlinkSync(path.join(ROOT, 'node_modules'), path.join(to, 'node_modules'));
  const git = gitIn(to);
  git('add', '-A');
  git('commit', '-q', '--allow-empty', '-m', 'Working tree under test');
}
