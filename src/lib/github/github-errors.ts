import { ChapterhouseError } from '../errors.ts';
import type { GitHubConfig } from './config.ts';

/** GitHub answered, but with GraphQL errors (each may carry GitHub's `type`: NOT_FOUND, RATE_LIMITED, …). */
export class GitHubQueryError extends Error {
  readonly errors: { message: string; type?: string; path?: (string | number)[] }[];
  readonly data: unknown;
  constructor(errors: GitHubQueryError['errors'], data: unknown) {
    super(errors.map((e) => e.message).join('; '));
    this.name = 'GitHubQueryError';
    this.errors = errors;
    this.data = data;
  }
}

/** GitHub answered something we cannot read as the answer to our query. */
export class MalformedAnswerError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'MalformedAnswerError';
  }
}

interface HttpErrorLike {
  status?: number;
  message?: string;
  response?: { headers?: Record<string, string | undefined>; data?: unknown };
  data?: { errors?: { type?: string }[] };
}

/**
 * Turn whatever octokit or our client threw into a ChapterhouseError that says what happened and what to do.
 * Errors that are already ChapterhouseErrors pass through.
 */
export function explainGitHubError(e: unknown, config: GitHubConfig): ChapterhouseError {
  if (e instanceof ChapterhouseError) return e;
  const repo = `${config.owner}/${config.name}`;
  if (e instanceof MalformedAnswerError) {
    return new ChapterhouseError(
      'github-malformed',
      `GitHub sent an answer Chapterhouse cannot read: ${e.message}. Nothing was changed.`,
      `run the command again later; if it keeps happening, check that GITHUB_GRAPHQL_URL (${config.graphqlUrl}) points at GitHub's GraphQL API`,
    );
  }
  if (e instanceof GitHubQueryError) {
    if (e.errors.some((x) => x.type === 'RATE_LIMITED')) return rateLimited(undefined);
    const missing = e.errors.find((x) => x.type === 'NOT_FOUND' && x.path?.[0] === 'repository');
    if (missing) {
      return new ChapterhouseError(
        'github-repository-not-found',
        `GitHub has no repository "${repo}" that this token can see. Nothing was changed.`,
        'check GITHUB_REPOSITORY (owner/name, as in the repository\'s address) and that the token may read it',
      );
    }
    if (e.errors.every((x) => x.type === 'NOT_FOUND')) {
      return new ChapterhouseError(
        'github-changed-during-sync',
        `GitHub no longer finds something it listed a moment ago (${e.message}); it was probably deleted during the sync. Nothing was changed.`,
        'run the command again',
      );
    }
    return new ChapterhouseError(
      'github-query-failed',
      `GitHub rejected a query: ${e.message}. Nothing was changed.`,
      'this is likely a bug in Chapterhouse or a change on GitHub\'s side; please open an issue with this message',
    );
  }
  const err = (typeof e === 'object' && e !== null ? e : {}) as HttpErrorLike;
  const headers = err.response?.headers ?? {};
  if (err.status === 401) {
    return new ChapterhouseError(
      'github-bad-credentials',
      'GitHub refused the token (401 Bad credentials). Nothing was changed.',
      'check GITHUB_TOKEN: it may be mistyped, expired or revoked; create a new one with read access to the repository',
    );
  }
  const rateLimitedAnswer = headers['x-ratelimit-remaining'] === '0' || (err.data?.errors ?? []).some((x) => x.type === 'RATE_LIMITED')
    || /rate limit/i.test(err.message ?? '');
  if (rateLimitedAnswer && (err.status === undefined || err.status === 403 || err.status === 429 || err.status === 200)) {
    return rateLimited(headers['x-ratelimit-reset']);
  }
  if (err.status === 404) {
    return new ChapterhouseError(
      'github-repository-not-found',
      `GitHub answered 404 for repository "${repo}". Nothing was changed.`,
      'check GITHUB_REPOSITORY and GITHUB_API_URL, and that the token may read the repository',
    );
  }
  if (err.status === 500 && !err.response) {
    return new ChapterhouseError(
      'github-unreachable',
      `Could not reach GitHub at ${config.graphqlUrl} (${err.message ?? 'network error'}). Nothing was changed.`,
      'check the network connection, and GITHUB_API_URL / GITHUB_GRAPHQL_URL if you set them; then run the command again',
    );
  }
  if (typeof err.status === 'number' && err.status >= 500) {
    return new ChapterhouseError(
      'github-unavailable',
      `GitHub answered ${err.status} (${err.message ?? 'server error'}) even after retrying. Nothing was changed.`,
      'GitHub may be having trouble (see https://www.githubstatus.com); run the command again later',
    );
  }
  if (typeof err.status === 'number') {
    return new ChapterhouseError(
      'github-request-failed',
      `GitHub answered ${err.status}: ${err.message ?? ''}. Nothing was changed.`,
      'check the token\'s permissions and the repository settings, then run the command again',
    );
  }
  return new ChapterhouseError(
    'github-failed',
    `Talking to GitHub failed: ${(e as Error)?.message ?? String(e)}. Nothing was changed.`,
    'run the command again; if it keeps failing, please open an issue with this message',
  );
}

function rateLimited(resetEpoch: string | undefined): ChapterhouseError {
  const reset = resetEpoch ? new Date(Number(resetEpoch) * 1000).toISOString() : undefined;
  return new ChapterhouseError(
    'github-rate-limited',
    `GitHub's rate limit for this token is used up${reset ? ` until ${reset}` : ''}. Nothing was changed.`,
    `run the command again after the limit resets${reset ? ` (${reset})` : ' (within the hour)'}; a scheduled workflow will simply catch up on its next run`,
  );
}
