import type { components } from '@octokit/openapi-types';
import type { FakeGitHubData } from './dataset.ts';

type Schema<K extends keyof components['schemas']> = components['schemas'][K];

/**
 * The REST routes the project calls, answered with the fields GitHub's REST API documents for them.
 * Anything else is a 404, as GitHub answers for an unknown route.
 */
export interface RestCall {
  method: string;
  path: string;
  /** The query string without "?". */
  query: string;
  body: string;
  viewer: string;
  rateLimit: { limit: number; used: number; resetAt: string };
}

const NOT_FOUND = { status: 404, body: { message: 'Not Found', documentation_url: 'https://docs.github.com/rest', status: '404' } };
const STATES = ['error', 'failure', 'pending', 'success'];

export function handleRest(data: FakeGitHubData, call: RestCall): { status: number; body: unknown } {
  if (call.method === 'GET' && call.path === '/rate_limit') {
    const graphql = { limit: call.rateLimit.limit, used: call.rateLimit.used, remaining: call.rateLimit.limit - call.rateLimit.used, reset: Math.floor(Date.parse(call.rateLimit.resetAt) / 1000) };
    return { status: 200, body: { resources: { graphql, core: { limit: 5000, used: 0, remaining: 5000, reset: graphql.reset } }, rate: graphql } };
  }
  const match = /^\/repos\/([^/]+)\/([^/]+)(\/.*)?$/.exec(call.path);
  if (!match) return NOT_FOUND;
  const [, owner, name, rest = ''] = match;
  if (owner!.toLowerCase() !== data.owner.toLowerCase() || name!.toLowerCase() !== data.name.toLowerCase()) return NOT_FOUND;

  if (call.method === 'GET' && rest === '') return { status: 200, body: { ...repository(data), permissions: permissions(data, call.viewer) } };

  const settings = settingsRoute(data, call, rest);
  if (settings) return settings;

  const statusRoute = /^\/statuses\/([0-9a-f]{40})$/.exec(rest);
  if (call.method === 'POST' && statusRoute) {
    let input: { state?: string; target_url?: string | null; description?: string | null; context?: string };
    try {
      input = JSON.parse(call.body || '{}');
    } catch {
      return { status: 400, body: { message: 'Problems parsing JSON' } };
    }
    if (!input.state || !STATES.includes(input.state)) {
      return { status: 422, body: { message: 'Validation Failed', errors: [{ resource: 'Status', field: 'state', code: 'custom', message: `state is not included in the list` }] } };
    }
    if (input.description && input.description.length > 140) {
      return { status: 422, body: { message: 'Validation Failed', errors: [{ resource: 'Status', field: 'description', code: 'custom', message: 'description is too long (maximum is 140 characters)' }] } };
    }
    const status = {
      sha: statusRoute[1]!,
      state: input.state,
      context: input.context ?? 'default',
      description: input.description ?? null,
      targetUrl: input.target_url ?? null,
      creator: call.viewer,
      createdAt: data.now,
    };
    data.statuses.push(status);
    return { status: 201, body: statusJson(data, status, data.statuses.length) };
  }

  const listRoute = /^\/commits\/([^/]+)\/(statuses|status)$/.exec(rest);
  if (call.method === 'GET' && listRoute) {
    const ref = decodeURIComponent(listRoute[1]!);
    const sha = data.pullRequests.find((p) => p.headRef === ref)?.headSha ?? ref;
    const all = data.statuses.map((s, i) => ({ s, id: i + 1 })).filter(({ s }) => s.sha === sha).reverse();
    if (listRoute[2] === 'statuses') return { status: 200, body: all.map(({ s, id }) => statusJson(data, s, id)) };
    const latest = new Map<string, ReturnType<typeof statusJson>>();
    for (const { s, id } of all) if (!latest.has(s.context)) latest.set(s.context, statusJson(data, s, id));
    const states = [...latest.values()].map((s) => s.state);
    const state = states.some((s) => s === 'error' || s === 'failure') ? 'failure' : states.length && states.every((s) => s === 'success') ? 'success' : 'pending';
    return { status: 200, body: { state, sha, total_count: latest.size, statuses: [...latest.values()], repository: repository(data) } };
  }
  return NOT_FOUND;
}

const isAdmin = (data: FakeGitHubData, viewer: string) => data.settings.admins.some((a) => a.toLowerCase() === viewer.toLowerCase());

