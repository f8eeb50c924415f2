import rehypeParse from 'rehype-parse';
import rehypeSanitize from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { commentSchema } from './schema.ts';

// The schema alone, without the transforms around it in sanitize-comment-html.ts.
const run = (html: string) =>
  String(unified().use(rehypeParse, { fragment: true }).use(rehypeSanitize, commentSchema('c-1-')).use(rehypeStringify).processSync(html));

describe('commentSchema', () => {
  it("drops attributes hast-util-sanitize's default schema would keep", () => {
    expect(run('<p accesskey="x" tabindex="1" action="/a" method="post" enctype="x">a</p>')).toBe('<p>a</p>');
  });

  it('drops URL attributes other than href, src and cite', () => {
    expect(run('<a href="https://example.org/" ping="https://t.example/">a</a><img src="https://example.org/a.png" srcset="https://t.example/b.png 2x" longdesc="https://t.example/">')).toBe(
      '<a href="https://example.org/">a</a><img src="https://example.org/a.png">',
    );
  });

  it('removes scripts, styles, frames and embedded documents with their content', () => {
    expect(run('a<script>x()</script><style>p{}</style><iframe>f</iframe><svg><text>s</text></svg><math><mi>m</mi></math><noscript>n</noscript>b')).toBe('ab');
  });

  it('unwraps forms and other unknown elements but keeps their text', () => {
    expect(run('<form action="/x"><label>Name</label><marquee>hi</marquee></form>')).toBe('Namehi');
  });

  it('keeps only read-only checkboxes of all inputs', () => {
    expect(run('<input type="checkbox" disabled checked><input type="text" name="q" value="v">')).toBe(
      '<input type="checkbox" disabled checked><input type="checkbox" disabled>',
    );
  });

  it('prefixes ids and names', () => {
    expect(run('<h2 id="top">t</h2><a name="x">x</a>')).toBe('<h2 id="c-1-top">t</h2><a name="c-1-x">x</a>');
  });

  it('allows only http(s) and mailto links, http(s) images and citations', () => {
    expect(run('<a href="ftp://example.org/">f</a><a href="mailto:a@example.org">m</a><img src="ftp://example.org/a.png"><q cite="javascript:x">q</q>')).toBe(
      '<a>f</a><a href="mailto:a@example.org">m</a><img><q>q</q>',
    );
  });
});
