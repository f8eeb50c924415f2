import type { GitHubClient } from '../github/client.ts';
import { explainGitHubError } from '../github/github-errors.ts';

/**
 * GitHub disables a public repository's scheduled workflows after 60 days without activity, silently: a quiet
 * organization's polls would stop being counted. Enabling a workflow through the API (even one that is
 * enabled) restarts those 60 days, without a commit. The deploy workflow does it on every scheduled run.
 */
export async function keepWorkflowsEnabled(client: GitHubClient, workflowFiles: string[], progress: (m: string) => void, dryRun = false): Promise<string[]> {
  const { owner, name } = client.config;
  const done: string[] = [];
  for (const file of workflowFiles) {
    const id = file.split('/').pop()!;
    if (dryRun) {
      progress(`[dry run] would enable ${id} (PUT /repos/${owner}/${name}/actions/workflows/${id}/enable)`);
      continue;
    }
    try {
      await client.octokit.request('PUT /repos/{owner}/{repo}/actions/workflows/{workflow_id}/enable', { owner, repo: name, workflow_id: id });
    } catch (e) {
      throw explainGitHubError(e, client.config);
    }
    progress(`Kept ${id} enabled.`);
    done.push(id);
  }
  return done;
}
