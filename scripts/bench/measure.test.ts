import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { countHtml, htmlBytes, measure } from './measure.ts';

describe('measure', () => {
  it('samples the memory of a grandchild and reports the exit code', async () => {
    // The measured command starts another process that holds ~200 MB: the tree's peak must include it.
    const inner = 'const b = Buffer.alloc(200e6, 1); setTimeout(() => process.exit(b[0] === 1 ? 3 : 0), 700)';
    const outer = `const r = require('node:child_process').spawnSync(process.execPath, ['-e', ${JSON.stringify(inner)}]); process.exit(r.status)`;
    const m = await measure(process.execPath, ['-e', outer], { cwd: os.tmpdir() });
    expect(m.exitCode).toBe(3);
    expect(m.wallMs).toBeGreaterThan(600);
    if (m.peakRss !== null) expect(m.peakRss).toBeGreaterThan(180e6);
    if (m.cpuMs !== null) expect(m.cpuMs).toBeGreaterThan(0);
  });

  it('passes lines of output to the caller', async () => {
    const lines: string[] = [];
    const m = await measure(process.execPath, ['-e', 'console.log("one"); console.error("two"); console.log("three")'], { cwd: os.tmpdir(), onLine: (l) => lines.push(l) });
    expect(m.exitCode).toBe(0);
    expect(lines.sort()).toEqual(['one', 'three', 'two']);
  });
});

describe('countHtml', () => {
  it('counts HTML files at any depth and nothing else', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-html-'));
    for (const f of ['index.html', 'en/a/index.html', 'en/b/index.html', 'en/rss.xml', 'x.htm']) {
      fs.mkdirSync(path.dirname(path.join(dir, f)), { recursive: true });
      fs.writeFileSync(path.join(dir, f), '');
    }
    expect(countHtml(dir)).toBe(3);
    expect(countHtml(path.join(dir, 'missing'))).toBe(0);
    expect(htmlBytes(dir)).toBe(fs.readdirSync(dir, { recursive: true }).filter((f) => String(f).endsWith('.html')).reduce((n, f) => n + fs.readFileSync(path.join(dir, String(f))).length, 0));
    expect(htmlBytes(path.join(dir, 'missing'))).toBe(0);
    fs.rmSync(dir, { recursive: true });
  });
});
