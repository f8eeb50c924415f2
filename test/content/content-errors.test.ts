import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/lib/errors.ts';
import { contentProblems } from '../../src/lib/content/validate.ts';
import { makeMiniOrg } from '../fixtures/mini-org.ts';

/**
 * Each content mistake a member can make yields one message naming the file, the field and the fix.
 * Messages are pinned: they are part of the product.
 */
const roots: string[] = [];
function problemsWith(overrides: Record<string, string | null>) {
  const root = makeMiniOrg(overrides);
  roots.push(root);
  // Messages name files relative to the repository; strip the temp folder so the assertions read naturally.
  const prefix = `${path.relative(process.cwd(), root)}/`;
  return contentProblems(root).map((p) => formatProblem(p).split(prefix).join(''));
}
afterEach(() => roots.splice(0).forEach((r) => fs.rmSync(r, { recursive: true, force: true })));

const post = (fields: string) => `---\n${fields}\n---\n\nText.\n`;

describe('content errors', () => {
  it('the mini organization itself is valid', () => {
    expect(problemsWith({})).toEqual([]);
  });

  it('a bad date names the file, the field and the format', () => {
    expect(problemsWith({ 'en/blog/hello.mdx': post('title: Hello\ndate: 1 March\nauthors: [ada]\nsummary: S.') })).toEqual([
      'en/blog/hello.mdx: date: write a date as YYYY-MM-DD, for example 2024-03-01',
    ]);
  });

  it('an unknown author says to use a roster username', () => {
    expect(problemsWith({ 'en/blog/hello.mdx': post('title: Hello\ndate: 2024-03-01\nauthors: [ada, grace]\nsummary: S.') })).toEqual([
      'en/blog/hello.mdx: authors[1]: "grace" is not in content/members.yml; use the author\'s GitHub username as listed there, or add them to the roster first',
    ]);
  });

  it('author logins compare case-insensitively', () => {
    expect(problemsWith({ 'en/blog/hello.mdx': post('title: Hello\ndate: 2024-03-01\nauthors: [bo-chen]\nsummary: S.') })).toEqual([]);
  });

  it('an unknown chapter in a post scope lists the chapters', () => {
    expect(problemsWith({ 'en/blog/hello.mdx': post('title: Hello\ndate: 2024-03-01\nauthors: [ada]\nsummary: S.\nscope: porto') })).toEqual([
      'en/blog/hello.mdx: scope: there is no chapter "porto"; use "international", a country code, or one of: lisbon, osaka',
    ]);
  });

  it('an unknown chapter in the roster names the entry', () => {
    const roster = '- { github: ada, chapter: lisbon, since: 2024-01-01 }\n- { github: cy, chapter: porto, since: 2024-01-01 }\n';
    expect(problemsWith({ 'members.yml': roster })).toEqual([
      'members.yml: [1].chapter: there is no chapter "porto"; use the name of a file in content/chapters/ without .yml',
    ]);
  });

  it('a duplicate login, ignoring case, is an error', () => {
    const roster = '- { github: ada, chapter: lisbon, since: 2024-01-01 }\n- { github: ADA, chapter: osaka, since: 2024-01-01 }\n';
    expect(problemsWith({ 'members.yml': roster })).toEqual([
      'members.yml: [1].github: "ADA" is already listed as entry 1; keep one entry per member (usernames ignore case)',
    ]);
  });

  it('until before since is an error', () => {
    const roster = '- { github: ada, chapter: lisbon, since: 2024-05-01, until: 2024-01-01 }\n';
    expect(problemsWith({ 'members.yml': roster })).toEqual([
      'members.yml: [0].until: until (2024-01-01) is before since (2024-05-01); fix one of the dates',
    ]);
  });

  it('a duplicate slug names both files', () => {
    expect(problemsWith({ 'en/blog/2024/hello.mdx': post('title: Again\ndate: 2024-03-02\nauthors: [ada]\nsummary: S.') })).toEqual([
      'en/blog/hello.mdx: has the same address (/en/blog/hello/) as en/blog/2024/hello.mdx; rename one of the two files',
    ]);
  });

  it('a missing title says which line to add', () => {
    expect(problemsWith({ 'en/documents/mission.mdx': post('summary: S.\norder: 1\nstatus: draft') })).toEqual([
      'en/documents/mission.mdx: title: title is missing: add a line such as "title: …" (string expected)',
    ]);
  });

  it('an adopted document without its date says what to write', () => {
    expect(problemsWith({ 'en/documents/mission.mdx': post('title: M\nsummary: S.\norder: 1\nstatus: adopted') })).toEqual([
      'en/documents/mission.mdx: adopted: an adopted document needs the date it was adopted, e.g. adopted: 2024-03-01',
    ]);
  });

  it('a misspelt status lists the allowed values', () => {
    expect(problemsWith({ 'en/documents/mission.mdx': post('title: M\nsummary: S.\norder: 1\nstatus: adoptd') })).toEqual([
      'en/documents/mission.mdx: status: "adoptd" is not allowed: write one of "adopted", "draft"',
    ]);
  });

  it('broken YAML names the line', () => {
    expect(problemsWith({ 'en/documents/mission.mdx': '---\ntitle: "Mission\norder: 1\n---\nx\n' })).toEqual([
      'en/documents/mission.mdx:4: the frontmatter is not valid YAML (unexpected end of the stream within a double quoted scalar): check quotes and indentation near this line',
    ]);
  });
});
