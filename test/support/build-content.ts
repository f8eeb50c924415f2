import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { withBuildLock } from './built-site.ts';

/**
 * `astro build` of the site over another content folder (CHAPTERHOUSE_CONTENT), into a folder of its own
 * under test-output/, with the project's own config and Astro's cache moved next to the output. Only
 * `astro build`: the content check is not run, so a test can see what the build alone would ship.
 */
const ROOT = path.resolve(import.meta.dirname, '../..');
const ASTRO = path.join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs');

export interface ContentBuild {
  dist: string;
  status: number | null;
  log: string;
}

export async function buildContent(content: string, env: Record<string, string> = {}): Promise<ContentBuild> {
  fs.mkdirSync(path.join(ROOT, 'test-output'), { recursive: true });
  const work = fs.mkdtempSync(path.join(ROOT, 'test-output', 'content-build-'));
  const config = path.join(work, 'astro.config.mjs');
  fs.writeFileSync(config, [
    `import config from ${JSON.stringify(path.join(ROOT, 'astro.config.mjs'))};`,
    `export default { ...config, cacheDir: ${JSON.stringify(path.join(work, 'cache') + path.sep)} };`,
    '',
  ].join('\n'));
  const dist = path.join(work, 'dist');
  const run = () => new Promise<ContentBuild>((resolve, reject) => {
    const child = spawn(process.execPath, [ASTRO, 'build', '--outDir', dist, '--config', path.relative(ROOT, config)], {
      cwd: ROOT,
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', CHAPTERHOUSE_CONTENT: content, ...env },
    });
    let log = '';
    child.stdout.on('data', (d) => (log += d));
    child.stderr.on('data', (d) => (log += d));
    child.on('error', reject);
    child.on('close', (status) => resolve({ dist, status, log }));
  });
  return (await withBuildLock(run))!;
}
