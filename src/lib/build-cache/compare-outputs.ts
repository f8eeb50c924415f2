import fs from 'node:fs';
import path from 'node:path';

/**
 * Files that are in only one of two built sites, or differ in a byte: how the benchmark and the tests show that
 * a build from the cache wrote exactly what a build from nothing writes. Paths relative to the folders.
 */
export function differingFiles(a: string, b: string): string[] {
  const list = (dir: string) => (fs.readdirSync(dir, { recursive: true, withFileTypes: true }) as fs.Dirent[])
    .filter((d) => d.isFile()).map((d) => path.relative(dir, path.join(d.parentPath, d.name)).split(path.sep).join('/'));
  const left = new Set(list(a));
  const right = new Set(list(b));
  const out: string[] = [];
  for (const f of new Set([...left, ...right])) {
    if (!left.has(f) || !right.has(f) || !fs.readFileSync(path.join(a, f)).equals(fs.readFileSync(path.join(b, f)))) out.push(f);
  }
  return out.sort();
}
