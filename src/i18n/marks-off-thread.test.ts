import { Buffer } from 'node:buffer';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { markedPage, random } from '../../test/support/marked-pages.ts';
import { describeLanguageAmong, type KnownLanguage } from './describe-language.ts';
import { mark } from './marks.ts';
import { renderMarksInBytes, stripMarksInBytes } from './marks-in-bytes.ts';
import { resolveMarksApart } from './marks-off-thread.ts';

const WORKER = new URL('./marks-worker.ts', import.meta.url);
const LANGUAGES: KnownLanguage[] = [
  { code: 'en', dir: 'ltr', name: 'English' },
  { code: 'ar', dir: 'rtl', name: 'العربية' },
  { code: 'es', dir: 'ltr', name: 'Español' },
  { code: 'ja', dir: 'ltr', name: '日本語' },
];
const inThisThread = (page: Buffer<ArrayBuffer>, html: boolean) =>
  html ? renderMarksInBytes(page, (code, pageLang) => describeLanguageAmong(LANGUAGES, code, pageLang)) : stripMarksInBytes(page);

describe('language marks resolved in a worker', () => {
  it('gives back every page as reading it in this thread does, many pages at once, small and large', async () => {
    const rnd = random(7);
    const pages: string[] = [];
    for (let i = 0; i < 1200; i++) {
      const one = markedPage(rnd);
      // Pages under 4 KB share a pool and are copied to the worker; longer ones are handed over.
      pages.push(i % 3 === 0 ? `<html lang="${['es', 'ar', 'ja'][i % 9 / 3]}"><body>${one.repeat(12)}</body></html>` : one);
    }
    const apart = resolveMarksApart(WORKER, LANGUAGES);
    try {
      const sent = pages.map((p, i) => ({ html: i % 5 !== 4, bytes: Buffer.from(p, 'utf8') }));
      const expected = sent.map(({ bytes, html }) => inThisThread(Buffer.from(bytes), html).toString('latin1'));
      const got = await Promise.all(sent.map(({ bytes, html }) => apart.resolve(bytes, html)));
      let differing = 0;
      got.forEach((g, i) => { if (g.toString('latin1') !== expected[i]) differing++; });
      expect(differing).toBe(0);
      // The pages held marks to resolve: the comparison is not between pages left as they were.
      expect(got.filter((g, i) => g.toString('latin1') !== pages[i] && Buffer.from(pages[i]!, 'utf8').toString('latin1') !== g.toString('latin1')).length).toBeGreaterThan(600);
      expect(got.some((g) => g.toString('utf8').includes('<span lang="en" dir="ltr" class="fallback" data-language-name="inglés">'))).toBe(true);
    } finally {
      await apart.close();
    }
  });

  it('fails the page, and every page after it, when the worker fails', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'marks-worker-'));
    try {
      const broken = path.join(dir, 'broken.mjs');
      fs.writeFileSync(broken, "import { parentPort } from 'node:worker_threads';\nparentPort.on('message', () => { throw new Error('out of luck'); });\n");
      const apart = resolveMarksApart(broken, LANGUAGES);
      const page = () => Buffer.from(`<html lang="es"><body><p>${mark('Commons', 'en')}</p></body></html>`, 'utf8');
      await expect(apart.resolve(page(), true)).rejects.toThrow(/worker resolving language marks failed: out of luck/);
      await expect(apart.resolve(page(), true)).rejects.toThrow(/out of luck/);
      await apart.close();
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('keeps a process running while a page is with it, and not once it is idle', async () => {
    // A build ends when its last page is written: a worker that held the process open would hang it, one that
    // did not hold it while a page is out would end it before that page is written.
    const script = [
      `import { resolveMarksApart } from ${JSON.stringify(new URL('./marks-off-thread.ts', import.meta.url).href)};`,
      `import { mark } from ${JSON.stringify(new URL('./marks.ts', import.meta.url).href)};`,
      `const apart = resolveMarksApart(new URL(${JSON.stringify(WORKER.href)}), [{ code: 'en', dir: 'ltr', name: 'English' }]);`,
      `const page = Buffer.from('<html lang="es"><body><p>' + mark('Commons', 'en') + '</p></body></html>'.padEnd(9000, ' '));`,
      // The second page goes to a worker that is running and idle: only the page being out holds the process.
      `await apart.resolve(Buffer.from(page), true);`,
      `process.stdout.write((await apart.resolve(page, true)).toString('utf8').slice(0, 120));`,
    ].join('\n');
    const child = spawn(process.execPath, ['--input-type=module', '-e', script], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err += d));
    const code = await new Promise((resolve) => child.on('close', resolve));
    expect(err).toBe('');
    expect(code).toBe(0);
    expect(out).toContain('<p><span lang="en" dir="ltr" class="fallback" data-language-name="inglés">Commons</span></p>');
  }, 60_000);
});
