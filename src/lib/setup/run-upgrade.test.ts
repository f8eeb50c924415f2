import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runUpgrade } from './run-upgrade.ts';

/**
 * The upgrade's merge rules on small real repositories: upstream (an engine file, a demo page, the demo's
 * CODEOWNERS), an organization cloned from it, both moving on.
 */
const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

const git = (dir: string, ...args: string[]) =>
  execFileSync('git', ['-c', 'user.name=T', '-c', 'user.email=t@example.org', '-c', 'init.defaultBranch=main', ...args], { cwd: dir, encoding: 'utf8', stdio: 'pipe' });
function write(dir: string, files: Record<string, string | null>) {
  for (const [name, text] of Object.entries(files)) {
    const file = path.join(dir, name);
    if (text === null) fs.rmSync(file);
    else {
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(file, text);
    }
  }
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '-m', 'change');
}

function scenario() {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'ch-upgrade-'));
  dirs.push(root);
  const upstream = path.join(root, 'upstream');
  fs.mkdirSync(upstream);
  git(upstream, 'init', '-q');
  write(upstream, { 'src/engine.ts': 'export const v = 1;\n', 'content/site.yml': 'name: Demo\n', 'content/en/values.mdx': 'Demo values.\n', '.github/CODEOWNERS': '* @demo\n' });
  const org = path.join(root, 'org');
  git(root, 'clone', '-q', upstream, org);
  // The organization replaces the demo with its own content.
  write(org, { 'content/site.yml': 'name: Ours\n', 'content/en/values.mdx': null, 'content/en/mission.mdx': 'Ours.\n', '.github/CODEOWNERS': '* @ours\n' });
  return { upstream, org };
}

describe('runUpgrade', () => {
  it('takes engine changes and keeps every organization path as it is, deleted demo files included', () => {
    const { upstream, org } = scenario();
    write(upstream, { 'src/engine.ts': 'export const v = 2;\n', 'content/site.yml': 'name: Demo 2\n', 'content/en/values.mdx': 'Demo values, edited.\n', 'content/en/new-demo.mdx': 'New.\n', '.github/CODEOWNERS': '* @demo2\n' });
    git(org, 'fetch', '-q', 'origin');
    const outcome = runUpgrade(org, 'origin/main');
    expect(outcome).toMatchObject({ upToDate: false, engine: ['src/engine.ts'], conflicts: [], committed: true, packagesChanged: false });
    expect(outcome.keptOurs.sort()).toEqual(['.github/CODEOWNERS', 'content/en/new-demo.mdx', 'content/en/values.mdx', 'content/site.yml']);
    expect(fs.readFileSync(path.join(org, 'src/engine.ts'), 'utf8')).toBe('export const v = 2;\n');
    expect(fs.readFileSync(path.join(org, 'content/site.yml'), 'utf8')).toBe('name: Ours\n');
    expect(fs.readFileSync(path.join(org, '.github/CODEOWNERS'), 'utf8')).toBe('* @ours\n');
    expect(fs.existsSync(path.join(org, 'content/en/values.mdx'))).toBe(false);
    expect(fs.existsSync(path.join(org, 'content/en/new-demo.mdx'))).toBe(false);
    expect(git(org, 'status', '--porcelain')).toBe('');
    expect(git(org, 'log', '-1', '--format=%s').trim()).toMatch(/^Upgrade Chapterhouse to origin\/main \([0-9a-f]{12}\)$/);
    expect(runUpgrade(org, 'origin/main')).toMatchObject({ upToDate: true });
  });

  it('leaves an engine file both sides changed for a person, with the merge in progress and content untouched', () => {
    const { upstream, org } = scenario();
    write(org, { 'src/engine.ts': 'export const v = 1; // ours\n' });
    write(upstream, { 'src/engine.ts': 'export const v = 2;\n', 'content/en/values.mdx': 'Demo values, edited.\n' });
    git(org, 'fetch', '-q', 'origin');
    const outcome = runUpgrade(org, 'origin/main');
    expect(outcome).toMatchObject({ conflicts: ['src/engine.ts'], committed: false });
    expect(fs.readFileSync(path.join(org, 'src/engine.ts'), 'utf8')).toContain('<<<<<<<');
    expect(fs.existsSync(path.join(org, 'content/en/values.mdx'))).toBe(false);
    expect(fs.existsSync(path.join(org, '.git/MERGE_HEAD'))).toBe(true);
  });

  it('refuses uncommitted changes, an unknown ref and a history it does not share', () => {
    const { org } = scenario();
    fs.writeFileSync(path.join(org, 'content/en/mission.mdx'), 'Unsaved.\n');
    expect(() => runUpgrade(org, 'origin/main')).toThrow(/uncommitted change \(content\/en\/mission\.mdx\)/);
    git(org, 'checkout', '-q', '--', '.');
    expect(() => runUpgrade(org, 'upstream/nope')).toThrow(/there is no commit "upstream\/nope"/);
    const stranger = fs.mkdtempSync(path.join(os.tmpdir(), 'ch-stranger-'));
    dirs.push(stranger);
    git(stranger, 'init', '-q');
    write(stranger, { 'x.txt': 'x\n' });
    git(org, 'fetch', '-q', stranger, 'main:stranger');
    expect(() => runUpgrade(org, 'stranger')).toThrow(/shares no history with this repository/);
  });
});
