import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { formatProblem } from '../errors.ts';
import { makeMiniOrg } from '../../../test/fixtures/mini-org.ts';
import { scaffold, SCAFFOLD_KINDS } from './scaffold.ts';
import { contentProblems } from './validate.ts';

const root = makeMiniOrg();
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));
const today = new Date('2026-03-04T12:00:00Z');

describe('scaffold', () => {
  it('writes files that pass the content check as they are (author from the roster)', () => {
    for (const [kind, slug] of [['post', 'spring-cleanup'], ['handbook', 'meetings/agenda'], ['document', 'bylaws'], ['chapter', 'porto']] as const) {
      const made = scaffold({ kind, slug, lang: 'en', author: 'ada', today });
      fs.mkdirSync(path.dirname(path.join(root, made.path)), { recursive: true });
      fs.writeFileSync(path.join(root, made.path), made.text.replace('country: XX', 'country: PT'));
    }
    expect(contentProblems(root).map(formatProblem)).toEqual([]);
  });

  it('places each kind in its folder and language', () => {
    expect(SCAFFOLD_KINDS.map((kind) => scaffold({ kind, slug: 'x', lang: 'es', today }).path)).toEqual([
      'es/blog/x.mdx', 'es/handbook/x.mdx', 'es/documents/x.mdx', 'chapters/x.yml',
    ]);
  });

  it('dates a post today and keeps it a draft', () => {
    const { text } = scaffold({ kind: 'post', slug: 'x', lang: 'en', today });
    expect(text).toMatch(/^date: 2026-03-04$/m);
    expect(text).toMatch(/^draft: true$/m);
  });

  it('refuses bad names with the fix', () => {
    expect(() => scaffold({ kind: 'post', slug: 'Spring Cleanup', lang: 'en', today })).toThrow(/use lowercase letters, digits and hyphens/);
    expect(() => scaffold({ kind: 'post', slug: 'a/b', lang: 'en', today })).toThrow(/not a valid name for a post/);
    expect(() => scaffold({ kind: 'poster' as never, slug: 'a', lang: 'en', today })).toThrow(/use one of: post, handbook, document, chapter/);
  });
});
