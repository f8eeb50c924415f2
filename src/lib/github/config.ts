import { ChapterhouseError } from '../errors.ts';

/** Where and as whom to reach GitHub: the variables GitHub Actions sets, with the same defaults. */
export interface GitHubConfig {
  token: string;
  owner: string;
  name: string;
  apiUrl: string;
  graphqlUrl: string;
}

export const DEFAULT_API_URL = 'https://api.github.com';
export const DEFAULT_GRAPHQL_URL = 'https://api.github.com/graphql';

export const DEFAULT_SERVER_URL = 'https://github.com';

/**
 * GitHub's web address: https://github.com, or the server GitHub Actions names in GITHUB_SERVER_URL on
 * GitHub Enterprise. Addresses in the snapshot must point there.
 */
export function githubServerUrl(env: Record<string, string | undefined> = process.env): string {
  return (env.GITHUB_SERVER_URL?.trim() || DEFAULT_SERVER_URL).replace(/\/+$/, '');
}

/** true when a token is set: scripts that can work offline (the build) check this first. */
export function hasGitHubToken(env: Record<string, string | undefined> = process.env): boolean {
  return Boolean(env.GITHUB_TOKEN?.trim());
}

/**
 * Read the connection settings. `fallbackRepository` (content/site.yml `repository`) is used when
 * GITHUB_REPOSITORY is unset, so a maintainer can run a sync locally with just a token.
 */
export function githubConfigFromEnv(env: Record<string, string | undefined> = process.env, fallbackRepository?: string): GitHubConfig {
  const token = env.GITHUB_TOKEN?.trim();
  if (!token) {
    throw new ChapterhouseError(
      'github-no-token',
      'GITHUB_TOKEN is not set, so GitHub cannot be reached; nothing was changed.',
      'the build works without it from the committed snapshot in content/github/. To sync, set GITHUB_TOKEN to a token that can read this repository (in a workflow: env: GITHUB_TOKEN: ${{ secrets.GITHUB_TOKEN }})',
    );
  }
  const repository = env.GITHUB_REPOSITORY?.trim() || fallbackRepository;
  const match = repository ? /^([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+)$/.exec(repository) : null;
  if (!match) {
    throw new ChapterhouseError(
      'github-no-repository',
      repository ? `GITHUB_REPOSITORY is "${repository}", which is not of the form owner/name.` : 'GITHUB_REPOSITORY is not set.',
      'set GITHUB_REPOSITORY=owner/name (GitHub Actions sets it for you), or set "repository" in content/site.yml',
    );
  }
  return {
    token,
    owner: match[1]!,
    name: match[2]!,
    apiUrl: (env.GITHUB_API_URL?.trim() || DEFAULT_API_URL).replace(/\/+$/, ''),
    graphqlUrl: env.GITHUB_GRAPHQL_URL?.trim() || DEFAULT_GRAPHQL_URL,
  };
}
