import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

/**
 * The organization's site as built by `npm run build`. Tests that read dist/ call this: it reuses a build that is
 * newer than every source and content file, and otherwise builds once (a lock keeps parallel test files
 * from building at the same time). So `npm test` works with or without a prior build.
 */
const ROOT = path.resolve(import.meta.dirname, '../..');
const DIST = path.join(ROOT, 'dist');
// Pagefind writes its entry file last, after astro build: a dist/ from `astro build` alone is not complete.
const STAMP = path.join(DIST, 'pagefind', 'pagefind-entry.json');
const LOCK = path.join(ROOT, 'node_modules', '.chapterhouse-build.lock');
const WATCHED = ['content', 'src', 'public', 'astro.config.mjs', 'package.json'];

function newestSourceTime(): number {
  let newest = 0;
  const visit = (p: string) => {
    const st = fs.statSync(p, { throwIfNoEntry: false });
    if (!st) return;
    if (st.isDirectory()) for (const name of fs.readdirSync(p)) visit(path.join(p, name));
    else if (!p.endsWith('.test.ts')) newest = Math.max(newest, st.mtimeMs);
  };
  WATCHED.forEach((w) => visit(path.join(ROOT, w)));
  return newest;
}

const isFresh = () => {
  const st = fs.statSync(STAMP, { throwIfNoEntry: false });
  return !!st && st.mtimeMs >= newestSourceTime();
};

/** Is the process that holds the lock still running? A lock left by a crashed run has a dead owner. */
function lockIsStale(): boolean {
  const owner = Number(fs.readFileSync(path.join(LOCK, 'pid'), { encoding: 'utf8', flag: 'r' }).trim());
  if (!owner) return false; // being created: its owner has not written its pid yet
  try {
    process.kill(owner, 0);
    return false;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'ESRCH';
  }
}

/**
 * Run `fn` while no other test file builds in this checkout: two Astro builds in one project share its
 * caches. A lock whose owner process is gone is a leftover from a crash and is broken.
 */
export async function withBuildLock<T>(fn: () => T | Promise<T>, stillNeeded: () => boolean = () => true): Promise<T | undefined> {
  for (;;) {
    try {
      fs.mkdirSync(LOCK);
      fs.writeFileSync(path.join(LOCK, 'pid'), String(process.pid));
      break;
    } catch {
      // Another test file is building: wait until it is done (or its process is gone), checking once a second.
      let stale = false;
      try {
        stale = lockIsStale();
      } catch {
        // The lock went away, or has no pid yet: look again in a second.
      }
      if (stale) fs.rmSync(LOCK, { recursive: true, force: true });
      await new Promise((r) => setTimeout(r, 1000));
      if (!stillNeeded()) return undefined;
    }
  }
  try {
    return await fn();
  } finally {
    fs.rmSync(LOCK, { recursive: true, force: true });
  }
}

export async function builtSite(): Promise<string> {
  if (isFresh()) return DIST;
  await withBuildLock(() => {
    if (!isFresh()) {
      process.stderr.write('dist/ is missing or older than the sources: building the site for the tests…\n');
      execFileSync('npm', ['run', 'build'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
    }
  }, () => !isFresh());
  return DIST;
}

/** Every HTML file under dist/, as paths relative to it. */
export function htmlFiles(dist: string): string[] {
  return (fs.readdirSync(dist, { recursive: true }) as string[]).filter((f) => f.endsWith('.html')).map((f) => f.split(path.sep).join('/'));
}
