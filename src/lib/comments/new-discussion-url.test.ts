import { describe, expect, it } from 'vitest';
import { discussion } from '../../../test/comments/fixtures/discussions.ts';
import { categorySlug, discussionUrl, newDiscussionUrl } from './new-discussion-url.ts';

describe('newDiscussionUrl', () => {
  it("opens GitHub's form in the page category with the page path as title", () => {
    expect(newDiscussionUrl({ repository: 'tidewater-commons/chapterhouse', categorySlug: 'comments', title: 'es/documents/mission/' })).toBe(
      'https://github.com/tidewater-commons/chapterhouse/discussions/new?category=comments&title=es%2Fdocuments%2Fmission%2F',
    );
  });

  it('encodes titles outside ASCII', () => {
    expect(newDiscussionUrl({ repository: 'o/r', categorySlug: 'c', title: 'ja/blog/海岸/' })).toBe(
      'https://github.com/o/r/discussions/new?category=c&title=ja%2Fblog%2F%E6%B5%B7%E5%B2%B8%2F',
    );
  });
});

describe('discussionUrl', () => {
  it('links a discussion by number', () => {
    expect(discussionUrl('o/r', 7)).toBe('https://github.com/o/r/discussions/7');
  });
});

describe('categorySlug', () => {
  it('uses the slug GitHub gave the category when a synced discussion shows it', () => {
    const d = discussion({ category: { name: 'Page comments', slug: 'page-comments-2' } });
    expect(categorySlug('Page comments', [d])).toBe('page-comments-2');
  });

  it.each([
    ['Comments', 'comments'],
    ['Show and tell', 'show-and-tell'],
    ['Q&A', 'q-a'],
    ['  Ideas / Wishes ', 'ideas-wishes'],
  ])('derives %j → %j when nothing is synced yet', (name, slug) => {
    expect(categorySlug(name, [])).toBe(slug);
  });
});
