import { gzipSync } from 'node:zlib';

/**
 * Page weight as a reader's browser sees it: every response a page load made, grouped by what it is.
 * The bench script records the responses; adding them up and printing them is decided here.
 */
export const CATEGORIES = ['html', 'css', 'js', 'other'] as const;
export type Category = (typeof CATEGORIES)[number];

export interface LoadedResource {
  url: string;
  /** Playwright's resourceType(): document, stylesheet, script, image, fetch, … */
  resourceType: string;
  contentType: string;
  body: Uint8Array;
}

export interface Bytes { raw: number; gzip: number }

export interface PageWeight {
  name: string;
  path: string;
  requests: number;
  bytes: Record<Category, Bytes>;
  total: Bytes;
  /** URLs of the JavaScript the page loaded or ran inline. */
  scripts: string[];
}

export function categoryOf(resource: Pick<LoadedResource, 'resourceType' | 'contentType' | 'url'>): Category {
  const type = resource.contentType.split(';')[0]!.trim().toLowerCase();
  if (resource.resourceType === 'document' || type === 'text/html') return 'html';
  if (resource.resourceType === 'stylesheet' || type === 'text/css') return 'css';
  if (resource.resourceType === 'script' || /^(text|application)\/(java|ecma)script$/.test(type)) return 'js';
  return 'other';
}

/** Executable inline <script> blocks in an HTML page; data blocks such as JSON-LD don't run. */
export function inlineScripts(html: string): string[] {
  const found: string[] = [];
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi)) {
    const attrs = m[1]!;
    const type = /\btype\s*=\s*["']?([^"'\s>]+)/i.exec(attrs)?.[1]?.toLowerCase();
    const runs = !type || type === 'module' || /^(text|application)\/(java|ecma)script$/.test(type);
    if (runs && !/\bsrc\s*=/i.test(attrs) && m[2]!.trim() !== '') found.push(m[2]!.trim());
  }
  return found;
}

const gz = (body: Uint8Array) => (body.length === 0 ? 0 : gzipSync(body, { level: 9 }).length);

export function pageWeight(name: string, path: string, resources: LoadedResource[]): PageWeight {
  const bytes = Object.fromEntries(CATEGORIES.map((c) => [c, { raw: 0, gzip: 0 }])) as Record<Category, Bytes>;
  const scripts: string[] = [];
  for (const r of resources) {
    const category = categoryOf(r);
    bytes[category].raw += r.body.length;
    bytes[category].gzip += gz(r.body);
    if (category === 'js') scripts.push(r.url);
    if (category === 'html') inlineScripts(new TextDecoder().decode(r.body)).forEach(() => scripts.push(`${r.url} (inline script)`));
  }
  const total = CATEGORIES.reduce((sum, c) => ({ raw: sum.raw + bytes[c].raw, gzip: sum.gzip + bytes[c].gzip }), { raw: 0, gzip: 0 });
  return { name, path, requests: resources.length, bytes, total, scripts };
}

function kb(n: number): string {
  return n === 0 ? '0' : (n / 1024).toFixed(1);
}

/** A fixed-width table for the terminal: kilobytes raw/gzip per category, then requests. */
export function formatTable(rows: PageWeight[]): string {
  const header = ['page', ...CATEGORIES.map((c) => `${c} kB`), 'total kB', 'requests'];
  const body = rows.map((r) => [
    r.name,
    ...CATEGORIES.map((c) => `${kb(r.bytes[c].raw)} / ${kb(r.bytes[c].gzip)}`),
    `${kb(r.total.raw)} / ${kb(r.total.gzip)}`,
    String(r.requests),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((row) => row[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...body.map(line), '', '(sizes are raw / gzip, in kB of 1024 bytes)'].join('\n');
}

export interface Measured {
  path: string;
  /** Only the search page may run JavaScript. */
  allowsScript: boolean;
  expectedStatus: number;
  status: number | undefined;
  weight: PageWeight;
}

/** The page-weight rules: content pages run no JavaScript, and every page answers with its expected status. */
export function ruleBreaks(measured: Measured[]): string[] {
  const breaks: string[] = [];
  for (const m of measured) {
    if (m.status !== m.expectedStatus) breaks.push(`${m.path} answered ${m.status ?? 'nothing'}, expected ${m.expectedStatus}`);
    if (!m.allowsScript && m.weight.scripts.length > 0) breaks.push(`${m.path} is a content page but loads JavaScript: ${m.weight.scripts.join(', ')}`);
  }
  return breaks;
}
