import rehypeParse from 'rehype-parse';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { rehypeExternalLinks } from './rehype-external-links.ts';

const run = (html: string) =>
  String(unified().use(rehypeParse, { fragment: true }).use(rehypeExternalLinks, { siteUrl: 'https://org.example' }).use(rehypeStringify).processSync(html));

describe('rehypeExternalLinks', () => {
  it('marks links to other hosts', () => {
    expect(run('<a href="https://other.example/x">x</a>')).toBe('<a href="https://other.example/x" rel="noopener" class="external">x</a>');
  });
  it('leaves internal, relative and anchor links alone', () => {
    for (const html of ['<a href="/en/handbook/">h</a>', '<a href="#top">t</a>', '<a href="https://org.example/en/">o</a>']) {
      expect(run(html)).toBe(html);
    }
  });
  it('keeps existing rel values without duplicates', () => {
    expect(run('<a href="http://x.example" rel="me noopener">x</a>')).toBe('<a href="http://x.example" rel="me noopener" class="external">x</a>');
  });
});
