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

/** Something GitHub listed could no longer be read part-way: the sync stops rather than store it incomplete. */
export class VanishedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'VanishedError';
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
 * Errors that are already ChapterhouseErrors pass through. `outcome` says what the command had done by then:
 * "Nothing was changed." for the sync, which writes all or nothing; commands that change GitHub as they go
 * say what they did.
 */
export function explainGitHubError(e: unknown, config: GitHubConfig, outcome = 'Nothing was changed.'): ChapterhouseError {
  if (e instanceof ChapterhouseError) return e;
  const repo = `${config.owner}/${config.name}`;
  if (e instanceof VanishedError) {
    return new ChapterhouseError(
      'github-changed-during-sync',
      `On GitHub, ${e.message} (it was probably deleted meanwhile): storing it now would leave it incomplete. ${outcome}`,
      'run the command again',
    );
  }
  if (e instanceof MalformedAnswerError) {
    return new ChapterhouseError(
      'github-malformed',
      `GitHub sent an answer Chapterhouse cannot read: ${e.message}. ${outcome}`,
      `run the command again later; if it keeps happening, check that GITHUB_GRAPHQL_URL (${config.graphqlUrl}) points at GitHub's GraphQL API`,
    );
  }
  if (e instanceof GitHubQueryError) {
    if (e.errors.some((x) => x.type === 'RATE_LIMITED')) return rateLimited(undefined, outcome);
    // Only an error on the repository itself means the repository is missing; one on a field inside it
    // (a discussion or pull request number) means that item is.
    const missing = e.errors.find((x) => x.type === 'NOT_FOUND' && x.path?.length === 1 && x.path[0] === 'repository');
    if (missing) {
      return new ChapterhouseError(
        'github-repository-not-found',
        `GitHub has no repository "${repo}" that this token can see. ${outcome}`,
        'check GITHUB_REPOSITORY (owner/name, as in the repository\'s address) and that the token may read it',
      );
    }
    if (e.errors.every((x) => x.type === 'NOT_FOUND')) {
      return new ChapterhouseError(
        'github-changed-during-sync',
        `GitHub no longer finds something it listed a moment ago (${e.message}); it was probably deleted meanwhile. ${outcome}`,
        'run the command again',
      );
    }
    return new ChapterhouseError(
      'github-query-failed',
      `GitHub rejected a query: ${e.message}. ${outcome}`,
      'this is likely a bug in Chapterhouse or a change on GitHub\'s side; please open an issue with this message',
    );
  }
  const err = (typeof e === 'object' && e !== null ? e : {}) as HttpErrorLike;
  const headers = err.response?.headers ?? {};
  if (err.status === 401) {
    return new ChapterhouseError(
      'github-bad-credentials',
      `GitHub refused the token (401 Bad credentials). ${outcome}`,
      'check GITHUB_TOKEN: it may be mistyped, expired or revoked; create a new one with read access to the repository',
    );
  }
  const rateLimitedAnswer = headers['x-ratelimit-remaining'] === '0' || (err.data?.errors ?? []).some((x) => x.type === 'RATE_LIMITED')
    || /rate limit/i.test(err.message ?? '');
  if (rateLimitedAnswer && (err.status === undefined || err.status === 403 || err.status === 429 || err.status === 200)) {
    return rateLimited(headers['x-ratelimit-reset'], outcome);
  }
  if (err.status === 404) {
    return new ChapterhouseError(
      'github-repository-not-found',
      `GitHub answered 404 for repository "${repo}". ${outcome}`,
      'check GITHUB_REPOSITORY and GITHUB_API_URL, and that the token may read the repository',
    );
  }
  if (err.status === 500 && !err.response) {
    return new ChapterhouseError(
      'github-unreachable',
      `Could not reach GitHub at ${config.graphqlUrl} (${err.message ?? 'network error'}). ${outcome}`,
      'check the network connection, and GITHUB_API_URL / GITHUB_GRAPHQL_URL if you set them; then run the command again',
    );
  }
  if (typeof err.status === 'number' && err.status >= 500) {
    return new ChapterhouseError(
      'github-unavailable',
      `GitHub answered ${err.status} (${err.message ?? 'server error'}) even after retrying. ${outcome}`,
      'GitHub may be having trouble (see https://www.githubstatus.com); run the command again later',
    );
  }
  if (typeof err.status === 'number') {
    return new ChapterhouseError(
      'github-request-failed',
      `GitHub answered ${err.status}: ${err.message ?? ''}. ${outcome}`,
      'check the token\'s permissions and the repository settings, then run the command again',
    );
  }
  return new ChapterhouseError(
    'github-failed',
    `Talking to GitHub failed: ${(e as Error)?.message ?? String(e)}. ${outcome}`,
    'run the command again; if it keeps failing, please open an issue with this message',
  );
}

function rateLimited(resetEpoch: string | undefined, outcome: string): ChapterhouseError {
  const reset = resetEpoch ? new Date(Number(resetEpoch) * 1000).toISOString() : undefined;
  return new ChapterhouseError(
    'github-rate-limited',
    `GitHub's rate limit for this token is used up${reset ? ` until ${reset}` : ''}. ${outcome}`,
    `run the command again after the limit resets${reset ? ` (${reset})` : ' (within the hour)'}; a scheduled workflow will simply catch up on its next run`,
  );
}
