import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readVersions } from './git-contents.ts';

let dir: string;
const shas: string[] = [];
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ch-catfile-'));
  const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, encoding: 'utf8', stdio: 'pipe' }).trim();
  git('init', '-q', '-b', 'main');
  git('config', 'user.email', 't@example.org');
  git('config', 'user.name', 'T');
  fs.mkdirSync(path.join(dir, 'content/ja'), { recursive: true });
  fs.writeFileSync(path.join(dir, 'content/ja/海.mdx'), '---\ntitle: 海\n---\n\n干潟と海岸。\n');
  git('add', '-A');
  git('commit', '-qm', 'one');
  shas.push(git('rev-parse', 'HEAD'));
  fs.writeFileSync(path.join(dir, 'content/ja/海.mdx'), '');
  fs.writeFileSync(path.join(dir, 'content/b.md'), 'b\n');
  git('add', '-A');
  git('commit', '-qm', 'two');
  shas.push(git('rev-parse', 'HEAD'));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('readVersions', () => {
  it('reads many versions in one call, multi-byte text and empty files included, null where absent', () => {
    const [one, two] = shas as [string, string];
    const got = readVersions([[one, 'content/ja/海.mdx'], [two, 'content/ja/海.mdx'], [one, 'content/b.md'], [two, 'content/b.md'], [one, 'content/ja/海.mdx']], dir);
    expect(Object.fromEntries(got)).toEqual({
      [`${one}:content/ja/海.mdx`]: '---\ntitle: 海\n---\n\n干潟と海岸。\n',
      [`${two}:content/ja/海.mdx`]: '',
      [`${one}:content/b.md`]: null,
      [`${two}:content/b.md`]: 'b\n',
    });
  });
  it('asks git nothing for nothing', () => {
    expect(readVersions([], '/nonexistent').size).toBe(0);
  });
});
