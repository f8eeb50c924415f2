import rehypeParse from 'rehype-parse';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { rehypeBaseLinks } from './rehype-base-links.ts';

const run = (html: string, base?: string) =>
  String(unified().use(rehypeParse, { fragment: true }).use(rehypeBaseLinks, { base }).use(rehypeStringify).processSync(html));

describe('rehypeBaseLinks', () => {
  it('prefixes site-absolute links and images with the base path', () => {
    expect(run('<a href="/en/handbook/">h</a><img src="/img/a.png">', '/chapterhouse')).toBe('<a href="/chapterhouse/en/handbook/">h</a><img src="/chapterhouse/img/a.png">');
  });
  it('leaves relative, external, protocol-relative and already-prefixed links alone', () => {
    const html = '<a href="../x/">r</a><a href="https://e.example/">e</a><a href="//cdn.example/x">p</a><a href="/chapterhouse/en/">b</a><a href="#top">t</a>';
    expect(run(html, '/chapterhouse/')).toBe(html);
  });
  it('does nothing at the root', () => {
    expect(run('<a href="/en/">x</a>')).toBe('<a href="/en/">x</a>');
  });
});
