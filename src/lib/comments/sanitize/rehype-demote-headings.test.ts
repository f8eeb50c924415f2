import rehypeParse from 'rehype-parse';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import rehypeDemoteHeadings from './rehype-demote-headings.ts';

const run = (html: string, top?: number) =>
  String(unified().use(rehypeParse, { fragment: true }).use(rehypeDemoteHeadings, { top }).use(rehypeStringify).processSync(html));

describe('rehypeDemoteHeadings', () => {
  it('moves the highest heading to h3 and keeps the others relative to it', () => {
    expect(run('<h1>a</h1><h2>b</h2><h4>c</h4>')).toBe('<h3>a</h3><h4>b</h4><h6>c</h6>');
  });

  it('stops at h6', () => {
    expect(run('<h1>a</h1><h5>b</h5><h6>c</h6>')).toBe('<h3>a</h3><h6>b</h6><h6>c</h6>');
  });

  it('leaves comments whose headings are already low enough', () => {
    expect(run('<h3>a</h3><h5>b</h5>')).toBe('<h3>a</h3><h5>b</h5>');
    expect(run('<p>no headings</p>')).toBe('<p>no headings</p>');
  });

  it('starts where the page asks', () => {
    expect(run('<h2>a</h2>', 4)).toBe('<h4>a</h4>');
  });
});
