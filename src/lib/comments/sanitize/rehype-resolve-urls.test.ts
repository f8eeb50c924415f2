import rehypeParse from 'rehype-parse';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import rehypeResolveUrls from './rehype-resolve-urls.ts';

const run = (html: string, base?: string) =>
  String(unified().use(rehypeParse, { fragment: true }).use(rehypeResolveUrls, { base }).use(rehypeStringify).processSync(html));

describe('rehypeResolveUrls', () => {
  it('points root-relative links and images at GitHub', () => {
    expect(run('<a href="/owner/repo/issues/3">#3</a><img src="/owner/repo/raw/main/a.png">')).toBe(
      '<a href="https://github.com/owner/repo/issues/3">#3</a><img src="https://github.com/owner/repo/raw/main/a.png">',
    );
  });

  it('gives protocol-relative URLs the base scheme', () => {
    expect(run('<a href="//example.org/x">x</a>')).toBe('<a href="https://example.org/x">x</a>');
  });

  it('uses another base when given one', () => {
    expect(run('<a href="/x">x</a>', 'https://ghe.example.com/')).toBe('<a href="https://ghe.example.com/x">x</a>');
  });

  it('leaves fragments and URLs with a scheme (safe or not) to later steps', () => {
    const html = '<a href="#fn-1">1</a><a href="mailto:a@example.org">m</a><a href="javascript:alert(1)">j</a>';
    expect(run(html)).toBe(html);
  });
});
