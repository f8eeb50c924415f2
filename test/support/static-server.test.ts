import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStaticServer, type StaticServer } from './static-server.ts';

/** The server behaves like GitHub Pages where the browser tests depend on it. */
let base: string;
let root: string;
let server: StaticServer;
beforeAll(async () => {
  base = fs.mkdtempSync(path.join(os.tmpdir(), 'static-server-'));
  root = path.join(base, 'site');
  const write = (rel: string, text: string) => {
    fs.mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
    fs.writeFileSync(path.join(root, rel), text);
  };
  write('index.html', '<p>root</p>');
  write('404.html', '<p>custom not found</p>');
  write('en/blog/index.html', '<p>blog</p>');
  write('pagefind/wasm.en.pagefind', 'binary');
  write('pagefind/pagefind.js', 'export {}');
  write('module.wasm', '\0asm');
  write('café/ñ.txt', 'accented');
  fs.writeFileSync(path.join(base, 'outside-secret.txt'), 'secret');
  server = await startStaticServer(root);
});
afterAll(async () => {
  await server.close();
  fs.rmSync(base, { recursive: true, force: true });
});

const get = (p: string) => fetch(`${server.origin}${p}`, { redirect: 'manual' });

describe('static server', () => {
  it('listens on localhost only', () => {
    expect(new URL(server.origin).hostname).toBe('127.0.0.1');
  });

  it('serves a directory index for a trailing-slash URL', async () => {
    const res = await get('/en/blog/');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    expect(await res.text()).toBe('<p>blog</p>');
  });

  it('redirects a directory without its slash, keeping the query', async () => {
    const res = await get('/en/blog?q=x');
    expect(res.status).toBe(301);
    expect(res.headers.get('location')).toBe('/en/blog/?q=x');
  });

  it('answers missing paths with 404.html and status 404', async () => {
    const res = await get('/en/nowhere/');
    expect(res.status).toBe(404);
    expect(await res.text()).toBe('<p>custom not found</p>');
  });

  it('gives WebAssembly and JavaScript the types browsers require', async () => {
    expect((await get('/module.wasm')).headers.get('content-type')).toBe('application/wasm');
    expect((await get('/pagefind/pagefind.js')).headers.get('content-type')).toMatch(/^text\/javascript/);
    expect((await get('/pagefind/wasm.en.pagefind')).headers.get('content-type')).toBe('application/octet-stream');
  });

  it('decodes percent-encoded paths', async () => {
    const res = await get('/caf%C3%A9/%C3%B1.txt');
    expect(await res.text()).toBe('accented');
  });

  it('never serves files outside its root', async () => {
    for (const p of ['/../outside-secret.txt', '/%2e%2e/outside-secret.txt', '/en/..%2F..%2Foutside-secret.txt']) {
      const res = await get(p);
      expect(await res.text(), p).not.toContain('secret');
    }
  });

  it('can serve a private copy that outlives changes to the original and is removed on close', async () => {
    const copy = await startStaticServer(root, { snapshot: true });
    try {
      fs.writeFileSync(path.join(root, 'en/blog/index.html'), '<p>rebuilt</p>');
      expect(await (await fetch(`${copy.origin}/en/blog/`)).text()).toBe('<p>blog</p>');
    } finally {
      await copy.close();
      fs.writeFileSync(path.join(root, 'en/blog/index.html'), '<p>blog</p>');
    }
    expect(copy.root).not.toBe(root);
    expect(fs.existsSync(copy.root)).toBe(false);
  });
});
