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

  it('deploy: sync (everything once a week), open polls, tally, recount, weekly digest, commit, keep the schedule alive; then fetch proposal heads and build; then publish', () => {
    const { on, jobs } = read('deploy.yml');
    expect(runs(jobs.update)).toEqual(['npm ci', 'npm run sync -- --full', 'npm run sync', 'npm run polls:open', 'npm run tally', 'npm run tally -- --verify', 'npm run digest -- --record', 'npm run commit-results -- --branch main', 'npm run workflows:keepalive']);
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
    expect(jobs.deploy?.steps?.map((s) => s.uses?.split('@')[0])).toEqual(['actions/deploy-pages']);
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
