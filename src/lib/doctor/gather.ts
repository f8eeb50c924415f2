import fs from 'node:fs';
import type { components } from '@octokit/openapi-types';
import type { GitHubClient } from '../github/client.ts';
import { explainGitHubError } from '../github/github-errors.ts';
import type { RepositoryFacts, WorkflowFacts } from './facts.ts';

type Schema<K extends keyof components['schemas']> = components['schemas'][K];

interface GraphQLAnswer {
  repository: {
    hasDiscussionsEnabled: boolean;
    discussionCategories: { nodes: ({ name: string; isAnswerable: boolean } | null)[] | null };
    label: { name: string } | null;
  } | null;
}

const QUERY = fs.readFileSync(new URL('./repository-settings.graphql', import.meta.url), 'utf8');

/**
 * Ask GitHub what the doctor needs, reading only. A setting the token may not read (403, or 404 where GitHub
 * hides admin-only routes) becomes null: the check then says it cannot tell, rather than failing.
 */
export async function gatherFacts(client: GitHubClient, options: { label: string; branch: string; scheduled: string[] }): Promise<RepositoryFacts> {
  const { owner, name } = client.config;
  const repo = `/repos/${owner}/${name}`;
  const get = async <T>(path: string, query: Record<string, string | number> = {}): Promise<{ status: number; data: T | null }> => {
    try {
      const response = await client.octokit.request(`GET ${repo}${path}`, query);
      return { status: response.status, data: response.data as T };
    } catch (e) {
      const status = (e as { status?: number }).status;
      if (status === 403 || status === 404) return { status, data: null };
      throw explainGitHubError(e, client.config);
    }
  };

  const repository = await get<Schema<'full-repository'>>('');
  if (!repository.data) throw explainGitHubError({ status: 404 }, client.config);
  const admin = repository.data.permissions?.admin === true;

  let graph: GraphQLAnswer;
  try {
    graph = await client.graphql<GraphQLAnswer>(QUERY, { owner, name, label: options.label });
  } catch (e) {
    throw explainGitHubError(e, client.config);
  }

  const pages = await get<Schema<'page'>>('/pages');
  const actions = await get<Schema<'actions-repository-permissions'>>('/actions/permissions');
  const selected = actions.data?.allowed_actions === 'selected' ? await get<Schema<'selected-actions'>>('/actions/permissions/selected-actions') : null;
  const rules = await get<Schema<'repository-rule-detailed'>[]>(`/rules/branches/${encodeURIComponent(options.branch)}`);
  const protection = await get<Schema<'branch-protection'>>(`/branches/${encodeURIComponent(options.branch)}/protection`);
  const workflows = await get<{ workflows: Schema<'workflow'>[] }>('/actions/workflows', { per_page: 100 });

  const scheduled: WorkflowFacts[] = [];
  for (const w of workflows.data?.workflows ?? []) {
    if (!options.scheduled.includes(w.path)) continue;
    const runs = await get<{ workflow_runs: Schema<'workflow-run'>[] }>(`/actions/workflows/${w.id}/runs`, { event: 'schedule', per_page: 1 });
    const last = runs.data?.workflow_runs[0];
    scheduled.push({
      path: w.path, name: w.name, state: w.state,
      lastScheduledRun: last ? { createdAt: last.created_at, status: last.status, conclusion: last.conclusion, url: last.html_url } : null,
    });
  }

  const r = graph.repository;
  return {
    repository: `${owner}/${name}`,
    admin,
    discussions: r?.hasDiscussionsEnabled ?? repository.data.has_discussions ?? false,
    categories: (r?.discussionCategories.nodes ?? []).flatMap((c) => (c ? [c] : [])),
    labelExists: r?.label != null,
    pages: pages.data ? (pages.data.build_type === 'workflow' ? 'workflow' : 'legacy') : pages.status === 404 ? 'off' : null,
    actions: actions.data ? { enabled: actions.data.enabled, allowed: actions.data.allowed_actions ?? null, githubOwnedAllowed: selected?.data?.github_owned_allowed ?? null } : null,
    requiredChecks: {
      rulesets: (rules.data ?? []).flatMap((rule) => (rule.type === 'required_status_checks' ? rule.parameters?.required_status_checks.map((c) => c.context) ?? [] : [])),
      // Without admin rights GitHub hides classic protection entirely, protected or not.
      protection: protection.data ? [...(protection.data.required_status_checks?.contexts ?? [])] : admin && protection.status === 404 ? [] : null,
      protected: protection.data ? true : admin && protection.status === 404 ? false : null,
    },
    workflows: scheduled,
  };
}
