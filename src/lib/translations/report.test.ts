import { describe, expect, it } from 'vitest';
import type { CommitWithFiles } from '../git/git.ts';
import { indexHistory } from './history.ts';
import { buildReport, summarize, translationPath, type PageRef, type PageStatus } from './report.ts';

const repo = { repository: 'o/r', branch: 'main' };
const page = (lang: string, kind: PageRef['kind'], slug: string, file: string): PageRef => ({ lang, kind, slug, file, title: `${slug} (${lang})` });

describe('translationPath', () => {
  it('swaps the language folder and keeps sub-folders', () => {
    expect(translationPath('content/en/handbook/starting/index.mdx', 'en', 'pt-br', 'handbook')).toBe('content/pt-br/handbook/starting/index.mdx');
  });
  it('swaps only the language folder that holds the kind, even when a folder above has the same name', () => {
    expect(translationPath('sites/en/content/en/blog/en.mdx', 'en', 'ja', 'blog')).toBe('sites/en/content/ja/blog/en.mdx');
  });
});

describe('buildReport', () => {
  const pages = [
    page('en', 'blog', 'zeta', 'content/en/blog/2024/zeta.mdx'),
    page('en', 'documents', 'mission', 'content/en/documents/mission.mdx'),
    page('es', 'documents', 'mission', 'content/es/documents/mission.mdx'),
    page('es', 'blog', 'only-spanish', 'content/es/blog/only-spanish.mdx'),
  ];
  const input = {
    pages, languages: ['en', 'es'], defaultLanguage: 'en', repo,
    sourceText: (file: string) => `text of ${file}`,
  };

  it('lists originals in kind order, with the translation path a missing page belongs at', () => {
    const report = buildReport({ ...input, history: { problem: 'no history here' } });
    expect(report.pages.map((p) => [p.lang, p.kind, p.slug, p.state, p.file])).toEqual([
      ['es', 'documents', 'mission', 'unknown', 'content/es/documents/mission.mdx'],
      ['es', 'blog', 'zeta', 'missing', 'content/es/blog/2024/zeta.mdx'],
    ]);
    expect(report.historyProblem).toBe('no history here');
    expect(report.pages[0]!.message).toBe('no history here');
    expect(report.pages[0]!.title).toBe('mission (en)');
    expect(report.pages[0]!.links.edit).toBe('https://github.com/o/r/edit/main/content/es/documents/mission.mdx');
    expect(new URL(report.pages[1]!.links.translate!).searchParams.get('value')).toBe('text of content/en/blog/2024/zeta.mdx');
  });

  it('reports a translation that exists but fails the check as unreadable with its message, not as missing, and an unreadable original too', () => {
    const unreadable = new Map([
      ['content/es/blog/2024/zeta.mdx', { lang: 'es', message: 'date: write a date as YYYY-MM-DD, for example 2024-03-01' }],
      ['content/en/documents/values.mdx', { lang: 'en', message: 'title: expected a title' }],
    ]);
    const report = buildReport({ ...input, history: { problem: 'no history here' }, unreadable });
    const zeta = report.pages.find((p) => p.slug === 'zeta')!;
    expect(zeta).toMatchObject({ state: 'invalid', message: 'date: write a date as YYYY-MM-DD, for example 2024-03-01' });
    // The file is there: offer to fix it, never to create it again.
    expect(zeta.links.translate).toBeUndefined();
    expect(zeta.links.edit).toBe('https://github.com/o/r/edit/main/content/es/blog/2024/zeta.mdx');
    expect(report.languages[0]).toMatchObject({ invalid: 1, missing: 0 });
    expect(report.invalidOriginals).toEqual([{ file: 'content/en/documents/values.mdx', message: 'title: expected a title' }]);
  });

  it('leaves the compare link out for a translation that was never committed', () => {
    const log: CommitWithFiles[] = [
      { sha: 'b', parents: ['a'], date: '2024-02-01T00:00:00.000Z', authorName: 'A', subject: 'edit', body: '', trailers: {}, files: ['content/en/documents/mission.mdx'] },
      { sha: 'a', parents: [], date: '2024-01-01T00:00:00.000Z', authorName: 'A', subject: 'add', body: '', trailers: {}, files: ['content/en/documents/mission.mdx'] },
    ];
    const report = buildReport({ ...input, history: indexHistory(log, (sha) => sha) });
    expect(report.pages[0]).toMatchObject({ state: 'current', changes: [] });
    expect(report.pages[0]!.links.compare).toBeUndefined();
  });
});

describe('summarize', () => {
  it('counts states and computes coverage and up-to-date shares', () => {
    const states = ['current', 'current', 'outdated', 'missing', 'unknown'] as const;
    const pages = states.map((state) => ({ state }) as PageStatus);
    expect(summarize('es', pages)).toEqual({ lang: 'es', total: 5, current: 2, outdated: 1, missing: 1, unknown: 1, invalid: 0, coverage: 0.8, upToDate: 0.4 });
  });
  it('calls an empty language fully covered rather than dividing by zero', () => {
    expect(summarize('ja', [])).toMatchObject({ coverage: 1, upToDate: 1 });
  });
});
