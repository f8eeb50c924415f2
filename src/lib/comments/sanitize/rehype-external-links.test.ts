import rehypeParse from 'rehype-parse';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import rehypeExternalLinks from './rehype-external-links.ts';

const run = (html: string, internalHosts?: string[]) =>
  String(unified().use(rehypeParse, { fragment: true }).use(rehypeExternalLinks, { internalHosts }).use(rehypeStringify).processSync(html));

describe('rehypeExternalLinks', () => {
  it('marks links to other sites as user content and cuts the opener', () => {
    expect(run('<a href="https://example.org/x">x</a>')).toBe('<a href="https://example.org/x" rel="nofollow ugc noopener">x</a>');
  });

  it("replaces the author's rel and target", () => {
    expect(run('<a href="http://example.org" rel="me" target="_blank">x</a>')).toBe('<a href="http://example.org" rel="nofollow ugc noopener">x</a>');
  });

  it('leaves fragments, mailto and our own hosts without rel', () => {
    expect(run('<a href="#c-1-fn-1">1</a><a href="mailto:a@example.org">m</a><a href="https://Commons.example.org/en/">home</a>', ['commons.example.org'])).toBe(
      '<a href="#c-1-fn-1">1</a><a href="mailto:a@example.org">m</a><a href="https://Commons.example.org/en/">home</a>',
    );
  });
});
