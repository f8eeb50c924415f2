import { Buffer } from 'node:buffer';
import { Worker } from 'node:worker_threads';
import type { KnownLanguage } from './describe-language.ts';

export interface MarksRequest {
  id: number;
  page: Uint8Array<ArrayBuffer>;
  html: boolean;
}

export type MarksReply = { id: number; page: Uint8Array<ArrayBuffer>; failure?: undefined } | { id: number; page?: undefined; failure: string };

/**
 * A view that spans its whole memory can be handed to the other thread rather than copied. Buffers under 4 KB
 * are slices of a pool that other buffers share: those are copied.
 */
export function ownsItsMemory(bytes: Uint8Array<ArrayBuffer>): boolean {
  return bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength;
}

export interface MarksApart {
  /** The page's bytes with their marks resolved (as `resolveFallbacks` in ./index.ts does), read in the worker. */
  resolve(page: Buffer<ArrayBuffer>, html: boolean): Promise<Buffer<ArrayBuffer>>;
  /** Stop the worker. */
  close(): Promise<void>;
}

/**
 * Fallback marks resolved in a worker thread, for a build. Astro renders every page on one thread, and reading
 * each finished page for its marks is work on bytes alone, some 5 % of that thread's time at 19,500 pages: in a
 * worker, another core reads a page while the renderer goes on with the next (several are in flight at once).
 * The page's bytes are handed over, not copied, and come back the same way.
 *
 * The worker counts for the process only while a page is with it, so an idle worker never keeps a build
 * running. If it fails, every page waiting on it, and every page after, fails with its reason: a page is never
 * written with its marks left in.
 */
export function resolveMarksApart(workerFile: string | URL, languages: readonly KnownLanguage[]): MarksApart {
  // Without the process's own flags: those that concern how it was started (--input-type, --eval) stop a worker.
  const worker = new Worker(workerFile, { execArgv: [], workerData: { languages: languages.map(({ code, dir, name }) => ({ code, dir, name })) } });
  worker.unref();
  const waiting = new Map<number, { resolve: (page: Buffer<ArrayBuffer>) => void; reject: (e: Error) => void }>();
  let next = 0;
  let broken: Error | undefined;
  const failAll = (e: Error) => {
    broken ??= e;
    for (const w of waiting.values()) w.reject(broken);
    waiting.clear();
    worker.unref();
  };
  worker.on('message', (reply: MarksReply) => {
    const w = waiting.get(reply.id);
    if (!w) return;
    waiting.delete(reply.id);
    if (waiting.size === 0) worker.unref();
    if (reply.page) w.resolve(Buffer.from(reply.page.buffer, reply.page.byteOffset, reply.page.byteLength));
    else w.reject(new Error(`resolving a page's language marks failed: ${reply.failure}`));
  });
  worker.on('error', (e) => failAll(new Error(`the worker resolving language marks failed: ${e.message}`)));
  worker.on('exit', (code) => failAll(new Error(`the worker resolving language marks stopped (exit code ${code})`)));
  return {
    resolve(page, html) {
      if (broken) return Promise.reject(broken);
      return new Promise((resolve, reject) => {
        const id = next++;
        if (waiting.size === 0) worker.ref();
        waiting.set(id, { resolve, reject });
        const request: MarksRequest = { id, page, html };
        worker.postMessage(request, ownsItsMemory(page) ? [page.buffer] : []);
      });
    },
    async close() {
      await worker.terminate();
    },
  };
}
