import { spawnSync } from 'node:child_process';
import { ChapterhouseError } from '../errors.ts';

/**
 * Many old file versions in one `git cat-file --batch` call. Starting one `git show` per version costs
 * milliseconds each, which for a thousand translated pages adds up to most of a minute.
 * Returns, per `sha:path` key, the file's text, or null where the file did not exist at that commit.
 */
export function readVersions(pairs: readonly (readonly [sha: string, path: string])[], cwd: string): Map<string, string | null> {
  const out = new Map<string, string | null>();
  const unique = [...new Set(pairs.map(([sha, file]) => `${sha}:${file}`))];
  if (unique.length === 0) return out;
  // Paths with newlines cannot be asked for on one line; git would misread them, so they are left to the caller.
  const asked = unique.filter((key) => !key.includes('\n'));
  const result = spawnSync('git', ['cat-file', '--batch'], { cwd, input: `${asked.join('\n')}\n`, maxBuffer: 1024 * 1024 * 1024 });
  if (result.status !== 0 || !result.stdout) {
    throw new ChapterhouseError('git-failed', `git cat-file --batch failed in ${cwd}: ${String(result.stderr ?? result.error ?? '').trim()}`, 'check that this is a git checkout with its history');
  }
  const buf: Buffer = result.stdout;
  let pos = 0;
  for (const key of asked) {
    const eol = buf.indexOf(0x0a, pos);
    if (eol < 0) break;
    const header = buf.toString('utf8', pos, eol);
    pos = eol + 1;
    // "<oid> <type> <size>" when found; "<name> missing" (or "ambiguous") when not.
    const m = /^[0-9a-f]+ (\w+) (\d+)$/.exec(header);
    if (!m) {
      out.set(key, null);
      continue;
    }
    const size = Number(m[2]);
    out.set(key, m[1] === 'blob' ? buf.toString('utf8', pos, pos + size) : null);
    pos += size + 1;
  }
  return out;
}
