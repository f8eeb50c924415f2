import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';

/**
 * The repository's workflow files that run on a schedule, deploy.yml first (the one that keeps tallies and
 * the site current). GitHub stops scheduled workflows after 60 days without activity in the repository.
 */
export function scheduledWorkflows(dir = '.github/workflows'): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((f) => /\.ya?ml$/.test(f))
    .filter((f) => (parse(fs.readFileSync(path.join(dir, f), 'utf8')) as { on?: { schedule?: unknown } } | null)?.on?.schedule)
    .map((f) => path.posix.join(dir.split(path.sep).join('/'), f))
    .sort((a, b) => Number(!a.endsWith('/deploy.yml')) - Number(!b.endsWith('/deploy.yml')) || a.localeCompare(b));
}
