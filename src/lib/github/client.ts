import { Octokit as OctokitCore } from '@octokit/core';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import Bottleneck from 'bottleneck';
import type { GitHubConfig } from './config.ts';
import { GitHubQueryError, MalformedAnswerError } from './github-errors.ts';

/**
 * The one door to GitHub: @octokit/core with the throttling plugin (queues requests, obeys rate-limit answers)
 * and the retry plugin (retries server errors and dropped connections with back-off), the two parts of the
 * `octokit` bundle we use. This wrapper adds what the scripts report: requests made and rate-limit points spent.
 */
const Octokit = OctokitCore.plugin(retry, throttling);

export interface GitHubClientOptions {
  /** Retries after a server error or network failure (octokit's default is 3). */
  retries?: number;
  /** Milliseconds per back-off unit: octokit waits 1, 4, 9… units. Tests shrink it. */
  retryAfterBaseValue?: number;
  /** Wait for a rate-limit reset only when it is this close; otherwise fail and say when to retry. */
  maxRateLimitWaitSeconds?: number;
  /**
   * Least time between two GraphQL requests. The throttling plugin queues every GraphQL call one at a time,
   * a second apart, as GitHub asks of clients; tests against the local fake set 0.
   */
  spacingMs?: number;
  /** Give up on a request that has not answered after this long (then retry); default one minute. */
  timeoutMs?: number;
  /** Replace fetch (tests of the network edge). */
  fetch?: typeof fetch;
}

export interface GitHubStats {
  /** HTTP requests sent, retries included. */
  requests: number;
  /** Rate-limit points spent, as GitHub reports them in `rateLimit { cost }`. */
  points: number;
  remaining: number | null;
  resetAt: string | null;
  /** GitHub's clock (the Date header of the first answer): syncs compare GitHub's timestamps with GitHub's time. */
  serverTime: string | null;
}

interface RateLimitAnswer { rateLimit?: { cost?: number; remaining?: number; resetAt?: string } | null }

export class GitHubClient {
  readonly octokit: InstanceType<typeof Octokit>;
  readonly config: GitHubConfig;
  readonly stats: GitHubStats = { requests: 0, points: 0, remaining: null, resetAt: null, serverTime: null };

  constructor(config: GitHubConfig, options: GitHubClientOptions = {}) {
    this.config = config;
    const stats = this.stats;
    const baseFetch = options.fetch ?? globalThis.fetch;
    const timeoutMs = options.timeoutMs ?? 60_000;
    const countingFetch: typeof fetch = async (input, init) => {
      stats.requests += 1;
      // A connection that stays silent would hold a scheduled sync forever; a timeout turns it into a retry.
      const timeout = AbortSignal.timeout(timeoutMs);
      const signal = init?.signal ? AbortSignal.any([init.signal, timeout]) : timeout;
      const response = await baseFetch(input, { ...init, signal });
      const date = response.headers.get('date');
      if (date && !stats.serverTime) stats.serverTime = new Date(date).toISOString();
      return response;
    };
    const maxWait = options.maxRateLimitWaitSeconds ?? 60;
    this.octokit = new Octokit({
      auth: config.token,
      baseUrl: config.apiUrl,
      request: { fetch: countingFetch },
      retry: { retries: options.retries ?? 3, ...(options.retryAfterBaseValue !== undefined ? { retryAfterBaseValue: options.retryAfterBaseValue } : {}) },
      throttle: {
        ...(options.spacingMs !== undefined
          ? { write: new Bottleneck.Group({ id: 'chapterhouse-graphql', maxConcurrent: 1, minTime: options.spacingMs }) }
          : {}),
        ...(options.retryAfterBaseValue !== undefined ? { retryAfterBaseValue: options.retryAfterBaseValue } : {}),
        onRateLimit: (retryAfter: number, _options: unknown, _octokit: unknown, retryCount: number) => retryCount < 1 && retryAfter <= maxWait,
        onSecondaryRateLimit: (retryAfter: number, _options: unknown, _octokit: unknown, retryCount: number) => retryCount < 2 && retryAfter <= maxWait,
      },
      log: { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} },
    });
  }

  /**
   * Run one GraphQL operation. Answers with `errors` throw GitHubQueryError; an answer that is not GraphQL
   * JSON throws MalformedAnswerError. Operations that select `rateLimit { cost remaining resetAt }` are metered.
   */
  async graphql<T>(document: string, variables: Record<string, unknown> = {}): Promise<T> {
    const response = await this.octokit.request(`POST ${this.config.graphqlUrl}`, { query: document, variables });
    const body = response.data as unknown;
    if (typeof body !== 'object' || body === null || Array.isArray(body)) {
      throw new MalformedAnswerError(`GitHub's GraphQL endpoint answered with ${typeof body === 'string' ? 'text that is not JSON' : 'something that is not a GraphQL answer'}`);
    }
    const { data, errors } = body as { data?: unknown; errors?: unknown };
    if (Array.isArray(errors) && errors.length) throw new GitHubQueryError(errors as GitHubQueryError['errors'], data);
    if (typeof data !== 'object' || data === null) throw new MalformedAnswerError('GitHub\'s GraphQL answer has no "data"');
    const rate = (data as RateLimitAnswer).rateLimit;
    if (rate) {
      this.stats.points += rate.cost ?? 0;
      this.stats.remaining = rate.remaining ?? this.stats.remaining;
      this.stats.resetAt = rate.resetAt ?? this.stats.resetAt;
    }
    return data as T;
  }
}

export function createGitHubClient(config: GitHubConfig, options: GitHubClientOptions = {}): GitHubClient {
  return new GitHubClient(config, options);
}
