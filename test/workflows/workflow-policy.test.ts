import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { workflowPolicyProblems } from './workflow-policy.ts';

const WORKFLOWS = path.resolve(import.meta.dirname, '../../.github/workflows');
const CHECKOUT = 'actions/checkout@3d3c42e5aac5ba805825da76410c181273ba90b1 # v7.0.1';

describe('the repository\'s workflows keep the security promises', () => {
  const files = fs.readdirSync(WORKFLOWS).filter((f) => /\.ya?ml$/.test(f));

  it('include deploy, pull request and proposal gate', () => {
    expect(files).toEqual(expect.arrayContaining(['deploy.yml', 'pull-request.yml', 'proposal-gate.yml']));
  });

  it.each(files)('%s', (name) => {
    expect(workflowPolicyProblems(name, fs.readFileSync(path.join(WORKFLOWS, name), 'utf8'))).toEqual([]);
  });
});

describe('the policy catches', () => {
  it('actions pinned to a tag, and a SHA without its release comment', () => {
    const text = [
      'on: push', 'permissions: {}', 'jobs:', '  a:', '    runs-on: ubuntu-latest', '    steps:',
      '      - uses: actions/checkout@v4',
      '      - uses: actions/setup-node@820762786026740c76f36085b0efc47a31fe5020',
      '      - uses: ./local-action',
    ].join('\n');
    expect(workflowPolicyProblems('w.yml', text)).toEqual([
      'w.yml:7: actions/checkout@v4: pin the action to a full 40-character commit SHA, with the release in a comment (# v1.2.3)',
      'w.yml:8: actions/setup-node@820762786026740c76f36085b0efc47a31fe5020: add the release the SHA stands for as a comment, e.g. "# v1.2.3", so updates can be reviewed',
    ]);
  });

  it('missing or writable top-level permissions', () => {
    const jobs = 'jobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: "true"\n';
    expect(workflowPolicyProblems('w.yml', `on: push\n${jobs}`)).toEqual([
      'w.yml: permissions: missing at the top level, so jobs get the repository\'s default token rights; add "permissions: {}" and give each job what it needs',
    ]);
    expect(workflowPolicyProblems('w.yml', `on: push\npermissions:\n  contents: write\n${jobs}`)).toEqual([
      'w.yml: permissions: the top level grants write access to every job; make it "permissions: {}" and grant writes per job',
    ]);
    expect(workflowPolicyProblems('w.yml', `on: push\npermissions: read-all\n${jobs}`)).toEqual([]);
  });

  it('a pull_request job with a write token or secrets', () => {
    const text = [
      'on: pull_request', 'permissions: {}', 'jobs:', '  t:', '    runs-on: ubuntu-latest',
      '    permissions:', '      contents: write', '    steps:',
      '      - run: npm test', '        env:', '          TOKEN: ${{ secrets.DEPLOY_TOKEN }}',
    ].join('\n');
    expect(workflowPolicyProblems('pr.yml', text)).toEqual([
      'pr.yml: jobs.t.permissions: pull_request runs contributor code, so its token must stay read-only',
      'pr.yml: jobs.t: pull_request runs contributor code, so it must not be given secrets',
    ]);
  });

  it('a pull_request_target job that checks out the pull request and runs it', () => {
    const text = [
      'on: pull_request_target', 'permissions: {}', 'jobs:', '  g:', '    runs-on: ubuntu-latest',
      '    permissions:', '      statuses: write', '    steps:',
      `      - uses: ${CHECKOUT}`, '        with:', '          ref: ${{ github.event.pull_request.head.sha }}',
      '      - run: npm ci && npm run tally',
    ].join('\n');
    expect(workflowPolicyProblems('gate.yml', text)).toEqual([
      'gate.yml: jobs.g.steps[0]: checks out ${{ github.event.pull_request.head.sha }} in a privileged workflow; check out the base branch only (no ref:)',
      'gate.yml: jobs.g.steps[1]: runs after checking out contributor code with a write token; move this to a pull_request workflow',
    ]);
  });

  it('a pull_request_target job that checks out the fork by repository, or the merge ref', () => {
    const text = [
      'on: { pull_request_target: { types: [opened] } }', 'permissions: {}', 'jobs:', '  g:', '    runs-on: ubuntu-latest', '    steps:',
      `      - uses: ${CHECKOUT}`, '        with:', '          repository: ${{ github.event.pull_request.head.repo.full_name }}',
      `      - uses: ${CHECKOUT}`, '        with:', '          ref: refs/pull/${{ github.event.number }}/merge',
    ].join('\n');
    expect(workflowPolicyProblems('gate.yml', text)).toEqual([
      'gate.yml: jobs.g.steps[0]: checks out ${{ github.event.pull_request.head.repo.full_name }} in a privileged workflow; check out the base branch only (no ref:)',
      'gate.yml: jobs.g.steps[1]: checks out refs/pull/${{ github.event.number }}/merge in a privileged workflow; check out the base branch only (no ref:)',
    ]);
  });

  it('a pull_request_target step that puts a contributor-controlled value into a shell line', () => {
    const text = [
      'on: pull_request_target', 'permissions: {}', 'jobs:', '  g:', '    runs-on: ubuntu-latest', '    steps:',
      `      - uses: ${CHECKOUT}`,
      '      - run: echo "${{ github.event.pull_request.title }}"',
    ].join('\n');
    expect(workflowPolicyProblems('gate.yml', text)).toEqual([
      'gate.yml: jobs.g.steps[1]: uses a value the contributor controls (github.event.pull_request.title); read it inside the script from the GitHub API instead',
    ]);
  });

  it('but accepts checking out the base explicitly', () => {
    const text = [
      'on: pull_request_target', 'permissions: {}', 'jobs:', '  g:', '    runs-on: ubuntu-latest', '    steps:',
      `      - uses: ${CHECKOUT}`, '        with:', '          ref: ${{ github.event.pull_request.base.sha }}',
      '      - run: npm ci',
    ].join('\n');
    expect(workflowPolicyProblems('gate.yml', text)).toEqual([]);
  });
});
