import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { countHtml, htmlBytes, measure, treeRss } from './measure.ts';

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

  it('counts a child forked without exec once, not as a second copy of its parent', async () => {
    // bash holds a 40 MB string, then forks a subshell that waits on sleep: the subshell shows those 40 MB as its
    // own resident memory, though it shares them with its parent copy-on-write (as a build about to exec git).
    const bash = spawn('bash', ['-c', 'x=$(head -c 40000000 /dev/zero | tr "\\0" a); ( sleep 120; : ) & echo ready; wait'], { detached: true, stdio: ['ignore', 'pipe', 'inherit'] });
    try {
      await new Promise<void>((resolve, reject) => {
        bash.stdout.on('data', (chunk: Buffer) => { if (chunk.toString().includes('ready')) resolve(); });
        bash.once('exit', () => reject(new Error('bash ended before forking')));
      });
      const parent = Number(fs.readFileSync(`/proc/${bash.pid}/statm`, 'utf8').split(' ')[1]) * 4096;
      expect(parent).toBeGreaterThan(40e6);
      const tree = treeRss(bash.pid!);
      expect(tree).toBeGreaterThanOrEqual(parent);
      // Counted twice, the tree would hold another 40 MB; sleep and the subshell's own pages are a few MB.
      expect(tree - parent).toBeLessThan(15e6);
    } finally {
      process.kill(-bash.pid!, 'SIGKILL');
    }
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
