import { describe, expect, it } from 'vitest';
import { executableParts } from '../support/executable-parts.ts';

// The checker guards the corpus test: it must see what a browser would run.
describe('executableParts', () => {
  it.each([
    ['<script>alert(1)</script>', '<script>'],
    ['<img src=x onerror=alert(1)>', 'onerror on <img>'],
    ['<a href=" jav&#x09;ascript:alert(1)">x</a>', 'javascript: in href on <a>'],
    ['<a href="DATA:text/html,x">x</a>', 'data: in href on <a>'],
    ['<svg><a xlink:href="javascript:alert(1)">x</a></svg>', 'javascript: in xlink:href on <a>'],
    ['<button formaction="vbscript:x">b</button>', 'vbscript: in formaction on <button>'],
    ['<iframe srcdoc="x"></iframe>', 'srcdoc on <iframe>'],
    ['<p style="color:red">x</p>', 'style on <p>'],
    ['<template><img src=x onerror=alert(1)></template>', 'onerror on <img>'],
  ])('finds the danger in %s', (html, expected) => {
    expect(executableParts(html)).toContain(expected);
  });

  it('finds nothing in plain safe HTML', () => {
    expect(executableParts('<p><a href="https://example.org/" rel="nofollow ugc noopener">x</a> <code>&lt;script&gt;</code></p>')).toEqual([]);
  });
});
