import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cloneWorkingTree, gitIn } from '../support/working-tree.ts';

/**
 * A new organization's life, with real git repositories in a temp folder: Chapterhouse upstream (with its
 * demo) → the organization's clone → `npm run init` → commits of its own → upstream changes an engine file
 * and demo pages → `npm run upgrade -- upstream/main`. Then the organization's site builds and its tests pass.
 * Everything runs through npm, as a maintainer would type it. It needs this checkout to hold the demo (it plays
 * Chapterhouse upstream), which is why it lives with the demo's tests.
 */
const INIT = ['--name', 'Harbor Alliance', '--repository', 'harbor-alliance/site', '--languages', 'en,fr,ar', '--default-language', 'en', '--maintainer', 'octocat', '--yes'];
// An engine change a reader sees: the words of the home page's handbook button.
const OLD_CTA = 'home.handbookCta: Open the handbook';
const NEW_CTA = 'home.handbookCta: Read the handbook';

let temp: string;
let upstream: string;
let org: string;
const run = (cwd: string, args: string[]) => npm(cwd, args);

beforeAll(async () => {
  temp = fs.mkdtempSync(path.join(os.tmpdir(), 'ch-org-life-'));
  upstream = path.join(temp, 'chapterhouse');
  org = path.join(temp, 'harbor-alliance');
  cloneWorkingTree(upstream);
  // Chapterhouse's own default branch, whatever branch this checkout is on.
  gitIn(upstream)('branch', '-M', 'main');
  gitIn(temp)('clone', '-q', upstream, org);
  fs.symlinkSync(path.join(upstream, 'node_modules'), path.join(org, 'node_modules'));
});
afterAll(() => {
  if (temp) fs.rmSync(temp, { recursive: true, force: true });
});

