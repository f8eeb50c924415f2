import { describe, expect, it } from 'vitest';
import { byTag, newestFirst, paginate, postsInScope } from './blog.ts';

const post = (title: string, date: string, scope = 'international', tags: string[] = []) => ({ data: { title, date: new Date(date), scope, tags } });

describe('blog indexes', () => {
  it('paginates, keeping an empty first page for an empty blog', () => {
    expect(paginate([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]]);
    expect(paginate([], 2)).toEqual([[]]);
  });
  it('orders newest first, title breaking ties', () => {
    const posts = [post('b', '2025-01-01'), post('c', '2026-01-01'), post('a', '2025-01-01')];
    expect(newestFirst(posts).map((p) => p.data.title)).toEqual(['c', 'a', 'b']);
  });
  it('groups by tag with sorted tag names', () => {
    const tags = byTag([post('x', '2025-01-01', 'international', ['tides', 'arts']), post('y', '2025-01-01', 'international', ['tides'])]);
    expect([...tags.keys()]).toEqual(['arts', 'tides']);
    expect(tags.get('tides')?.map((p) => p.data.title)).toEqual(['x', 'y']);
  });
  it('a country scope includes its chapters, a chapter scope only itself', () => {
    const countries = new Map([['lisbon', 'PT'], ['porto', 'PT'], ['osaka', 'JP']]);
    const posts = [post('pt', '2025-01-01', 'PT'), post('l', '2025-01-01', 'lisbon'), post('o', '2025-01-01', 'osaka'), post('i', '2025-01-01')];
    expect(postsInScope(posts, 'PT', countries).map((p) => p.data.title)).toEqual(['pt', 'l']);
    expect(postsInScope(posts, 'lisbon', countries).map((p) => p.data.title)).toEqual(['l']);
    expect(postsInScope(posts, 'international', countries).map((p) => p.data.title)).toEqual(['i']);
  });
});