/** What the token may do, as GET /repos/{owner}/{repo} reports it to an authenticated caller. */
function permissions(data: FakeGitHubData, viewer: string) {
  const admin = isAdmin(data, viewer);
  return { admin, maintain: admin, push: true, triage: true, pull: true };
}

/** Admin-only routes answer a token without admin rights the way GitHub does. */
const NEEDS_ADMIN = { status: 403, body: { message: 'Resource not accessible by integration', documentation_url: 'https://docs.github.com/rest', status: '403' } };

/**
 * The settings `npm run doctor` reads, and the workflow-enable route the deploy workflow's keepalive calls.
 * Bodies are typed with GitHub's own OpenAPI description (@octokit/openapi-types), so a field GitHub does not
 * send cannot be invented here.
 */
function settingsRoute(data: FakeGitHubData, call: RestCall, rest: string): { status: number; body: unknown } | null {
  const s = data.settings;
  const api = `https://api.github.com/repos/${data.nameWithOwner}`;
  if (call.method === 'GET' && rest === '/pages') {
    if (!s.pages) return NOT_FOUND;
    const page: Schema<'page'> = {
      url: `${api}/pages`, status: 'built', cname: null, custom_404: false, html_url: `https://${data.owner}.github.io/${data.name}/`,
      build_type: s.pages.buildType, source: { branch: 'main', path: '/' }, public: true, https_enforced: true,
    };
    return { status: 200, body: page };
  }
  if (call.method === 'GET' && rest === '/actions/permissions') {
    if (!isAdmin(data, call.viewer)) return NEEDS_ADMIN;
    const body: Schema<'actions-repository-permissions'> = s.actions.enabled
      ? { enabled: true, allowed_actions: s.actions.allowedActions, ...(s.actions.allowedActions === 'selected' ? { selected_actions_url: `${api}/actions/permissions/selected-actions` } : {}) }
      : { enabled: false };
    return { status: 200, body };
  }
  if (call.method === 'GET' && rest === '/actions/permissions/selected-actions') {
    if (!isAdmin(data, call.viewer)) return NEEDS_ADMIN;
    const body: Schema<'selected-actions'> = { github_owned_allowed: s.actions.githubOwnedAllowed, verified_allowed: false, patterns_allowed: [] };
    return { status: 200, body };
  }
  if (call.method === 'GET' && rest === '/actions/permissions/workflow') {
    if (!isAdmin(data, call.viewer)) return NEEDS_ADMIN;
    const body: Schema<'actions-get-default-workflow-permissions'> = { default_workflow_permissions: s.actions.defaultWorkflowPermissions, can_approve_pull_request_reviews: false };
    return { status: 200, body };
  }
  const protection = /^\/branches\/([^/]+)\/protection$/.exec(rest);
  if (call.method === 'GET' && protection) {
    if (!isAdmin(data, call.viewer)) return NEEDS_ADMIN;
    const branch = decodeURIComponent(protection[1]!);
    const rules = s.protection[branch];
    if (!rules) return { status: 404, body: { message: 'Branch not protected', documentation_url: 'https://docs.github.com/rest/branches/branch-protection#get-branch-protection', status: '404' } };
    const body: Schema<'branch-protection'> = {
      url: `${api}/branches/${branch}/protection`,
      required_status_checks: { url: `${api}/branches/${branch}/protection/required_status_checks`, strict: false, contexts: rules.contexts, checks: rules.contexts.map((context) => ({ context, app_id: null })), contexts_url: `${api}/branches/${branch}/protection/required_status_checks/contexts` },
      enforce_admins: { url: `${api}/branches/${branch}/protection/enforce_admins`, enabled: false },
    };
    return { status: 200, body };
  }
  const rules = /^\/rules\/branches\/([^/]+)$/.exec(rest);
  if (call.method === 'GET' && rules) {
    const checks = s.rulesetChecks[decodeURIComponent(rules[1]!)];
    const body: Schema<'repository-rule-detailed'>[] = checks
      ? [{ type: 'required_status_checks', parameters: { required_status_checks: checks.map((context) => ({ context })), strict_required_status_checks_policy: false }, ruleset_source_type: 'Repository', ruleset_source: data.nameWithOwner, ruleset_id: 1 }]
      : [];
    return { status: 200, body };
  }
  if (call.method === 'GET' && rest === '/actions/workflows') {
    const workflows: Schema<'workflow'>[] = s.workflows.map((w) => workflowJson(data, w));
    return { status: 200, body: { total_count: workflows.length, workflows } };
  }
  const workflowRoute = /^\/actions\/workflows\/([^/]+)(\/runs|\/enable)?$/.exec(rest);
  if (workflowRoute) {
    const key = decodeURIComponent(workflowRoute[1]!);
    const workflow = s.workflows.find((w) => String(w.id) === key || w.path.endsWith(`/${key}`));
    if (!workflow) return NOT_FOUND;
    if (call.method === 'PUT' && workflowRoute[2] === '/enable') {
      workflow.state = 'active';
      s.enabled.push(workflow.id);
      return { status: 204, body: '' };
    }
    if (call.method === 'GET' && workflowRoute[2] === '/runs') {
      const query = new URLSearchParams(call.query);
      const runs = s.runs
        .filter((r) => r.workflowId === workflow.id && (!query.get('event') || r.event === query.get('event')))
        .sort((a, b) => b.createdAt.localeCompare(a.createdAt));
      const perPage = Number(query.get('per_page') ?? 30);
      return { status: 200, body: { total_count: runs.length, workflow_runs: runs.slice(0, perPage).map((r, i) => runJson(data, workflow, r, i)) } };
    }
    if (call.method === 'GET' && !workflowRoute[2]) return { status: 200, body: workflowJson(data, workflow) };
  }
  return null;
}

