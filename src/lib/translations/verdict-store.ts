import fs from 'node:fs';

/**
 * Which commits changed a page's text, remembered between builds in the build cache. Judging a commit means
 * reading the file there and at its parent from git: on every build, for every translated page, that was
 * most of the translation report's cost, though the answer for a given commit never changes. The verdicts
 * are trusted only under the code that gave them (the rules of a meaningful change live in the code); a file
 * that cannot be read, or was written by other code, is treated as empty.
 */

const FORMAT = 1;

export interface VerdictStore {
  remembered: ReadonlyMap<string, boolean>;
  /** Keep this build's verdicts (only those: verdicts of commits no longer in the history are dropped). */
  save(verdicts: ReadonlyMap<string, boolean>): void;
}

export function openVerdictStore(file: string, code: string): VerdictStore {
  return { remembered: readVerdicts(file, code), save: (verdicts) => writeVerdicts(file, code, verdicts) };
}

function readVerdicts(file: string, code: string): Map<string, boolean> {
  let stored: unknown;
  try {
    stored = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    return new Map();
  }
  const s = stored as { format?: unknown; code?: unknown; verdicts?: unknown };
  if (s?.format !== FORMAT || s.code !== code || typeof s.verdicts !== 'object' || s.verdicts === null) return new Map();
  return new Map(Object.entries(s.verdicts).filter((e): e is [string, boolean] => typeof e[1] === 'boolean'));
}

function writeVerdicts(file: string, code: string, verdicts: ReadonlyMap<string, boolean>): void {
  // Written whole and renamed into place: a build reading it meanwhile sees the old file or the new one.
  const part = `${file}.${process.pid}.part`;
  try {
    fs.writeFileSync(part, JSON.stringify({ format: FORMAT, code, verdicts: Object.fromEntries(verdicts) }));
    fs.renameSync(part, file);
  } catch {
    // Only a cache: the next build judges again.
    fs.rmSync(part, { force: true });
  }
}
