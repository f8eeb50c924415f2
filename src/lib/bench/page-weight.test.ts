import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { categoryOf, formatTable, inlineScripts, pageWeight, ruleBreaks, type LoadedResource } from './page-weight.ts';

const text = (s: string) => new TextEncoder().encode(s);
const res = (url: string, resourceType: string, contentType: string, body: string): LoadedResource => ({ url, resourceType, contentType, body: text(body) });

describe('categoryOf', () => {
  it.each([
    ['document', 'text/html; charset=utf-8', 'html'],
    ['stylesheet', 'text/css', 'css'],
    ['script', 'text/javascript; charset=utf-8', 'js'],
    // Pagefind imports its bundle with import(), which Chromium may report as a fetch-like type.
    ['fetch', 'application/javascript', 'js'],
    ['fetch', 'application/wasm', 'other'],
    ['image', 'image/svg+xml', 'other'],
  ])('%s served as %s counts as %s', (resourceType, contentType, expected) => {
    expect(categoryOf({ resourceType, contentType, url: 'http://x/' })).toBe(expected);
  });
});

describe('inlineScripts', () => {
  it('finds classic and module scripts but not data blocks or external scripts', () => {
    const html = [
      '<script>alert(1)</script>',
      '<script type="module">import("/x.js")</script>',
      '<script type="application/ld+json">{"@type":"Article"}</script>',
      '<script src="/a.js"></script>',
      '<SCRIPT TYPE="text/javascript">b()</SCRIPT>',
      '<script type="speculationrules">{}</script>',
    ].join('\n');
    expect(inlineScripts(html)).toEqual(['alert(1)', 'import("/x.js")', 'b()']);
  });

  it('finds nothing in a page without scripts', () => {
    expect(inlineScripts('<p>A <code>&lt;script&gt;</code> tag, written about.</p>')).toEqual([]);
  });
});

describe('pageWeight', () => {
  const css = 'body{margin:0}'.repeat(100);
  const resources = [
    res('http://h/en/', 'document', 'text/html', '<p>hi</p>'),
    res('http://h/_astro/a.css', 'stylesheet', 'text/css', css),
    res('http://h/favicon.svg', 'image', 'image/svg+xml', '<svg/>'),
  ];

  it('adds bytes per category and counts every request', () => {
    const w = pageWeight('home', '/en/', resources);
    expect(w.requests).toBe(3);
    expect(w.bytes.html.raw).toBe(9);
    expect(w.bytes.css.raw).toBe(1400);
    expect(w.bytes.other.raw).toBe(6);
    expect(w.bytes.js).toEqual({ raw: 0, gzip: 0 });
    expect(w.total.raw).toBe(1415);
    expect(w.scripts).toEqual([]);
  });

  it('measures gzip as a real gzip of the body', () => {
    const w = pageWeight('home', '/en/', resources);
    expect(w.bytes.css.gzip).toBeLessThan(100);
    expect(w.bytes.css.gzip).toBe(gzipSync(text(css), { level: 9 }).length);
  });

  it('lists external and inline scripts', () => {
    const w = pageWeight('search', '/en/search/', [
      res('http://h/en/search/', 'document', 'text/html', '<script type="module">go()</script>'),
      res('http://h/pagefind/pagefind.js', 'script', 'text/javascript', 'export {}'),
    ]);
    expect(w.scripts).toEqual(['http://h/en/search/ (inline script)', 'http://h/pagefind/pagefind.js']);
  });
});

describe('formatTable', () => {
  it('prints one aligned row per page with raw and gzip kilobytes', () => {
    const table = formatTable([pageWeight('home', '/en/', [res('http://h/', 'document', 'text/html', 'x'.repeat(2048))])]);
    const [header, rule, row] = table.split('\n');
    expect(header).toMatch(/^page\s+html kB\s+css kB\s+js kB\s+other kB\s+total kB\s+requests$/);
    expect(rule!.length).toBe(header!.length);
    expect(row).toMatch(/^home\s+2\.0 \/ 0\.0\s+0 \/ 0\s+0 \/ 0\s+0 \/ 0\s+2\.0 \/ 0\.0\s+1$/);
    expect(row!.length).toBe(header!.length);
  });
});

describe('ruleBreaks', () => {
  const html = (body: string) => [res('http://h/p/', 'document', 'text/html', body)];
  const measured = (path: string, allowsScript: boolean, body: string, status = 200, expectedStatus = 200) => ({
    path,
    allowsScript,
    status,
    expectedStatus,
    weight: pageWeight(path, path, html(body)),
  });

  it('passes content pages without scripts and a search page with one', () => {
    expect(ruleBreaks([measured('/en/', false, '<p>hi</p>'), measured('/en/search/', true, '<script type="module">go()</script>')])).toEqual([]);
  });

  it('names a content page that runs JavaScript', () => {
    expect(ruleBreaks([measured('/en/blog/', false, '<script>track()</script>')])).toEqual(['/en/blog/ is a content page but loads JavaScript: http://h/p/ (inline script)']);
  });

  it('names a page served with the wrong status', () => {
    expect(ruleBreaks([measured('/en/polls/x/', false, '', 404, 200), measured('/en/missing/', false, '', 404, 404)])).toEqual(['/en/polls/x/ answered 404, expected 200']);
  });
});
