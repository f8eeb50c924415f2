import { describe, expect, it } from 'vitest';
import { routeGroup, routeTimes } from './route-times.ts';

const langs = new Set(['en', 'es', 'pt-br']);

describe('routeGroup', () => {
  it('drops the language and the slugs', () => {
    expect(routeGroup('/es/blog/post-12/index.html', langs)).toBe('blog/*');
    expect(routeGroup('/en/handbook/part-2/page-14/index.html', langs)).toBe('handbook/*');
    expect(routeGroup('/en/documents/document-3/history/index.html', langs)).toBe('documents/*/history');
    expect(routeGroup('/pt-br/index.html', langs)).toBe('(home)');
    expect(routeGroup('/404.html', langs)).toBe('404');
  });
});

describe('routeTimes', () => {
  it('adds up the logged render times per group, slowest first, ignoring other lines', () => {
    const log = [
      '12:00:01 [build] Building static entrypoints...',
      '  \x1b[34m├─\x1b[39m \x1b[2m/en/blog/post-1/index.html\x1b[22m \x1b[2m(+12ms)\x1b[22m',
      '  ├─ /es/blog/post-2/index.html (+8ms)',
      '  ├─ /en/polls/poll-3/index.html (+1.50s)',
      '  ├─ /en/blog/post-3/index.html (cached)',
    ].join('\n');
    expect(routeTimes(log, langs)).toEqual([
      { group: 'polls/*', pages: 1, totalMs: 1500, maxMs: 1500 },
      { group: 'blog/*', pages: 2, totalMs: 20, maxMs: 12 },
    ]);
  });
});
