import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readRoster } from '../../src/lib/content/load.ts';
import { buildDemoDataset, demoNow } from '../fake-github/demo-dataset.ts';
import { startFakeGitHub, type FakeGitHub } from '../fake-github/server.ts';
import { cloneWorkingTree } from '../support/working-tree.ts';

/**
 * The deploy workflow's "update" and "build" jobs, step by step, against the fake GitHub: the same npm
 * scripts in the same order (read from .github/workflows/deploy.yml), in a real clone of this repository.
 * Between the last committed sync and this run, a member voted and a maintainer added a poll that is due.
 */
const ROOT = path.resolve(import.meta.dirname, '../..');
const DEMO_NOW = demoNow(path.resolve(import.meta.dirname, '../../content'));
const NOW = new Date(Date.parse(DEMO_NOW) + 3600_000).toISOString();
let repo: string;
let fake: FakeGitHub;
let voter: string;
const outputs: Record<string, string> = {};

/** The `run:` lines of a job in deploy.yml, in order. */
function jobSteps(job: string): string[] {
  const text = fs.readFileSync(path.join(ROOT, '.github/workflows/deploy.yml'), 'utf8');
  const start = text.indexOf(`\n  ${job}:`);
  const next = text.slice(start + 1).search(/\n  [a-z-]+:\n/);
  const body = next < 0 ? text.slice(start) : text.slice(start, start + 1 + next);
  return [...body.matchAll(/^\s+(?:- )?run: (.+)$/gm)].map((m) => m[1]!.trim());
}

/** This run is an hourly one: the weekly full sync and the weekly digest run on their own schedule only. */
function hourlySteps(job: string): string[] {
  return jobSteps(job).filter((run) => run !== 'npm run sync -- --full' && run !== 'npm run digest -- --record');
}

/** Asynchronously: the fake GitHub answers from this very process, so it must not be blocked. */
async function runStep(command: string, env: Record<string, string>): Promise<void> {
  const [npm, run, script, ...rest] = command.split(/\s+/);
  expect([npm, run]).toEqual(['npm', 'run']);
  // Through npm, as the workflow does, so the pinned Node is the one that runs the script.
  const child = spawn('npm', ['run', '-s', script!, ...rest], {
    cwd: repo, env: { ...process.env, ...env, CHAPTERHOUSE_NOW: NOW, GITHUB_OUTPUT: path.join(repo, '.github-output') },
  });
  let output = '';
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  outputs[script!] = output;
  if (code !== 0) throw new Error(`"${command}" failed (${code}):\n${output}`);
}

const readJson = (rel: string) => JSON.parse(fs.readFileSync(path.join(repo, rel), 'utf8'));

beforeAll(async () => {
  repo = fs.mkdtempSync(path.join(os.tmpdir(), 'ch-deploy-'));
  fs.rmdirSync(repo);
  cloneWorkingTree(repo);

  const data = buildDemoDataset(path.join(repo, 'content'));
  data.now = NOW;
  // A member who has not voted yet gives a 👍 to "yes" in the open poll.
  const state = readJson('content/polls/state/meeting-guide-update.json');
  const yes = state.frozen.optionComments.find((c: { key: string }) => c.key === 'yes').id;
  const voted = new Set(
    (readJson('content/github/discussions/32.json').comments as { reactions: { user: string | null }[] }[])
      .flatMap((c) => c.reactions.map((r) => r.user?.toLowerCase())),
  );
  const opens = new Date(state.frozen.rules.opens);
  const closes = new Date(state.frozen.rules.closes);
  voter = readRoster(path.join(repo, 'content')).members
    .find((m) => m.since <= opens && (!m.until || m.until >= closes) && !voted.has(m.github.toLowerCase()))!.github;
  data.addReaction(yes, 'THUMBS_UP', voter, NOW);
  fake = await startFakeGitHub(data);

  // A maintainer merged a new poll that opened an hour ago and has no discussion yet.
  fs.writeFileSync(path.join(repo, 'content/polls/tide-gauge-network.yml'), [
    'title: A shared tide-gauge network', 'question: Should chapters pool money for a shared tide-gauge network?', 'type: single',
    'options:', '  - { key: "yes", label: "Yes" }', '  - { key: "no", label: "No" }', '  - { key: abstain, label: Abstain }',
    `opens: "${DEMO_NOW}"`, 'closes: "2027-02-01T00:00:00Z"', '',
  ].join('\n'));
  execFileSync('git', ['add', '-A'], { cwd: repo });
  execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=t@example.org', 'commit', '-qm', 'Add a poll'], { cwd: repo });

  for (const step of hourlySteps('update')) {
    if (step === 'npm ci') continue;
    await runStep(step.includes('commit-results') ? `${step} --no-push` : step, fake.env());
  }
  for (const step of jobSteps('build')) if (step !== 'npm ci') await runStep(step, {});
}, 600_000);

