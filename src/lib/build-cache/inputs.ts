import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { PAGE_KINDS, SNAPSHOT_DIR } from '../content/paths.ts';
import { isGitRepository, isShallow, logWithFiles, repoRoot } from '../git/git.ts';

/**
 * The inputs every cached page shares, read from disk. Anything here that changes rebuilds every page: that is
 * the price of a rule simple enough to be sure of.
 */

const hashFile = (file: string) => crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');

function walk(dir: string, skip: (rel: string) => boolean, rel = ''): string[] {
  if (!fs.existsSync(dir)) return [];
  const out: string[] = [];
  for (const d of fs.readdirSync(path.join(dir, rel), { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const child = rel ? `${rel}/${d.name}` : d.name;
    if (skip(child)) continue;
    if (d.isDirectory()) out.push(...walk(dir, skip, child));
    else if (d.isFile()) out.push(child);
  }
  return out;
}

const digestFiles = (dir: string, files: string[]) =>
  crypto.createHash('sha256').update(files.map((f) => `${f}\0${hashFile(path.join(dir, f))}`).join('\n')).digest('hex');

/**
 * The site's code and what shapes its output besides content: components, styles, the Astro config, the locked
 * dependency versions, the Node and ICU versions (dates are formatted by ICU), and the build's environment.
 * Tests are left out: they change no page.
 */
export function codeDigest(projectRoot: string, env: NodeJS.ProcessEnv = process.env): string {
  const src = walk(path.join(projectRoot, 'src'), (rel) => /\.test\.ts$/.test(rel)).map((f) => `src/${f}`);
  const pub = walk(path.join(projectRoot, 'public'), () => false).map((f) => `public/${f}`);
  const top = ['astro.config.mjs', 'package.json', 'package-lock.json', 'tsconfig.json'].filter((f) => fs.existsSync(path.join(projectRoot, f)));
  return crypto.createHash('sha256').update(JSON.stringify({
    files: digestFiles(projectRoot, [...top, ...src, ...pub]),
    node: process.versions.node,
    icu: process.versions.icu,
    env: ['BASE_PATH', 'SITE_URL', 'GITHUB_SERVER_URL'].map((k) => env[k] ?? null),
  })).digest('hex');
}

/**
 * Every content file a page may read besides its own text, its thread and its poll: site settings, interface
 * strings, glossaries, tags, chapters, the roster, the demo clock. The MDX pages themselves, the GitHub snapshot,
 * polls and digests are left out: each page's key names the parts of those it shows.
 */
export function sharedContentDigest(root: string): string {
  const kinds = new Set<string>(PAGE_KINDS);
  const skip = (rel: string) => {
    const [top, second] = rel.split('/');
    if (second === undefined) return top === SNAPSHOT_DIR || top === 'polls' || top === 'digests';
    return rel.split('/').length === 2 && kinds.has(second);
  };
  return digestFiles(root, walk(root, skip));
}

/**
 * The commits that touched each content file (absolute path → shas, newest first), from one `git log`: a page's
 * "last updated" line and its translation notice are read from them. Empty outside git.
 */
export function fileHistories(root: string): { histories: Map<string, string[]>; shallow: boolean } {
  const histories = new Map<string, string[]>();
  if (!fs.existsSync(root) || !isGitRepository(root)) return { histories, shallow: false };
  const gitRoot = repoRoot(root);
  for (const commit of logWithFiles([path.relative(gitRoot, root) || '.'], { cwd: gitRoot })) {
    for (const file of commit.files) {
      const key = path.join(gitRoot, file);
      const list = histories.get(key);
      if (list) list.push(commit.sha);
      else histories.set(key, [commit.sha]);
    }
  }
  return { histories, shallow: isShallow(root) };
}
