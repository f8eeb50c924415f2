import fs from 'node:fs';
import path from 'node:path';
import { git, isGitRepository, repoRoot } from '../git/git.ts';
import { outputsOf, type GroupKind } from './page-groups.ts';
import type { BuildPlan } from './plan.ts';

/**
 * The build cache on disk: `manifest.json` (each group's key, the files it wrote, and each file's size and
 * modification time) and `pages/`, those files. Written only after a build succeeded, and the manifest last, so a
 * failed or interrupted build leaves the previous cache whole.
 *
 * Pages move between the cache and the output as hard links where the file system allows (a copy elsewhere):
 * copying 20,000 pages costs seconds that linking does not. A link shares the file, so anything that rewrote an
 * output page in place would rewrite the cached one: each cached file's size and time are recorded when it is
 * saved, and a group whose files no longer match is rendered again rather than reused.
 */

export interface Manifest {
  format: number;
  groups: Record<string, { key: string; outputs: string[]; stamps?: string[] }>;
}

const stampOf = (file: string): string | null => {
  const st = fs.statSync(file, { throwIfNoEntry: false });
  return st ? `${st.size}:${st.mtimeMs}` : null;
};

/** mkdir -p, once per folder: 20,000 pages sit in almost as many folders, and most share their parents' calls. */
function folderMaker(): (dir: string) => void {
  const made = new Set<string>();
  return (dir) => {
    if (made.has(dir)) return;
    fs.mkdirSync(dir, { recursive: true });
    made.add(dir);
  };
}

/** Link `from` at `to`, or copy it where links cannot be made (another file system, a file system without them). */
function place(from: string, to: string): void {
  try {
    fs.linkSync(from, to);
  } catch {
    fs.copyFileSync(from, to);
  }
}

const manifestFile = (cacheDir: string) => path.join(cacheDir, 'manifest.json');
const pagesDir = (cacheDir: string) => path.join(cacheDir, 'pages');

export function readManifest(cacheDir: string): Manifest {
  try {
    const parsed = JSON.parse(fs.readFileSync(manifestFile(cacheDir), 'utf8')) as Manifest;
    if (parsed && typeof parsed.groups === 'object' && parsed.groups) return parsed;
  } catch {
    // No cache yet, or one left unreadable: either way the build renders everything.
  }
  return { format: 0, groups: {} };
}

/** Whether a group's cached files are all there, as they were saved. */
export function cachedOutputsIntact(cacheDir: string, entry: Manifest['groups'][string]): boolean {
  const { outputs, stamps } = entry;
  if (outputs.length === 0 || !stamps || stamps.length !== outputs.length) return false;
  return outputs.every((f, i) => stampOf(path.join(pagesDir(cacheDir), f)) === stamps[i]);
}

/** Links in flight at once: each is a system call that waits on the disk, and several overlap well. */
const LINKS_IN_FLIGHT = 16;

/**
 * Link the reused groups' pages into the fresh output folder (a copy where links cannot be made). Returns how
 * many files were placed. A page that is already there was rendered by this build too: that is a bug in the
 * plan, and the build stops rather than choose one.
 */
export async function restoreReused(plan: BuildPlan, cacheDir: string, outDir: string): Promise<number> {
  const files = Object.values(plan.reuse).flat();
  // Most pages sit in a folder of their own, so folders are made as often as pages: once each, shared.
  const folders = new Map<string, Promise<unknown>>();
  const folder = (dir: string) => {
    let made = folders.get(dir);
    if (!made) folders.set(dir, (made = fs.promises.mkdir(dir, { recursive: true })));
    return made;
  };
  const both = (rel: string) => new Error(`${rel} was both rendered and taken from the build cache`);
  const placeNew = async (rel: string) => {
    const from = path.join(pagesDir(cacheDir), rel);
    const to = path.join(outDir, rel);
    await folder(path.dirname(to));
    try {
      await fs.promises.link(from, to);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'EEXIST') throw both(rel);
      try {
        await fs.promises.copyFile(from, to, fs.constants.COPYFILE_EXCL);
      } catch (copyError) {
        throw (copyError as NodeJS.ErrnoException).code === 'EEXIST' ? both(rel) : copyError;
      }
    }
  };
  let next = 0;
  const worker = async () => {
    while (next < files.length) await placeNew(files[next++]!);
  };
  await Promise.all(Array.from({ length: Math.min(LINKS_IN_FLIGHT, files.length) }, worker));
  return files.length;
}

