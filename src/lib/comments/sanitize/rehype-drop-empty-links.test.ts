import rehypeParse from 'rehype-parse';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import rehypeDropEmptyLinks from './rehype-drop-empty-links.ts';

const run = (html: string) =>
  String(unified().use(rehypeParse, { fragment: true }).use(rehypeDropEmptyLinks).use(rehypeStringify).processSync(html));

describe('rehypeDropEmptyLinks', () => {
  it('drops a heading anchor left without its icon', () => {
    expect(run('<h3><a id="x" href="#x">  </a>Next steps</h3>')).toBe('<h3>Next steps</h3>');
  });

  it('keeps links with text, including text in nested elements or an image alt', () => {
    const html = '<a href="/a">a</a><a href="/b"><code>b</code></a><a href="/c"><img alt="c" src="/c.png"></a>';
    expect(run(html)).toBe(html);
  });
});
