import { describe, expect, it } from 'vitest';
import { outputsOf, pageGroups, readsLocalFiles } from './page-groups.ts';

describe('pageGroups', () => {
  const page = (lang: string, kind: 'documents' | 'handbook' | 'blog', slug: string) =>
    ({ kind, lang, slug, file: `content/${lang}/${kind}/${slug || 'index'}.mdx`, entryId: `${lang}/${kind}/${slug || 'index'}` });

  it('puts a page and its translations in one group, and leaves out languages the site does not list', () => {
    const groups = pageGroups([page('es', 'blog', 'post'), page('en', 'blog', 'post'), page('xx', 'blog', 'post'), page('en', 'handbook', '')], ['en', 'es']);
    expect(groups.map((g) => g.id)).toEqual(['blog/post', 'handbook/']);
    expect(groups[0]!.entryIds).toEqual(['en/blog/post', 'es/blog/post']);
    expect(groups[0]!.files).toEqual(['content/en/blog/post.mdx', 'content/es/blog/post.mdx']);
  });
});

describe('outputsOf', () => {
  const written = new Set(['en/blog/post/index.html', 'en/blog/post/comments/2/index.html', 'en/blog/post/comments/10/index.html', 'es/blog/post/index.html', 'es/handbook/index.html']);
  const exists = (f: string) => written.has(f);

  it('lists the page in every language that wrote it, with its numbered comment pages', () => {
    const comments = (dir: string) => (dir === 'en/blog/post/comments/' ? ['10', '2', 'feed'] : []);
    expect(outputsOf({ kind: 'blog', slug: 'post' }, ['en', 'es', 'ja'], exists, comments)).toEqual([
      'en/blog/post/index.html', 'en/blog/post/comments/2/index.html', 'en/blog/post/comments/10/index.html', 'es/blog/post/index.html',
    ]);
  });

  it("names the handbook's front page by its folder, and gives polls no comment pages", () => {
    expect(outputsOf({ kind: 'handbook', slug: '' }, ['en', 'es'], exists, () => [])).toEqual(['es/handbook/index.html']);
    expect(outputsOf({ kind: 'polls', slug: 'p' }, ['en'], () => true, () => ['2'])).toEqual(['en/polls/p/index.html']);
  });
});

describe('outputsOf a list', () => {
  it("takes the blog's index, pages, tags and scopes, and leaves the posts to their own groups", () => {
    const files = new Set(['en/blog/index.html', 'en/blog/tags/index.html', 'en/blog/page/2/index.html', 'en/blog/tags/tides/index.html', 'en/blog/scope/pt/index.html', 'en/blog/post/index.html']);
    const dirs: Record<string, string[]> = { 'en/blog/page/': ['2'], 'en/blog/tags/': ['tides'], 'en/blog/scope/': ['pt'], 'en/blog/': ['post', 'page', 'tags', 'scope'] };
    expect(outputsOf({ kind: 'lists', slug: 'blog' }, ['en'], (f) => files.has(f), (d) => dirs[d] ?? []).sort()).toEqual([...files].filter((f) => f !== 'en/blog/post/index.html').sort());
  });

  it("takes the posts' feeds, the language's and each chapter's, with the blog's lists, and leaves the chapters' pages alone", () => {
    const files = new Set(['en/blog/index.html', 'en/rss.xml', 'en/chapters/lisbon/rss.xml', 'en/chapters/lisbon/index.html', 'en/chapters/index.html', 'en/decisions/rss.xml']);
    const dirs: Record<string, string[]> = { 'en/chapters/': ['lisbon'] };
    const of = (slug: string) => outputsOf({ kind: 'lists', slug }, ['en'], (f) => files.has(f), (d) => dirs[d] ?? []).sort();
    expect(of('blog')).toEqual(['en/blog/index.html', 'en/chapters/lisbon/rss.xml', 'en/rss.xml']);
    expect(of('chapters')).toEqual(['en/chapters/index.html', 'en/chapters/lisbon/index.html']);
  });

  it("takes a document's history and its versions' pages, in every language", () => {
    const files = new Set(['en/documents/mission/history/index.html', 'en/documents/mission/history/abc123/index.html', 'es/documents/mission/history/index.html']);
    const dirs: Record<string, string[]> = { 'en/documents/mission/history/': ['abc123'] };
    expect(outputsOf({ kind: 'history', slug: 'mission' }, ['en', 'es'], (f) => files.has(f), (d) => dirs[d] ?? [])).toEqual([...files]);
  });

  it("takes the polls' index for the polls' list, and each scope's list for that scope's group alone", () => {
    const files = new Set(['en/polls/index.html', 'en/polls/scope/pt/index.html', 'en/polls/scope/lisbon/index.html', 'es/polls/scope/pt/index.html', 'en/polls/dues/index.html']);
    const dirs: Record<string, string[]> = { 'en/polls/': ['scope', 'dues'], 'en/polls/scope/': ['pt', 'lisbon'], 'es/polls/scope/': ['pt'] };
    const of = (kind: 'lists' | 'poll-scopes', slug: string) => outputsOf({ kind, slug }, ['en', 'es'], (f) => files.has(f), (d) => dirs[d] ?? []);
    expect(of('lists', 'polls')).toEqual(['en/polls/index.html']);
    expect(of('poll-scopes', 'pt')).toEqual(['en/polls/scope/pt/index.html', 'es/polls/scope/pt/index.html']);
    expect(of('poll-scopes', 'lisbon')).toEqual(['en/polls/scope/lisbon/index.html']);
  });

  it('refuses a list it does not know', () => {
    expect(() => outputsOf({ kind: 'lists', slug: 'nothing' }, ['en'], () => true, () => [])).toThrow(/no list group/);
  });
});

describe('readsLocalFiles', () => {
  it.each([
    ['![A photo](./photo.jpg)', true],
    ['![A photo](photo.jpg)', true],
    ['<img src="./photo.jpg" alt="" />', true],
    ['<Image src={photo} alt="" />', true],
    ['![A photo](https://example.org/photo.jpg)', false],
    ['![A photo](/images/photo.jpg)', false],
    ['A [link](./other-page/) is not a file the page reads.', false],
    ['Plain text.', false],
  ])('%s → %s', (body, expected) => {
    expect(readsLocalFiles(body)).toBe(expected);
  });
});