/**
 * Save what this build rendered under its keys (in the plan's format, finding pages in the plan's languages),
 * and forget groups that no longer exist. Returns how many groups were saved.
 */
export function saveRendered(plan: BuildPlan, cacheDir: string, outDir: string): number {
  const { format, languages } = plan;
  const previous = readManifest(cacheDir);
  const next: Manifest = { format, groups: {} };
  const pages = pagesDir(cacheDir);
  for (const id of Object.keys(plan.reuse)) next.groups[id] = previous.groups[id]!;
  // Forget the groups about to be overwritten first: a save cut short must not leave new pages under old keys.
  writeManifest(cacheDir, { format, groups: Object.fromEntries(Object.entries(previous.groups).filter(([id]) => !(id in plan.render))) });
  let saved = 0;
  const mkdir = folderMaker();
  for (const [id, key] of Object.entries(plan.render)) {
    for (const rel of previous.groups[id]?.outputs ?? []) fs.rmSync(path.join(pages, rel), { force: true });
    if (key === null) continue;
    const slash = id.indexOf('/');
    const outputs = outputsOf({ kind: id.slice(0, slash) as GroupKind, slug: id.slice(slash + 1) }, languages,
      (rel) => fs.existsSync(path.join(outDir, rel)),
      (dir) => {
        const abs = path.join(outDir, dir);
        if (!fs.existsSync(abs)) return [];
        return fs.readdirSync(abs).filter((n) => fs.existsSync(path.join(abs, n, 'index.html')));
      });
    // A group that wrote nothing (a draft) is not worth a cache entry: it renders nothing next time either.
    if (outputs.length === 0) continue;
    const stamps: string[] = [];
    for (const rel of outputs) {
      const to = path.join(pages, rel);
      mkdir(path.dirname(to));
      fs.rmSync(to, { force: true });
      place(path.join(outDir, rel), to);
      stamps.push(stampOf(to)!);
    }
    next.groups[id] = { key, outputs, stamps };
    saved++;
  }
  for (const [id, entry] of Object.entries(previous.groups)) {
    if (id in next.groups || id in plan.render) continue;
    for (const rel of entry.outputs) fs.rmSync(path.join(pages, rel), { force: true });
  }
  writeManifest(cacheDir, next);
  return saved;
}

function writeManifest(cacheDir: string, manifest: Manifest): void {
  fs.mkdirSync(cacheDir, { recursive: true });
  const temp = `${manifestFile(cacheDir)}.${process.pid}.tmp`;
  fs.writeFileSync(temp, `${JSON.stringify(manifest)}\n`);
  fs.renameSync(temp, manifestFile(cacheDir));
}

/**
 * Hold the cache for one build, from planning to saving: two builds sharing a cache folder could otherwise copy
 * pages another is overwriting. Returns the release, or null while a live build holds it (a lock whose process
 * is gone is a leftover from a crash and is taken over).
 */
export function lockCache(cacheDir: string): (() => void) | null {
  const lock = path.join(cacheDir, 'lock');
  fs.mkdirSync(cacheDir, { recursive: true });
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      fs.mkdirSync(lock);
      fs.writeFileSync(path.join(lock, 'pid'), String(process.pid));
      return () => fs.rmSync(lock, { recursive: true, force: true });
    } catch {
      if (!ownerIsGone(lock)) return null;
      fs.rmSync(lock, { recursive: true, force: true });
    }
  }
  return null;
}

function ownerIsGone(lock: string): boolean {
  let owner = 0;
  try {
    owner = Number(fs.readFileSync(path.join(lock, 'pid'), 'utf8').trim());
  } catch {
    // No pid yet: its owner is writing it now.
    return false;
  }
  if (!owner) return false;
  try {
    process.kill(owner, 0);
    return false;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'ESRCH';
  }
}

/**
 * Files of the cache folder that git tracks. The cache is never committed (.gitignore): a cache that arrives
 * with a commit, say from a merged pull request, could carry pages written by hand under keys that match, and
 * the site would publish them. The build refuses to start from one.
 */
export function trackedCacheFiles(cacheDir: string): string[] {
  const parent = path.dirname(cacheDir);
  if (!fs.existsSync(cacheDir) || !isGitRepository(parent)) return [];
  const root = repoRoot(parent);
  const rel = path.relative(root, cacheDir);
  if (rel.startsWith('..') || path.isAbsolute(rel)) return [];
  return git(['ls-files', '--', rel], root).split('\n').filter(Boolean);
}
