import fs from 'node:fs';
import path from 'node:path';

/**
 * Replace the snapshot folder as a whole: write every file into a fresh sibling folder, then swap folders with
 * renames. Until the first rename the old snapshot is untouched; a crash between the two renames leaves it
 * complete under `.<name>-previous-*`, never half-written.
 * Returns how many files differ from the previous snapshot (added, changed or removed).
 */
export function writeSnapshotAtomically(dir: string, files: Map<string, string>): { written: number; changed: number } {
  const parent = path.dirname(dir);
  const base = path.basename(dir);
  fs.mkdirSync(parent, { recursive: true });
  const stamp = `${process.pid}-${Date.now()}`;
  const staging = path.join(parent, `.${base}-next-${stamp}`);
  const previous = path.join(parent, `.${base}-previous-${stamp}`);
  let changed = 0;
  try {
    for (const [rel, text] of files) {
      const target = path.join(staging, rel);
      fs.mkdirSync(path.dirname(target), { recursive: true });
      fs.writeFileSync(target, text);
      const old = path.join(dir, rel);
      if (!fs.existsSync(old) || fs.readFileSync(old, 'utf8') !== text) changed += 1;
    }
    changed += countRemoved(dir, files);
    if (fs.existsSync(dir)) fs.renameSync(dir, previous);
    fs.renameSync(staging, dir);
  } catch (e) {
    if (!fs.existsSync(dir) && fs.existsSync(previous)) fs.renameSync(previous, dir);
    fs.rmSync(staging, { recursive: true, force: true });
    throw e;
  }
  fs.rmSync(previous, { recursive: true, force: true });
  return { written: files.size, changed };
}

function countRemoved(dir: string, files: Map<string, string>): number {
  if (!fs.existsSync(dir)) return 0;
  let removed = 0;
  for (const entry of fs.readdirSync(dir, { recursive: true, withFileTypes: true }) as fs.Dirent[]) {
    if (!entry.isFile()) continue;
    const rel = path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/');
    if (!files.has(rel)) removed += 1;
  }
  return removed;
}
