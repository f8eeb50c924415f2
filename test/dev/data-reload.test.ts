import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeMiniOrg } from '../fixtures/mini-org.ts';

/**
 * `npm run dev` shows an edit to the organization's data on the next page load: interface strings, chapters
 * and glossaries are content collections (src/content.config.ts), handed to the pages per request
 * (src/middleware.ts); site.yml restarts the server. A real `astro dev` on a small organization, polled
 * until the page shows the edit (never a fixed wait).
 */
const ROOT = path.resolve(import.meta.dirname, '../..');
let content: string;
let server: ChildProcess;
let origin: string;
let log = '';

beforeAll(async () => {
  content = makeMiniOrg({ 'en/glossary.yml': '- term: field day\n  note: A morning on the shore.\n', 'es/glossary.yml': '- term: field day\n  translation: jornada de campo\n' });
  const port = await freePort();
  origin = `http://127.0.0.1:${port}`;
  // Outside vitest's own environment (NODE_ENV=test, VITEST…), as a person starts it.
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(VITEST|NODE_ENV$|TEST$)/.test(k)));
  server = spawn(process.execPath, [path.join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'dev', '--port', String(port), '--host', '127.0.0.1'], {
    cwd: ROOT, env: { ...env, CHAPTERHOUSE_CONTENT: content, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  server.stdout!.on('data', (d) => (log += d));
  server.stderr!.on('data', (d) => (log += d));
  // Ready when it serves the organization's home page (a first request may meet Vite still optimizing, and
  // get an error page): poll the server, with its log at hand if it never does.
  for (const started = Date.now(); !(await page('/en/').catch(() => '')).includes('<title>Test Org'); ) {
    if (server.exitCode !== null || Date.now() - started > 240_000) throw new Error(`astro dev did not come up (exit ${server.exitCode}):\n${log}`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}, 300_000);

afterAll(async () => {
  if (server && server.exitCode === null) {
    server.kill('SIGTERM');
    await new Promise((resolve) => server.once('exit', resolve));
  }
  fs.rmSync(content, { recursive: true, force: true });
});

async function page(p: string): Promise<string> {
  const response = await fetch(origin + p);
  return response.text();
}
async function showsOnReload(p: string, text: string) {
  try {
    await expect.poll(() => page(p), { timeout: 240_000, interval: 500 }).toContain(text);
  } catch (e) {
    // The server's own account (a file it could not read, a restart) is what tells why the page kept its text.
    throw Object.assign(e as Error, { message: `${(e as Error).message}\n\nastro dev printed:\n${log}` });
  }
}

// A dev server compiles each page on first request: on a loaded machine that alone can take a while.
describe('npm run dev reloads the organization\'s data', { timeout: 300_000 }, () => {
  it('interface strings: a new content/<lang>/ui.yml, then an edit to it', async () => {
    expect(await page('/en/')).toContain('Open the handbook');
    fs.writeFileSync(path.join(content, 'en/ui.yml'), 'home.handbookCta: Browse our handbook\n');
    await showsOnReload('/en/', 'Browse our handbook');
    fs.writeFileSync(path.join(content, 'en/ui.yml'), 'home.handbookCta: Leaf through our handbook\n');
    await showsOnReload('/en/', 'Leaf through our handbook');
  });

  it('a chapter file', async () => {
    expect(await page('/en/chapters/lisbon/')).toContain('Lisbon');
    const file = path.join(content, 'chapters/lisbon.yml');
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('name: Lisbon', 'name: Lisboa Norte'));
    await showsOnReload('/en/chapters/lisbon/', 'Lisboa Norte');
  });

  it('a glossary', async () => {
    expect(await page('/es/glossary/')).toContain('jornada de campo');
    fs.writeFileSync(path.join(content, 'es/glossary.yml'), '- term: field day\n  translation: jornada en la costa\n');
    await showsOnReload('/es/glossary/', 'jornada en la costa');
  });

  it('site.yml, which restarts the server because it shapes every route', async () => {
    const file = path.join(content, 'site.yml');
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('tagline: Testing together.', 'tagline: Testing, edited.'));
    await showsOnReload('/en/', 'Testing, edited.');
    expect(log).toContain('Restarting');
  });
});

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
    probe.on('error', reject);
  });
}
