import { parse } from 'yaml';

/**
 * The security rules our workflows promise, as a function over a workflow file's text, so the rules
 * are tested against bad examples and then applied to the real files. actionlint checks that a
 * workflow is valid; this checks that it is safe the way the README says it is.
 */

type Step = { uses?: string; run?: string; with?: Record<string, unknown>; env?: Record<string, unknown>; name?: string; id?: string };
type Job = { permissions?: unknown; steps?: Step[]; uses?: string };
type Workflow = { on?: unknown; permissions?: unknown; jobs?: Record<string, Job> };

const SHA = /^[0-9a-f]{40}$/;
/** Expressions a contributor controls: their branch, their commit, their title and body. */
const CONTRIBUTOR_CONTROLLED = /github\.event\.pull_request\.(head|title|body)|github\.head_ref|github\.event\.(issue|comment|review)\.(title|body)|refs\/pull\//;
/** Refs that name the base branch, which is all a privileged workflow may check out. */
const BASE_REFS = new Set(['${{ github.sha }}', '${{ github.base_ref }}', '${{ github.event.pull_request.base.sha }}', '${{ github.event.pull_request.base.ref }}']);

export function workflowPolicyProblems(file: string, text: string): string[] {
  const problems: string[] = [];
  const doc = (parse(text) ?? {}) as Workflow;
  const events = eventNames(doc.on);
  const untrusted = events.includes('pull_request');
  const privilegedOnContributions = events.includes('pull_request_target') || events.includes('workflow_run');

  if (doc.permissions === undefined) {
    problems.push(`${file}: permissions: missing at the top level, so jobs get the repository's default token rights; add "permissions: {}" and give each job what it needs`);
  } else if (!isReadOnly(doc.permissions)) {
    problems.push(`${file}: permissions: the top level grants write access to every job; make it "permissions: {}" and grant writes per job`);
  }

  text.split('\n').forEach((line, i) => {
    const match = /^\s*-?\s*uses:\s*([^\s#]+)\s*(#.*)?$/.exec(line);
    if (!match) return;
    const ref = match[1]!.replace(/^['"]|['"]$/g, '');
    if (ref.startsWith('./')) return;
    if (ref.startsWith('docker://')) {
      if (!/@sha256:[0-9a-f]{64}$/.test(ref)) problems.push(`${file}:${i + 1}: ${ref}: pin the image by digest (docker://image@sha256:…)`);
      return;
    }
    const version = ref.split('@')[1] ?? '';
    if (!SHA.test(version)) {
      problems.push(`${file}:${i + 1}: ${ref}: pin the action to a full 40-character commit SHA, with the release in a comment (# v1.2.3)`);
    } else if (!/^#\s*v\d+(\.\d+)*/.test(match[2] ?? '')) {
      problems.push(`${file}:${i + 1}: ${ref}: add the release the SHA stands for as a comment, e.g. "# v1.2.3", so updates can be reviewed`);
    }
  });

  for (const [jobId, job] of Object.entries(doc.jobs ?? {})) {
    if (job.permissions === 'write-all') problems.push(`${file}: jobs.${jobId}.permissions: write-all grants everything; list only the scopes this job needs`);
    if (untrusted) {
      if (!isReadOnly(job.permissions ?? {})) {
        problems.push(`${file}: jobs.${jobId}.permissions: pull_request runs contributor code, so its token must stay read-only`);
      }
      if (/\$\{\{\s*secrets\./.test(JSON.stringify(job))) {
        problems.push(`${file}: jobs.${jobId}: pull_request runs contributor code, so it must not be given secrets`);
      }
    }
    if (privilegedOnContributions) problems.push(...privilegedJobProblems(file, jobId, job));
  }
  return problems;
}

/**
 * A pull_request_target job holds a write token while the pull request's author chooses the code.
 * It may check out the base only, and no step may read what the contributor controls (a branch name
 * or a title can carry shell commands into a `run:` line).
 */
function privilegedJobProblems(file: string, jobId: string, job: Job): string[] {
  const problems: string[] = [];
  let contributorCode = false;
  (job.steps ?? []).forEach((step, i) => {
    const where = `${file}: jobs.${jobId}.steps[${i}]`;
    if (step.uses?.startsWith('actions/checkout@')) {
      const ref = step.with?.ref;
      const repository = step.with?.repository;
      if ((ref !== undefined && !BASE_REFS.has(String(ref).trim())) || repository !== undefined) {
        contributorCode = true;
        problems.push(`${where}: checks out ${String(ref ?? repository)} in a privileged workflow; check out the base branch only (no ref:)`);
      }
      return;
    }
    if (contributorCode && (step.run !== undefined || step.uses !== undefined)) {
      problems.push(`${where}: runs after checking out contributor code with a write token; move this to a pull_request workflow`);
    }
    const inputs = JSON.stringify({ run: step.run, with: step.with, env: step.env });
    if (CONTRIBUTOR_CONTROLLED.test(inputs)) {
      problems.push(`${where}: uses a value the contributor controls (${CONTRIBUTOR_CONTROLLED.exec(inputs)![0]}); read it inside the script from the GitHub API instead`);
    }
  });
  return problems;
}

function eventNames(on: unknown): string[] {
  if (typeof on === 'string') return [on];
  if (Array.isArray(on)) return on.map(String);
  if (on && typeof on === 'object') return Object.keys(on);
  return [];
}

function isReadOnly(permissions: unknown): boolean {
  if (permissions === 'read-all' || permissions === null) return true;
  if (typeof permissions === 'string') return false;
  if (typeof permissions !== 'object') return false;
  return Object.values(permissions as Record<string, unknown>).every((v) => v === 'read' || v === 'none');
}
