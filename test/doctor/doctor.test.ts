import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { FakeGitHubData, defaultSettings } from '../fake-github/dataset.ts';
import { startFakeGitHub, type FakeGitHub } from '../fake-github/server.ts';
import { makeMiniOrg } from '../fixtures/mini-org.ts';

/**
 * `npm run doctor` against the fake GitHub: its GraphQL runs against GitHub's schema and its REST answers are
 * typed with GitHub's OpenAPI description. A repository set up as the README says passes; each setting a
 * maintainer can get wrong fails with its own line, fix and page; a token without admin rights gets "cannot
 * tell" where GitHub hides the answer from it.
 */
const ROOT = path.resolve(import.meta.dirname, '../..');
const NOW = '2026-11-26T12:00:00Z';
const SITE = [
  'name: Harbor Alliance', 'tagline: T.', 'repository: harbor-alliance/site', 'defaultLanguage: en', 'languages:', '  - { code: en, name: English }',
  'polls: { category: Polls }', 'discussions:', '  categories: [Comments, Polls, Proposals]', '  pageCategory: Comments', '',
].join('\n');

let fake: FakeGitHub;
let content: string;
beforeAll(async () => {
  content = makeMiniOrg({ 'site.yml': SITE });
  fake = await startFakeGitHub(new FakeGitHubData('harbor-alliance/site', NOW));
});
afterAll(async () => {
  await fake?.close();
  fs.rmSync(content, { recursive: true, force: true });
});
afterEach(() => setUp());

/** The repository as the README sets it up: categories, label, Pages, Actions, protection, a recent scheduled run. */
function setUp() {
  const data = fake.data;
  data.settings = defaultSettings();
  data.settings.admins = ['octocat'];
  data.categories.splice(0);
  for (const c of ['Comments', 'Polls', 'Proposals']) data.addCategory(c);
  data.settings.runs = [
    { workflowId: 101, event: 'schedule', status: 'completed', conclusion: 'success', createdAt: '2026-11-26T11:23:00Z' },
    { workflowId: 101, event: 'push', status: 'completed', conclusion: 'failure', createdAt: '2026-11-26T11:50:00Z' },
  ];
}

interface Run { code: number | null; stdout: string; stderr: string }
function doctor(token: string, ...args: string[]): Promise<Run> {
  const child = spawn(process.execPath, ['scripts/doctor.ts', ...args], {
    cwd: ROOT, env: { ...process.env, ...fake.env(token), CHAPTERHOUSE_CONTENT: content, CHAPTERHOUSE_NOW: NOW },
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => (stdout += d));
  child.stderr.on('data', (d) => (stderr += d));
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, stdout, stderr })));
}
const admin = () => fake.tokenFor('octocat');

describe('npm run doctor', () => {
  it('is all green for a repository set up as the README says, and only reads', async () => {
    setUp();
    const { code, stdout } = await doctor(admin());
    expect(stdout.split('\n').filter((l) => /^[✓✖?] /.test(l))).toEqual([
      '✓ Discussions are enabled',
      '✓ Discussion categories "Comments", "Polls", "Proposals" exist, and the scripts can post in them',
      '✓ The "proposal" label exists',
      '✓ GitHub Pages publishes from GitHub Actions',
      '✓ GitHub Actions run, and each workflow job asks for the write access it needs (contents, discussions, statuses)',
      '✓ "main" requires the "chapterhouse/poll" status (branch protection), so a proposal merges only after its poll passed',
      '✓ The scheduled workflows are enabled; "Deploy" last ran on schedule within the hour',
    ]);
    expect(stdout).toContain('All 7 checks passed');
    expect(code).toBe(0);
    expect(fake.requests.filter((r) => r.method !== 'GET' && r.operation !== 'DoctorRepository')).toEqual([]);
  });

  it('marks each wrong setting ✖ with its fix and the page to open, and exits 1', async () => {
    setUp();
    const s = fake.data.settings;
    s.hasDiscussions = false;
    s.labels = ['bug'];
    s.pages = { buildType: 'legacy' };
    s.actions.allowedActions = 'local_only';
    s.protection = {};
    s.workflows[0]!.state = 'disabled_inactivity';
    const { code, stdout } = await doctor(admin());
    const lines = stdout.split('\n');
    const after = (start: string) => lines.slice(lines.findIndex((l) => l.startsWith(start))).slice(0, 3).join('\n');
    expect(after('✖ Discussions are turned off')).toBe('✖ Discussions are turned off\n  → Settings → General → Features: tick "Discussions"\n  → open https://github.com/harbor-alliance/site/settings');
    expect(after('? Discussion categories')).toContain('turn Discussions on first');
    expect(after('✖ There is no "proposal" label')).toContain('→ open https://github.com/harbor-alliance/site/labels');
    expect(after('✖ GitHub Pages publishes from a branch')).toContain('Source: "GitHub Actions"');
    expect(after('✖ GitHub Actions may not use the actions')).toContain('→ open https://github.com/harbor-alliance/site/settings/actions');
    expect(after('✖ "main" is not protected')).toContain('require the status checks "tests" and "chapterhouse/poll"');
    expect(after('✖ The "Deploy" workflow is disabled (GitHub turned it off after 60 days without activity)')).toContain('→ open https://github.com/harbor-alliance/site/actions/workflows/deploy.yml');
    expect(stdout).toContain('0 of 7 checks passed, 6 failed, 1 could not be told with this token.');
    expect(code).toBe(1);
  });

  it('says it cannot tell what only an admin may read, and still checks the rest', async () => {
    setUp();
    const { code, stdout } = await doctor(fake.token);
    expect(stdout).toContain('? GitHub Actions: the Actions settings can be read only with admin rights');
    expect(stdout).toContain('? "main": no ruleset requires "chapterhouse/poll", and classic branch protection cannot be read without admin rights');
    expect(stdout).toContain('✓ GitHub Pages publishes from GitHub Actions');
    expect(code).toBe(0);
    // A ruleset is readable by anyone: with one, there is nothing left to guess.
    fake.data.settings.rulesetChecks = { main: ['chapterhouse/poll'] };
    expect((await doctor(fake.token)).stdout).toContain('✓ "main" requires the "chapterhouse/poll" status (ruleset)');
  });

  it('prints the same checks as JSON on stdout with --json', async () => {
    setUp();
    fake.data.categories.splice(1);
    const { code, stdout, stderr } = await doctor(admin(), '--json');
    const report = JSON.parse(stdout);
    expect(report).toMatchObject({ repository: 'harbor-alliance/site', ok: false });
    expect(report.checks.map((c: { id: string; status: string }) => `${c.id}:${c.status}`)).toEqual([
      'discussions:ok', 'categories:fail', 'label:ok', 'pages:ok', 'actions:ok', 'protection:ok', 'schedule:ok',
    ]);
    expect(report.checks[1]).toMatchObject({ title: 'Discussion categories "Polls", "Proposals" do not exist (the site uses "Comments", "Polls", "Proposals")', url: 'https://github.com/harbor-alliance/site/discussions/categories' });
    expect(stderr).toContain('Reading the settings of harbor-alliance/site on GitHub');
    expect(code).toBe(1);
  });

  it('needs a token, and says so', async () => {
    const child = await doctor('');
    expect(child.code).toBe(1);
    expect(child.stderr).toContain('GITHUB_TOKEN is not set');
  });
});
