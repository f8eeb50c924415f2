import rehypeParse from 'rehype-parse';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import rehypeCommentIds from './rehype-comment-ids.ts';

const run = (html: string) =>
  String(unified().use(rehypeParse, { fragment: true }).use(rehypeCommentIds, { prefix: 'c-7-' }).use(rehypeStringify).processSync(html));

describe('rehypeCommentIds', () => {
  it("takes GitHub's prefix off ids so the sanitizer can add ours", () => {
    expect(run('<li id="user-content-fn-1">x</li><a name="user-content-top"></a>')).toBe('<li id="fn-1">x</li><a name="top"></a>');
  });

  it('points fragment links at the ids they will have after sanitizing', () => {
    expect(run('<a href="#user-content-fn-1">1</a><a href="#fnref-1">back</a>')).toBe(
      '<a href="#c-7-fn-1">1</a><a href="#c-7-fnref-1">back</a>',
    );
  });

  it('drops empty ids (GitHub writes id="" on task-list checkboxes)', () => {
    expect(run('<input type="checkbox" id="">')).toBe('<input type="checkbox">');
  });

  it('leaves other links alone', () => {
    expect(run('<a href="https://example.org/#x">x</a><a href="#">top</a>')).toBe('<a href="https://example.org/#x">x</a><a href="#">top</a>');
  });
});