afterAll(async () => {
  await fake?.close();
  if (repo) fs.rmSync(repo, { recursive: true, force: true });
});

describe('the deploy job against the fake GitHub', () => {
  it('runs sync, polls:open, tally, the recount, commit-results, workflows:keepalive, then build, in that order', () => {
    expect(hourlySteps('update').filter((s) => s !== 'npm ci')).toEqual(['npm run sync', 'npm run polls:open', 'npm run tally', 'npm run tally -- --verify', 'npm run commit-results -- --branch main', 'npm run workflows:keepalive']);
    expect(outputs.tally).toMatch(/✔ \d+ closed poll results recounted/);
    expect(jobSteps('build')).toContain('npm run build');
  });

  it('syncs the new vote into the snapshot', () => {
    const users = (readJson('content/github/discussions/32.json').comments as { reactions: { user: string | null; content: string }[] }[])
      .flatMap((c) => c.reactions.filter((r) => r.content === 'THUMBS_UP').map((r) => r.user));
    expect(users).toContain(voter);
  });

  it('opens the due poll: a discussion, one bot comment per option, frozen rules', () => {
    const poll = fs.readFileSync(path.join(repo, 'content/polls/tide-gauge-network.yml'), 'utf8');
    const number = Number(/^discussion: (\d+)/m.exec(poll)?.[1]);
    expect(number).toBeGreaterThan(0);
    const discussion = fake.data.discussion(number);
    expect(fake.data.categories.find((c) => c.id === discussion.categoryId)?.name).toBe('Polls');
    const markers = discussion.comments.map((c) => /<!-- poll-option: (\w+) -->/.exec(c.body)?.[1] ?? (c.body.includes('<!-- chapterhouse-poll-summary -->') ? 'summary' : c.body));
    expect(markers).toEqual(['yes', 'no', 'abstain', 'summary']);
    expect(readJson('content/polls/state/tide-gauge-network.json').frozen.optionComments).toHaveLength(3);
  });

  it('tallies the new vote and sets the proposal gate to pending on the open proposal', () => {
    const result = readJson('content/polls/results/meeting-guide-update.json');
    expect(JSON.stringify(result)).toContain(voter);
    const pr14 = fake.data.pullRequest(14);
    const statuses = fake.data.statuses.filter((s) => s.sha === pr14.headSha && s.context === 'chapterhouse/poll');
    expect(statuses.at(-1)?.state).toBe('pending');
  });

  it('commits only the snapshot and poll files, as the bot, in one commit', () => {
    const log = execFileSync('git', ['log', '-1', '--format=%an%n%s', '--name-only'], { cwd: repo, encoding: 'utf8' }).trim().split('\n');
    expect(log[0]).toBe('github-actions[bot]');
    expect(log[1]).toMatch(/\[skip ci\]/);
    const files = log.slice(2).filter(Boolean);
    expect(files.length).toBeGreaterThan(0);
    expect(files.filter((f) => !/^content\/(github|polls)\//.test(f))).toEqual([]);
    expect(files).toContain('content/polls/state/tide-gauge-network.json');
    expect(execFileSync('git', ['status', '--porcelain', 'content'], { cwd: repo, encoding: 'utf8' })).toBe('');
  });

  it('keeps both scheduled workflows enabled through the API, with no commit of its own', () => {
    const scheduled = fake.data.settings.workflows.filter((w) => /\/(deploy|proposal-gate)\.yml$/.test(w.path)).map((w) => w.id);
    expect([...fake.data.settings.enabled].sort()).toEqual(scheduled.sort());
    expect(fake.requests.filter((r) => r.method === 'PUT').map((r) => r.path)).toEqual(['deploy.yml', 'proposal-gate.yml'].map((f) => `/repos/${fake.data.nameWithOwner}/actions/workflows/${f}/enable`));
  });

  it('builds a site that shows the new poll and the new vote', () => {
    const page = fs.readFileSync(path.join(repo, 'dist/en/polls/tide-gauge-network/index.html'), 'utf8');
    expect(page).toContain('A shared tide-gauge network');
    expect(fs.readFileSync(path.join(repo, 'dist/en/polls/meeting-guide-update/index.html'), 'utf8')).toContain(voter);
  });
});
