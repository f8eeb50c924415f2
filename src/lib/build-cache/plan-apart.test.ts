import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { makePlanApart } from './plan-apart.ts';

/** The nice value of each of this process's threads, from /proc (Linux keeps one per thread). */
function threadNices(): number[] {
  return fs.readdirSync('/proc/self/task').flatMap((tid) => {
    try {
      const stat = fs.readFileSync(`/proc/self/task/${tid}/stat`, 'utf8');
      // Fields after the command name, which is in parentheses and may hold spaces; nice is the 19th field.
      return [Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[16])];
    } catch {
      return [];
    }
  });
}

describe.runIf(process.platform === 'linux')('the plan worked out beside Astro', () => {
  const cacheDir = fs.mkdtempSync(path.join(os.tmpdir(), 'chapterhouse-plan-apart-'));
  afterAll(() => fs.rmSync(cacheDir, { recursive: true, force: true }));

  it('gives way to Astro once Astro has the early plan: its thread runs at the lowest priority, the build script does not', async () => {
    let seenLowered = false;
    let early = false;
    let done = false;
    // Looked at while the keys are being worked out, until the plan comes: a condition, not a time.
    const watch = () => {
      if (done) return;
      if (early && threadNices().includes(19)) seenLowered = true;
      else setImmediate(watch);
    };
    const plan = await makePlanApart({ projectRoot: process.cwd(), cacheDir, fresh: true }, () => {
      early = true;
      watch();
    }).finally(() => (done = true));
    expect(early).toBe(true);
    expect(Object.keys(plan.render).length).toBeGreaterThan(10);
    expect(seenLowered).toBe(true);
    expect(os.getPriority()).toBe(0);
  });
});
