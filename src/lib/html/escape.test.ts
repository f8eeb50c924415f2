import { addAttribute, escapeHTML } from 'astro/runtime/server/index.js';
import { describe, expect, it } from 'vitest';
import { escapeAttribute, escapeText } from './escape.ts';

// Strings built here must read as Astro's templates would write them: checked against Astro's own functions.
const SAMPLES = [
  '', 'plain', 'a & b', '<script>alert(1)</script>', `"double" and 'single'`, '&amp; already', 'ünïcødé ✓ 👍',
  '\u2068marked\u2069', 'x<y>z&"\'', 42, 1234.5,
];

describe('escapeText', () => {
  it.each(SAMPLES)('escapes %j as Astro escapes an {expression}', (value) => {
    expect(escapeText(value)).toBe(escapeHTML(String(value)));
  });
});

describe('escapeAttribute', () => {
  it.each(SAMPLES.filter((v) => v !== ''))('escapes %j as Astro writes an attribute', (value) => {
    expect(` title="${escapeAttribute(value)}"`).toBe(String(addAttribute(value, 'title')));
  });
});
