import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { sanitizeCommentHtml } from './sanitize-comment-html.ts';

/**
 * remark-gfm style fixtures: each folder under fixtures/ holds GitHub bodyHTML (input.html) and what
 * a page should show (expected.html). UPDATE_FIXTURES=1 rewrites the expected files; review the diff.
 */
const fixtures = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures');
const options = { idPrefix: 'c-1001-', internalHosts: ['tidewater-commons.example.org'] };

describe('sanitizeCommentHtml on typical GitHub comment HTML', () => {
  for (const name of fs.readdirSync(fixtures).sort()) {
    it(name, () => {
      const input = fs.readFileSync(path.join(fixtures, name, 'input.html'), 'utf8');
      const expectedFile = path.join(fixtures, name, 'expected.html');
      const actual = sanitizeCommentHtml(input, options) + '\n';
      if (process.env.UPDATE_FIXTURES) fs.writeFileSync(expectedFile, actual);
      expect(actual).toBe(fs.readFileSync(expectedFile, 'utf8'));
    });
  }
});

describe('sanitizeCommentHtml', () => {
  it('prefixes ids per comment so two comments on a page never share one', () => {
    const html = '<p id="user-content-x">a</p>';
    expect(sanitizeCommentHtml(html, { idPrefix: 'c-1-' })).toBe('<p id="c-1-x">a</p>');
    expect(sanitizeCommentHtml(html, { idPrefix: 'c-2-' })).toBe('<p id="c-2-x">a</p>');
  });

  it('returns an empty string for an empty body', () => {
    expect(sanitizeCommentHtml('', { idPrefix: 'c-1-' })).toBe('');
  });
});
