import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';

/**
 * A tiny static server for dist/, close enough to GitHub Pages for the browser tests and the page-weight
 * bench: directory URLs serve their index.html, a directory without its trailing slash redirects to it,
 * and anything missing gets 404.html with status 404. Localhost only, on a port the system picks.
 */
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  // Pagefind streams its WebAssembly with instantiateStreaming, which insists on this type.
  '.wasm': 'application/wasm',
};

export function contentType(file: string): string {
  return TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}

export type Resolution =
  | { kind: 'file'; file: string }
  | { kind: 'redirect'; location: string }
  | { kind: 'missing' };

/** What a URL path means under root. Paths that climb out of root are treated as missing. */
export function resolvePath(root: string, urlPath: string): Resolution {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return { kind: 'missing' };
  }
  const target = path.resolve(root, `.${path.posix.normalize(decoded)}`);
  if (target !== root && !target.startsWith(root + path.sep)) return { kind: 'missing' };
  const st = fs.statSync(target, { throwIfNoEntry: false });
  if (st?.isFile()) return { kind: 'file', file: target };
  if (st?.isDirectory()) {
    if (!urlPath.endsWith('/')) return { kind: 'redirect', location: `${urlPath}/` };
    const index = path.join(target, 'index.html');
    if (fs.statSync(index, { throwIfNoEntry: false })?.isFile()) return { kind: 'file', file: index };
  }
  return { kind: 'missing' };
}

export interface StaticServer {
  /** Origin with no trailing slash, e.g. http://127.0.0.1:41234 */
  origin: string;
  /** The folder being served: the original, or the private copy. */
  root: string;
  close(): Promise<void>;
}

export interface ServeOptions {
  /**
   * Serve a private copy of the folder, removed on close. dist/ is shared: a build started elsewhere
   * (another test file finding it stale, a developer) would otherwise swap files under a running browser.
   */
  snapshot?: boolean;
}

export async function startStaticServer(rootDir: string, options: ServeOptions = {}): Promise<StaticServer> {
  let root = path.resolve(rootDir);
  const copy = options.snapshot ? fs.mkdtempSync(path.join(os.tmpdir(), 'chapterhouse-site-')) : undefined;
  if (copy) {
    fs.cpSync(root, copy, { recursive: true });
    root = copy;
  }
  const server = http.createServer((req, res) => {
    const { pathname, search } = new URL(req.url ?? '/', 'http://localhost');
    const found = resolvePath(root, pathname);
    const headers = { 'cache-control': 'no-store' };
    if (found.kind === 'redirect') {
      res.writeHead(301, { ...headers, location: found.location + search }).end();
      return;
    }
    const file = found.kind === 'file' ? found.file : path.join(root, '404.html');
    const status = found.kind === 'file' ? 200 : 404;
    fs.readFile(file, (error, body) => {
      if (error) {
        res.writeHead(404, { ...headers, 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
        return;
      }
      res.writeHead(status, { ...headers, 'content-type': contentType(file), 'content-length': body.length });
      res.end(req.method === 'HEAD' ? undefined : body);
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    root,
    close: async () => {
      await new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      });
      if (copy) fs.rmSync(copy, { recursive: true, force: true });
    },
  };
}
