import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { outputReadyFile, signalOutputReady, whenOutputReady } from './output-ready.ts';

const dirs: string[] = [];
const planFile = () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'chapterhouse-ready-'));
  dirs.push(dir);
  return path.join(dir, 'plan-1.json');
};
afterEach(() => {
  dirs.splice(0).forEach((d) => fs.rmSync(d, { recursive: true, force: true }));
  delete process.env.CHAPTERHOUSE_BUILD_PLAN;
});
const never = new Promise<never>(() => {});
const setupHook = () => signalOutputReady().hooks['astro:build:setup'] as unknown as () => void;

describe('the output folder is ready', () => {
  it('is said by Astro\'s build setup, beside the plan npm run build named', async () => {
    const plan = planFile();
    process.env.CHAPTERHOUSE_BUILD_PLAN = plan;
    const ready = whenOutputReady(plan, never);
    setupHook()();
    await expect(ready).resolves.toBe(true);
    expect(fs.existsSync(outputReadyFile(plan))).toBe(true);
  });

  it('is not awaited past the end of Astro when Astro never said it', async () => {
    let ended!: () => void;
    const astro = new Promise<void>((resolve) => { ended = resolve; });
    const ready = whenOutputReady(planFile(), astro);
    ended();
    await expect(ready).resolves.toBe(false);
  });

  it('is not said by a build that npm run build did not start', () => {
    const plan = planFile();
    setupHook()();
    expect(fs.readdirSync(path.dirname(plan))).toEqual([]);
  });
});
