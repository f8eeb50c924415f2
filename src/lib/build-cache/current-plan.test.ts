import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';

/**
 * `npm run build` starts Astro before its plan is written; whatever in Astro asks first must wait for the
 * file and then read all of it. The file is written by another process here, as it is in a build.
 */
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'current-plan-'));
afterEach(() => {
  delete process.env.CHAPTERHOUSE_BUILD_PLAN;
  vi.resetModules();
});

describe('the plan as Astro reads it', () => {
  it('waits for a plan that is still being worked out, then reads it whole', async () => {
    const file = path.join(dir, 'plan-late.json');
    const plan = { format: 1, reuse: { 'blog/post': ['en/blog/post/index.html'] }, render: { 'documents/mission': 'k' }, reusedEntryIds: ['en/blog/post'] };
    process.env.CHAPTERHOUSE_BUILD_PLAN = file;
    // Written by another process, by renaming a finished file into place, only after this one has started
    // waiting: the writer waits for the "go" file, made right before the first question.
    const go = path.join(dir, 'go');
    const writer = spawn(process.execPath, ['-e', `
      const fs = require('node:fs');
      const poll = setInterval(() => {
        if (!fs.existsSync(${JSON.stringify(go)})) return;
        clearInterval(poll);
        setTimeout(() => { fs.writeFileSync(${JSON.stringify(`${file}.part`)}, ${JSON.stringify(JSON.stringify(plan))}); fs.renameSync(${JSON.stringify(`${file}.part`)}, ${JSON.stringify(file)}); }, 200);
      }, 10);
    `], { stdio: 'inherit' });
    const exited = new Promise((resolve) => writer.on('close', resolve));
    try {
      const { renders, reusedEntryIds } = await import('./current-plan.ts');
      fs.writeFileSync(go, '');
      expect(renders('blog', 'post')).toBe(false);
      expect(fs.existsSync(file)).toBe(true);
      expect(renders('documents', 'mission')).toBe(true);
      expect([...reusedEntryIds()]).toEqual(['en/blog/post']);
      await exited;
    } finally {
      writer.kill();
    }
  });

  it("names the pages taken from the cache for the sitemap, under the site's base, and not the feeds", async () => {
    const file = path.join(dir, 'plan-reused.json');
    const reuse = { 'lists/blog': ['es/blog/index.html', 'es/blog/page/2/index.html', 'es/rss.xml', 'es/chapters/lisbon/rss.xml'], 'handbook/': ['en/handbook/index.html'] };
    fs.writeFileSync(file, JSON.stringify({ format: 3, reuse, render: {}, reusedEntryIds: [] }));
    process.env.CHAPTERHOUSE_BUILD_PLAN = file;
    const { reusedPageUrls } = await import('./current-plan.ts');
    expect(reusedPageUrls('https://example.org', '/site').sort()).toEqual([
      'https://example.org/site/en/handbook/',
      'https://example.org/site/es/blog/',
      'https://example.org/site/es/blog/page/2/',
    ]);
  });

  it('renders everything when no build plan is named (astro build, npm run dev)', async () => {
    const { renders, reusedEntryIds } = await import('./current-plan.ts');
    expect(renders('blog', 'post')).toBe(true);
    expect(reusedEntryIds().size).toBe(0);
  });
});