describe('npm run init', () => {
  let init: Result;
  let withoutTerminal: Result;
  let statusAfterRefusal: string;
  beforeAll(async () => {
    withoutTerminal = await run(org, ['run', 'init', '--', '--name', 'Harbor Alliance']);
    statusAfterRefusal = gitIn(org)('status', '--porcelain');
    init = await run(org, ['run', 'init', '--', ...INIT]);
  });

  it('without --yes and without a terminal to ask on, says how to run it and changes nothing', () => {
    expect(withoutTerminal.code).toBe(2);
    expect(withoutTerminal.output).toContain('init asks its questions on a terminal; without one, give every value as a flag and add --yes');
    expect(statusAfterRefusal).toBe('');
  });

  it('replaces the demo with a minimal organization of its own and says what it removed and created', () => {
    expect(init.code, init.output).toBe(0);
    expect(init.output).toMatch(/Removed the demo organization \(\d{2,} files\):/);
    expect(init.output).toContain('  - content/demo.yml');
    for (const file of ['content/site.yml', 'content/members.yml', 'content/chapters/founding.yml', 'content/en/documents/mission.mdx', 'content/en/handbook/index.mdx', 'content/en/blog/welcome.mdx', 'content/en/ui.yml', 'content/fr/ui.yml', 'content/ar/ui.yml', 'content/github/state.json']) {
      expect(init.output).toContain(`  + ${file}`);
      expect(fs.existsSync(path.join(org, file)), file).toBe(true);
    }
    expect(fs.readdirSync(path.join(org, 'content')).sort()).toEqual(['ar', 'chapters', 'en', 'fr', 'github', 'members.yml', 'site.yml']);
  });

  it('writes the settings, with Arabic right to left, and a roster holding the maintainer', () => {
    const site = read(org, 'content/site.yml');
    expect(site).toContain('name: "Harbor Alliance"');
    expect(site).toContain('repository: harbor-alliance/site');
    expect(site).toContain('- { code: ar, name: "العربية", dir: rtl }');
    expect(site).toContain('- { code: fr, name: "Français", dir: ltr }');
    expect(read(org, 'content/members.yml')).toMatch(/^- \{ github: octocat, chapter: founding, since: \d{4}-\d{2}-\d{2}, role: maintainer \}$/m);
    expect(read(org, 'content/fr/ui.yml')).toMatch(/NOT TRANSLATED YET[\s\S]*\n# nav\.documents: Key documents\n/);
    expect(read(org, '.github/CODEOWNERS')).toContain('/content/members.yml       @octocat');
  });

  it('leaves the repository ready to commit: everything staged, nothing else changed, and the content check passes', async () => {
    const status = gitIn(org)('status', '--porcelain').split('\n').filter(Boolean);
    expect(status.filter((l) => l[0] === ' ' || l[0] === '?')).toEqual([]);
    expect(status.length).toBeGreaterThan(100);
    const check = await run(org, ['run', 'check']);
    expect(check.code, check.output).toBe(0);
  });

  it('refuses to run again: the tree is not clean, and then there is no demo left to replace', async () => {
    const dirty = await run(org, ['run', 'init', '--', ...INIT]);
    expect(dirty.code).toBe(1);
    expect(dirty.output).toContain('the working tree has uncommitted changes');
    gitIn(org)('commit', '-q', '-m', 'Start Harbor Alliance');
    const again = await run(org, ['run', 'init', '--', ...INIT]);
    expect(again.code).toBe(1);
    expect(again.output).toContain('content/ holds an organization already (there is no content/demo.yml)');
  });
});

describe('npm run upgrade -- upstream/main', () => {
  let upgrade: Result;
  const mission = 'Harbor Alliance keeps the harbour open to everyone who works and lives by it.\n';
  beforeAll(async () => {
    // The organization's own work: its mission, a post, its tagline.
    const orgGit = gitIn(org);
    fs.appendFileSync(path.join(org, 'content/en/documents/mission.mdx'), `\n${mission}`);
    expect((await run(org, ['run', 'new', '--', 'post', 'harbour-day', '--title', 'Harbour day', '--author', 'octocat'])).code).toBe(0);
    fs.writeFileSync(path.join(org, 'content/site.yml'), read(org, 'content/site.yml').replace(/^tagline: .*$/m, 'tagline: "Keeping the harbour open."'));
    orgGit('add', '-A');
    orgGit('commit', '-q', '-m', 'Our mission, our first own post, our tagline');

    // Upstream moves on: an engine file, a demo page the organization deleted, and the demo's settings.
    const upGit = gitIn(upstream);
    const strings = path.join(upstream, 'src/i18n/strings/en.yml');
    expect(read(upstream, 'src/i18n/strings/en.yml')).toContain(OLD_CTA);
    fs.writeFileSync(strings, read(upstream, 'src/i18n/strings/en.yml').replace(OLD_CTA, NEW_CTA));
    fs.appendFileSync(path.join(upstream, 'content/en/documents/values.mdx'), '\nA sentence added to the demo.\n');
    fs.writeFileSync(path.join(upstream, 'content/site.yml'), read(upstream, 'content/site.yml').replace(/^tagline: .*$/m, 'tagline: The demo, retold.'));
    fs.writeFileSync(path.join(upstream, 'content/en/blog/demo-news.mdx'), '---\ntitle: Demo news\ndate: 2026-11-01\nauthors: [mara-quinlan]\nsummary: New in the demo.\n---\n\nNews.\n');
    upGit('add', '-A');
    upGit('commit', '-q', '-m', 'Upstream: new button words, demo edits');

    orgGit('remote', 'add', 'upstream', upstream);
    // A copy as it stands before the upgrade, to try a plain git merge on.
    gitIn(temp)('clone', '-q', org, path.join(temp, 'plain-merge'));
    upgrade = await run(org, ['run', 'upgrade', '--', 'upstream/main']);
  });

  it('would conflict as a plain git merge: the demo page the organization deleted was changed upstream', () => {
    const git = gitIn(path.join(temp, 'plain-merge'));
    git('fetch', '-q', upstream, 'main');
    let output = '';
    try {
      git('merge', '--no-edit', 'FETCH_HEAD');
    } catch (e) {
      output = String((e as { stdout?: string }).stdout);
    }
    expect(output).toMatch(/CONFLICT \(modify\/delete\): content\/en\/documents\/values\.mdx/);
  });

  it('takes the engine change, keeps the organization\'s content, and commits the merge', () => {
    expect(upgrade.code, upgrade.output).toBe(0);
    expect(upgrade.output).toMatch(/Engine files from upstream\/main: \d+\./);
    expect(upgrade.output).toContain('✓ Committed the upgrade');
    expect(read(org, 'src/i18n/strings/en.yml')).toContain(NEW_CTA);
    expect(read(org, 'content/site.yml')).toContain('tagline: "Keeping the harbour open."');
    expect(read(org, 'content/en/documents/mission.mdx')).toContain(mission);
    expect(fs.existsSync(path.join(org, 'content/en/blog/harbour-day.mdx'))).toBe(true);
    for (const demo of ['content/en/documents/values.mdx', 'content/en/blog/demo-news.mdx', 'content/demo.yml']) expect(fs.existsSync(path.join(org, demo)), demo).toBe(false);
    const git = gitIn(org);
    expect(git('status', '--porcelain')).toBe('');
    expect(git('rev-list', '--parents', '-n', '1', 'HEAD').trim().split(' ')).toHaveLength(3);
    expect(git('merge-base', '--is-ancestor', 'upstream/main', 'HEAD')).toBe('');
  });

  it('then builds, and the engine tests pass, with the demo\'s own tests skipped and saying why', { timeout: 900_000 }, async () => {
    const build = await run(org, ['run', 'build']);
    expect(build.code, build.output.slice(-3000)).toBe(0);
    const home = read(org, 'dist/en/index.html');
    expect(home).toContain('Harbor Alliance');
    expect(home).toContain('Read the handbook');
    expect(read(org, 'dist/ar/index.html')).toMatch(/<html lang="ar" dir="rtl"/);
    // A representative part of the suite: the built site checks, the content check, the counting rules.
    const tests = await run(org, ['test', '--', 'test/site', 'test/content-check', 'src/lib/polls', 'test/demo']);
    expect(tests.code, tests.output.slice(-3000)).toBe(0);
    expect(tests.output).toContain('Skipping test/demo/');
    expect(tests.output).toMatch(/Test Files +\d+ passed/);
  });

  it('says when there is nothing new, and refuses a tree with uncommitted changes', async () => {
    const again = await run(org, ['run', 'upgrade', '--', 'upstream/main']);
    expect(again.code).toBe(0);
    expect(again.output).toContain('Already up to date with upstream/main');
    fs.appendFileSync(path.join(org, 'content/en/blog/harbour-day.mdx'), '\nUnsaved.\n');
    const dirty = await run(org, ['run', 'upgrade', '--', 'upstream/main']);
    expect(dirty.code).toBe(1);
    expect(dirty.output).toContain('the working tree has 1 uncommitted change (content/en/blog/harbour-day.mdx)');
  });
});

interface Result { code: number | null; output: string }

/** npm in a child process, without blocking this one; stdout and stderr together, as a terminal shows them. */
function npm(cwd: string, args: string[]): Promise<Result> {
  const env = { ...process.env };
  delete env.CHAPTERHOUSE_CONTENT;
  delete env.CHAPTERHOUSE_NOW;
  for (const key of Object.keys(env)) if (/^(VITEST|GIT_)/.test(key)) delete env[key];
  const child = spawn('npm', ['--silent', ...args], { cwd, env: { ...env, NO_COLOR: '1', FORCE_COLOR: '0', GIT_AUTHOR_NAME: 'Test', GIT_AUTHOR_EMAIL: 't@example.org', GIT_COMMITTER_NAME: 'Test', GIT_COMMITTER_EMAIL: 't@example.org' } });
  let output = '';
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  // eslint-disable-next-line no-control-regex
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, output: output.replace(/\x1b\[[0-9;]*m/g, '') })));
}

const read = (dir: string, file: string) => fs.readFileSync(path.join(dir, file), 'utf8');
