import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';

/**
 * What the workflows run. Everything is an npm script, so anything a workflow does can be run and
 * tested locally; the deploy order is the one the end-to-end deploy test follows.
 */
const WORKFLOWS = path.resolve(import.meta.dirname, '../../.github/workflows');
type Step = { run?: string; uses?: string; if?: string; id?: string };
type Job = { needs?: string | string[]; if?: string; concurrency?: { group?: string; 'cancel-in-progress'?: boolean }; steps?: Step[] };
const read = (name: string) => parse(fs.readFileSync(path.join(WORKFLOWS, name), 'utf8')) as { on: Record<string, unknown>; jobs: Record<string, Job> };
const runs = (job: Job | undefined) => (job?.steps ?? []).flatMap((s) => (s.run ? [s.run.trim()] : []));

describe('workflow steps', () => {
  it('only ever call npm', () => {
    for (const name of fs.readdirSync(WORKFLOWS).filter((f) => /\.ya?ml$/.test(f))) {
      for (const job of Object.values(read(name).jobs)) {
        for (const line of runs(job)) expect(line, `${name}: ${line}`).toMatch(/^npm (ci|test|run [a-z:-]+)( -- [^;&|`$]*)?$/);
      }
    }
  });

  it('deploy: sync (everything once a week), open polls, tally, recount, weekly digest, commit, decide, keep the schedule alive; then fetch proposal heads and build; then publish', () => {
    const { on, jobs } = read('deploy.yml');
    expect(runs(jobs.update)).toEqual(['npm ci', 'npm run sync -- --full', 'npm run sync', 'npm run polls:open', 'npm run tally', 'npm run tally -- --verify', 'npm run digest -- --record', 'npm run commit-results -- --branch main', 'npm run deploy:decide', 'npm run workflows:keepalive']);
    const weekly = (on.schedule as { cron: string }[]).map((s) => s.cron).find((c) => c !== '23 * * * *')!;
    const steps = jobs.update!.steps!;
    expect(steps.find((s) => s.run === 'npm run sync -- --full')?.if).toBe(`github.event.schedule == '${weekly}'`);
    expect(steps.find((s) => s.run === 'npm run sync')?.if).toBe(`github.event.schedule != '${weekly}'`);
    // The weekly digest is recorded on the weekly run only, after a good recount, and committed with the rest.
    expect(steps.find((s) => s.run === 'npm run digest -- --record')?.if).toBe(`\${{ !cancelled() && github.event.schedule == '${weekly}' && steps.verify.outcome == 'success' }}`);
    // The recount fails the job loudly, and nothing is committed after a failed recount.
    expect(steps.find((s) => s.run === 'npm run commit-results -- --branch main')?.if).toContain("steps.verify.outcome == 'success'");
    expect(steps.find((s) => s.id === 'verify')?.run).toBe('npm run tally -- --verify');
    // The schedule is kept alive whatever failed before it.
    expect(steps.find((s) => s.run === 'npm run workflows:keepalive')?.if).toBe('${{ !cancelled() }}');
    expect(runs(jobs.build)).toEqual(['npm ci', 'npm run proposals:fetch', 'npm run build']);
    expect(jobs.build?.needs).toBe('update');
    expect(jobs.deploy?.needs).toBe('build');
    expect(jobs.deploy?.steps?.map((s) => s.uses?.split('@')[0])).toEqual(['actions/deploy-pages', 'actions/cache/save']);
  });

  it('deploy: a quiet hour builds nothing; the decision reads what the update committed and what was published', () => {
    type FullStep = Step & { with?: Record<string, string | boolean>; env?: Record<string, string> };
    const { jobs } = read('deploy.yml');
    const update = jobs.update!.steps as FullStep[];
    const decide = update.find((s) => s.run === 'npm run deploy:decide')!;
    expect(decide.id).toBe('decide');
    expect(decide.env).toEqual({ COMMITTED: '${{ steps.commit.outputs.committed }}', DEPLOYED: '${{ steps.deployed.outputs.cache-hit }}' });
    // The decision comes after the commit, and the job hands it to the build.
    expect(update.indexOf(decide)).toBeGreaterThan(update.findIndex((s) => s.id === 'commit'));
    expect((jobs.update as { outputs?: Record<string, string> }).outputs?.build).toBe('${{ steps.decide.outputs.build }}');
    expect(jobs.build?.if).toContain("needs.update.outputs.build == 'true'");
    // The marker the update job looks up is the one the deploy job saves, under the commit it published.
    const lookup = update.find((s) => s.id === 'deployed')!;
    const save = (jobs.deploy!.steps as FullStep[]).find((s) => s.uses?.startsWith('actions/cache/save@'))!;
    expect(lookup.uses?.startsWith('actions/cache/restore@')).toBe(true);
    expect(lookup.with?.['lookup-only']).toBe(true);
    expect(lookup.with?.key).toBe('chapterhouse-deployed-${{ steps.commit.outputs.sha }}');
    expect(save.with?.key).toBe('chapterhouse-deployed-${{ needs.build.outputs.sha }}');
    expect(save.with?.path).toBe(lookup.with?.path);
    expect((jobs.build as { outputs?: Record<string, string> }).outputs?.sha).toBe('${{ needs.update.outputs.sha }}');
  });

  it('deploy: the build starts from the newest build cache and saves its own, under the commit it built', () => {
    type FullStep = Step & { with?: Record<string, string | boolean>; name?: string };
    const steps = read('deploy.yml').jobs.build!.steps as FullStep[];
    const build = steps.findIndex((s) => s.run === 'npm run build');
    const restore = steps.findIndex((s) => s.uses?.startsWith('actions/cache/restore@'));
    const save = steps.findIndex((s) => s.uses?.startsWith('actions/cache/save@'));
    expect(restore).toBeGreaterThan(steps.findIndex((s) => s.run === 'npm ci'));
    expect(restore).toBeLessThan(build);
    expect(save).toBeGreaterThan(build);
    // The folder scripts/build.ts keeps its cache in by default.
    expect(fs.readFileSync(path.resolve(WORKFLOWS, '../../scripts/build.ts'), 'utf8')).toContain("path.join('.cache', 'chapterhouse-build')");
    for (const i of [restore, save]) expect(steps[i]!.with?.path).toBe('.cache/chapterhouse-build');
    expect(steps[restore]!.with?.key).toBe('chapterhouse-build-${{ needs.update.outputs.sha }}');
    expect(steps[restore]!.with?.['restore-keys']).toBe('chapterhouse-build-');
    expect(steps[save]!.with?.key).toBe(steps[restore]!.with?.key);
  });

  it('the deploy job\'s update and the proposal gate share one concurrency group, and neither cancels the other', () => {
    const update = read('deploy.yml').jobs.update!.concurrency;
    const gate = read('proposal-gate.yml').jobs.gate!.concurrency;
    expect(update?.group).toBeTruthy();
    expect(gate?.group).toBe(update?.group);
    expect([update?.['cancel-in-progress'], gate?.['cancel-in-progress']]).toEqual([false, false]);
  });

  it('pull requests: content check, types (no build needed), build, then the tests that reuse that build', () => {
    expect(runs(read('pull-request.yml').jobs.tests)).toEqual(['npm ci', 'npm run check', 'npm run typecheck', 'npm run build', 'npm test']);
  });

  it('proposal gate: a sync, then the tally in gate mode (statuses only), from the base branch', () => {
    expect(runs(read('proposal-gate.yml').jobs.gate)).toEqual(['npm ci', 'npm run sync', 'npm run tally -- --gate']);
  });
});
