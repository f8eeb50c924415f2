/** The environment every GitHub-facing script reads, as GitHub Actions sets it: said once for every help. */
export const GITHUB_ENV_HELP = {
  GITHUB_TOKEN: 'a token that can reach the repository (Actions: secrets.GITHUB_TOKEN); without it nothing is fetched or changed',
  GITHUB_REPOSITORY: 'owner/name (default: repository in content/site.yml)',
  GITHUB_API_URL: 'REST API root (default https://api.github.com; the local fake prints its own)',
  GITHUB_GRAPHQL_URL: 'GraphQL endpoint (default https://api.github.com/graphql)',
} as const;
