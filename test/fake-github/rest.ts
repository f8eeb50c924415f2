import type { FakeGitHubData } from './dataset.ts';

/**
 * The REST routes the project calls, answered with the fields GitHub's REST API documents for them.
 * Anything else is a 404, as GitHub answers for an unknown route.
 */
export interface RestCall {
  method: string;
  path: string;
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

  if (call.method === 'GET' && rest === '') return { status: 200, body: repository(data) };

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
    has_discussions: true,
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