function workflowJson(data: FakeGitHubData, w: FakeGitHubData['settings']['workflows'][number]): Schema<'workflow'> {
  const api = `https://api.github.com/repos/${data.nameWithOwner}`;
  return {
    id: w.id, node_id: `W_${w.id}`, name: w.name, path: w.path, state: w.state, created_at: '2026-01-01T00:00:00.000Z', updated_at: '2026-01-01T00:00:00.000Z',
    url: `${api}/actions/workflows/${w.id}`, html_url: `${data.url}/blob/main/${w.path}`, badge_url: `${data.url}/workflows/${encodeURIComponent(w.name)}/badge.svg`,
  };
}

/** The fields of a workflow run the doctor reads, with the rest of GitHub's required ones filled plausibly. */
function runJson(data: FakeGitHubData, w: FakeGitHubData['settings']['workflows'][number], r: FakeGitHubData['settings']['runs'][number], i: number) {
  const id = 9000 + i;
  const run: Pick<Schema<'workflow-run'>, 'id' | 'name' | 'node_id' | 'head_branch' | 'event' | 'status' | 'conclusion' | 'workflow_id' | 'url' | 'html_url' | 'created_at' | 'updated_at' | 'run_started_at' | 'run_number' | 'run_attempt' | 'path'> = {
    id, name: w.name, node_id: `WFR_${id}`, head_branch: 'main', event: r.event, status: r.status, conclusion: r.conclusion, workflow_id: w.id,
    url: `https://api.github.com/repos/${data.nameWithOwner}/actions/runs/${id}`, html_url: `${data.url}/actions/runs/${id}`,
    created_at: r.createdAt, updated_at: r.createdAt, run_started_at: r.createdAt, run_number: i + 1, run_attempt: 1, path: w.path,
  };
  return run;
}

function repository(data: FakeGitHubData) {
  return {
    id: 1,
    node_id: data.repositoryId,
    name: data.name,
    full_name: data.nameWithOwner,
    private: false,
    owner: { login: data.owner, type: 'Organization' },
    html_url: data.url,
    url: `https://api.github.com/repos/${data.nameWithOwner}`,
    default_branch: 'main',
    has_discussions: data.settings.hasDiscussions,
    visibility: 'public',
  };
}

function statusJson(data: FakeGitHubData, s: FakeGitHubData['statuses'][number], id: number) {
  return {
    id,
    url: `https://api.github.com/repos/${data.nameWithOwner}/statuses/${s.sha}`,
    state: s.state,
    description: s.description,
    target_url: s.targetUrl,
    context: s.context,
    created_at: s.createdAt,
    updated_at: s.createdAt,
    creator: { login: s.creator, type: data.actor(s.creator)?.type ?? 'User' },
  };
}
