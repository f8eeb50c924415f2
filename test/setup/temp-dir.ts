import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * The tests' throwaway folders (content roots, clones, builds, browser profiles) all go under one folder per
 * run, removed when the run ends. Tests and the programs they start make them with os.tmpdir(), as any
 * program would; this points TMPDIR, which os.tmpdir() reads, at the run's folder, so a test that does not
 * clean up after itself leaves nothing behind in the system's temporary folder.
 */
export default function setup() {
  const previous = process.env.TMPDIR;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'chapterhouse-tests-'));
  process.env.TMPDIR = dir;
  return () => {
    if (previous === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = previous;
    fs.rmSync(dir, { recursive: true, force: true });
  };
}
