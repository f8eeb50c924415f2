import { EventEmitter } from 'node:events';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { LoaderContext } from 'astro/loaders';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ContentError } from '../errors.ts';
import { dataFiles } from './data-loader.ts';

/**
 * The loader as `npm run dev` drives it: a watcher that reports file events (modelled on the dev server's,
 * including the event it drops when two follow within a few milliseconds), a store, a logger.
 */
let root: string;
let file: string;
let reads: number;
let stored: unknown;
let errors: string[];
let watcher: EventEmitter & { add: (p: string) => void; added: string[] };

beforeEach(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'ch-data-loader-'));
  fs.mkdirSync(path.join(root, 'es'));
  file = path.join(root, 'es/glossary.yml');
  fs.writeFileSync(file, 'one');
  reads = 0;
  stored = undefined;
  errors = [];
  watcher = Object.assign(new EventEmitter(), { added: [] as string[], add(p: string) { this.added.push(p); } });
});
afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

async function start(read = (): unknown => fs.readFileSync(file, 'utf8')) {
  const loader = dataFiles({ name: 'glossary', root, matches: (f) => /^[^/]+\/glossary\.yml$/.test(f), read: () => (reads++, read()) });
  const context = {
    store: { set: ({ data }: { data: { value: unknown } }) => ((stored = data.value), true) },
    watcher,
    logger: { error: (message: string) => errors.push(message) },
    generateDigest: (s: string) => s,
  } as unknown as LoaderContext;
  await loader.load(context);
}

describe('dataFiles in the dev server', () => {
  it('reads its files at start and watches the content folder', async () => {
    await start();
    expect(stored).toBe('one');
    expect(watcher.added).toEqual([root]);
  });

  it('reads a saved file after the write that followed the truncation, whose event the watcher dropped', async () => {
    await start();
    fs.writeFileSync(file, '');
    watcher.emit('change', file);
    fs.writeFileSync(file, 'two'); // no event: it came within the watcher's merging window
    await expect.poll(() => stored).toBe('two');
  });

  it('reads once for a burst of events, and not for files that are not its own', async () => {
    await start();
    watcher.emit('change', path.join(root, 'es/ui.yml'));
    watcher.emit('add', path.join(root, '..', 'es', 'glossary.yml'));
    fs.writeFileSync(file, 'three');
    for (const event of ['change', 'unlink', 'add', 'change']) watcher.emit(event, file);
    await expect.poll(() => stored).toBe('three');
    expect(reads).toBe(2);
  });

  it('keeps the last good data when a half-typed file does not parse, and says why', async () => {
    let broken = false;
    await start(() => {
      if (broken) throw new ContentError([{ file: 'content/es/glossary.yml', field: 'term', message: 'is missing' }]);
      return fs.readFileSync(file, 'utf8');
    });
    broken = true;
    watcher.emit('change', file);
    await expect.poll(() => errors.length).toBe(1);
    expect(errors[0]).toContain('content/es/glossary.yml');
    expect(stored).toBe('one');
  });
});
