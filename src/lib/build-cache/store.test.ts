import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CACHE_FORMAT, type BuildPlan } from './plan.ts';
import { cachedOutputsIntact, lockCache, readManifest, restoreReused, saveRendered, trackedCacheFiles } from './store.ts';

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'build-cache-store-'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

const write = (file: string, text: string) => {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text);
};
const plan = (p: Partial<BuildPlan>): BuildPlan => ({ format: CACHE_FORMAT, reuse: {}, render: {}, reusedEntryIds: [], code: 'c', languages: ['en'], ...p });

describe('the build cache on disk', () => {
  it('saves what a build rendered under its key, and gives it back to the next build', async () => {
    const cache = path.join(dir, 'cache');
    const first = path.join(dir, 'first');
    write(path.join(first, 'en/blog/post/index.html'), 'en v1');
    write(path.join(first, 'es/blog/post/index.html'), 'es v1');
    write(path.join(first, 'es/blog/post/comments/2/index.html'), 'es comments');
    expect(saveRendered(plan({ render: { 'blog/post': 'k1' }, languages: ['en', 'es'] }), cache, first)).toBe(1);
    const manifest = readManifest(cache);
    expect(manifest.groups['blog/post']).toMatchObject({ key: 'k1', outputs: ['en/blog/post/index.html', 'es/blog/post/index.html', 'es/blog/post/comments/2/index.html'] });
    expect(cachedOutputsIntact(cache, manifest.groups['blog/post']!)).toBe(true);

    const second = path.join(dir, 'second');
    const reuse = plan({ reuse: { 'blog/post': manifest.groups['blog/post']!.outputs }, languages: ['en', 'es'] });
    expect(await restoreReused(reuse, cache, second)).toBe(3);
    expect(fs.readFileSync(path.join(second, 'es/blog/post/comments/2/index.html'), 'utf8')).toBe('es comments');
    saveRendered(reuse, cache, second);
    expect(readManifest(cache).groups['blog/post']!.key).toBe('k1');
  });

  it('forgets groups that are gone, and never keeps pages that must be rendered every time', () => {
    const cache = path.join(dir, 'cache');
    const out = path.join(dir, 'out');
    write(path.join(out, 'en/blog/a/index.html'), 'a');
    write(path.join(out, 'en/blog/b/index.html'), 'b');
    saveRendered(plan({ render: { 'blog/a': 'ka', 'blog/b': 'kb' } }), cache, out);
    saveRendered(plan({ render: { 'blog/a': null } }), cache, out);
    expect(readManifest(cache).groups).toEqual({});
    expect(fs.existsSync(path.join(cache, 'pages/en/blog/b/index.html'))).toBe(false);
    expect(fs.existsSync(path.join(cache, 'pages/en/blog/a/index.html'))).toBe(false);
  });

  it('does not trust a cached page that was rewritten in place through the output it is linked to', () => {
    const cache = path.join(dir, 'cache');
    const out = path.join(dir, 'out');
    write(path.join(out, 'en/blog/a/index.html'), 'rendered');
    saveRendered(plan({ render: { 'blog/a': 'ka' } }), cache, out);
    const entry = readManifest(cache).groups['blog/a']!;
    expect(cachedOutputsIntact(cache, entry)).toBe(true);
    // An editor or a post-processing step writes the output file in place.
    fs.appendFileSync(path.join(out, 'en/blog/a/index.html'), '<!-- changed -->');
    expect(cachedOutputsIntact(cache, entry)).toBe(false);
    fs.rmSync(path.join(cache, 'pages/en/blog/a/index.html'));
    expect(cachedOutputsIntact(cache, entry)).toBe(false);
  });

  it('refuses to copy over a page the build rendered itself', async () => {
    const cache = path.join(dir, 'cache');
    const out = path.join(dir, 'out');
    write(path.join(cache, 'pages/en/blog/a/index.html'), 'cached');
    write(path.join(out, 'en/blog/a/index.html'), 'rendered');
    await expect(restoreReused(plan({ reuse: { 'blog/a': ['en/blog/a/index.html'] } }), cache, out)).rejects.toThrow(/both rendered and taken/);
  });

  it('reads a missing or broken manifest as an empty cache', () => {
    expect(readManifest(path.join(dir, 'none')).groups).toEqual({});
    write(path.join(dir, 'broken/manifest.json'), '{ not json');
    expect(readManifest(path.join(dir, 'broken')).groups).toEqual({});
  });

  it('lets one build at a time hold the cache, and takes over a lock whose process is gone', () => {
    const cache = path.join(dir, 'cache');
    const release = lockCache(cache);
    expect(release).not.toBeNull();
    expect(lockCache(cache)).toBeNull();
    release!();
    // A pid no process has: the lock of a build that crashed.
    fs.mkdirSync(path.join(cache, 'lock'));
    fs.writeFileSync(path.join(cache, 'lock', 'pid'), '2147483646');
    const again = lockCache(cache);
    expect(again).not.toBeNull();
    again!();
  });

  it('finds cache files committed to git, which a build must not trust', () => {
    const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, stdio: 'ignore', env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.org', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.org' } });
    git('init', '-q');
    const cache = path.join(dir, '.cache', 'chapterhouse-build');
    write(path.join(cache, 'manifest.json'), '{}');
    expect(trackedCacheFiles(cache)).toEqual([]);
    write(path.join(cache, 'pages/en/documents/mission/index.html'), '<p>Written by hand</p>');
    git('add', '-f', '.cache/chapterhouse-build/pages');
    git('commit', '-q', '-m', 'A forged page');
    expect(trackedCacheFiles(cache)).toEqual(['.cache/chapterhouse-build/pages/en/documents/mission/index.html']);
  });
});
