import { createHash } from 'node:crypto';

/**
 * Each page's Content-Security-Policy, sent as a <meta> tag (a static host sets no headers for us). It is
 * the lock behind the content check and the sanitizers: if either ever let an inline script, an event
 * handler or a javascript: link through, the browser would still refuse to run it. Pages run no script
 * unless they say which they need.
 */
export interface ScriptNeeds {
  /** Scripts the site serves itself: bundled <script> files and Pagefind's search. */
  self?: boolean;
  /** WebAssembly, which Pagefind's search index runs on. */
  wasm?: boolean;
  /** The exact text of each inline script the page carries; each is allowed by its SHA-256, nothing else. */
  inline?: readonly string[];
  /** Origins whose scripts the page loads, such as https://giscus.app. */
  hosts?: readonly string[];
  /** Origins the page may show in a frame (the giscus widget is one). */
  frames?: readonly string[];
}

/** The CSP source for an inline script: `'sha256-…'` of its exact text. */
export function scriptHash(source: string): string {
  return `'sha256-${createHash('sha256').update(source, 'utf8').digest('base64')}'`;
}

const ORIGIN = /^https:\/\/[a-z0-9.-]+(?::\d+)?$/i;

function origins(list: readonly string[] | undefined, what: string): string[] {
  for (const origin of list ?? []) {
    if (!ORIGIN.test(origin)) throw new Error(`${what} must be https:// origins such as https://giscus.app, not ${JSON.stringify(origin)}`);
  }
  return [...(list ?? [])];
}

export function contentSecurityPolicy(needs: ScriptNeeds = {}): string {
  const scripts = [
    ...(needs.self ? ["'self'"] : []),
    ...(needs.wasm ? ["'wasm-unsafe-eval'"] : []),
    ...[...new Set(needs.inline ?? [])].map(scriptHash),
    ...origins(needs.hosts, 'script hosts'),
  ];
  const frames = origins(needs.frames, 'frame hosts');
  return [
    `script-src ${scripts.length ? scripts.join(' ') : "'none'"}`,
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    `frame-src ${frames.length ? frames.join(' ') : "'none'"}`,
  ].join('; ');
}
