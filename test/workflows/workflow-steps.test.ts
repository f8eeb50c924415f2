import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';

/**
 * What the workflows run. Everything is an npm script, so anything a workflow does can be run and
 * tested locally; the deploy order is the one the end-to-end deploy test follows.
 */
const WORKFLOWS = path.resolve(import.meta.dirname, '../../.github/workflows');
type Job = { needs?: string | string[]; steps?: { run?: string; uses?: string }[] };
const read = (name: string) => parse(fs.readFileSync(path.join(WORKFLOWS, name), 'utf8')) as { jobs: Record<string, Job> };
const runs = (job: Job | undefined) => (job?.steps ?? []).flatMap((s) => (s.run ? [s.run.trim()] : []));

describe('workflow steps', () => {
  it('only ever call npm', () => {
    for (const name of fs.readdirSync(WORKFLOWS).filter((f) => /\.ya?ml$/.test(f))) {
      for (const job of Object.values(read(name).jobs)) {
        for (const line of runs(job)) expect(line, `${name}: ${line}`).toMatch(/^npm (ci|test|run [a-z:-]+)( -- [^;&|`$]*)?$/);
      }
    }
  });

  it('deploy: sync, open polls, tally, commit, keep the schedule alive; then fetch proposal heads and build; then publish', () => {
    const { jobs } = read('deploy.yml');
    expect(runs(jobs.update)).toEqual(['npm ci', 'npm run sync', 'npm run polls:open', 'npm run tally', 'npm run commit-results -- --branch main', 'npm run workflows:keepalive']);
    expect(runs(jobs.build)).toEqual(['npm ci', 'npm run proposals:fetch', 'npm run build']);
    expect(jobs.build?.needs).toBe('update');
    expect(jobs.deploy?.needs).toBe('build');
    expect(jobs.deploy?.steps?.map((s) => s.uses?.split('@')[0])).toEqual(['actions/deploy-pages']);
  });

  it('pull requests: content check, types (no build needed), build, then the tests that reuse that build', () => {
    expect(runs(read('pull-request.yml').jobs.tests)).toEqual(['npm ci', 'npm run check', 'npm run typecheck', 'npm run build', 'npm test']);
  });

  it('proposal gate: only the tally, from the base branch', () => {
    expect(runs(read('proposal-gate.yml').jobs.gate)).toEqual(['npm ci', 'npm run tally']);
  });
});
