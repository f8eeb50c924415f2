import { parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { measureQuery } from './cost.ts';
import { githubSchema } from './schema.ts';

// The two worked examples of GitHub's "Rate limits and node limits for the GraphQL API" page, with its totals.
const simple = `query { viewer { repositories(first: 50) { edges { repository: node { name
  issues(first: 10) { totalCount edges { node { title bodyHTML } } } } } } } }`;
const complex = `query { viewer { repositories(first: 50) { edges { repository: node { name
  pullRequests(first: 20) { edges { pullRequest: node { title comments(first: 10) { edges { comment: node { bodyHTML } } } } } }
  issues(first: 20) { totalCount edges { issue: node { title bodyHTML comments(first: 10) { edges { comment: node { bodyHTML } } } } } } } } }
  followers(first: 10) { edges { follower: node { login } } } } }`;

const measure = (q: string, v?: Record<string, unknown>) => measureQuery(githubSchema(), parse(q), v);

describe('measureQuery', () => {
  it('counts nodes like GitHub\'s documented examples', () => {
    expect(measure(simple).nodeCount).toBe(550);
    expect(measure(complex).nodeCount).toBe(22_060);
  });

  it('charges one request per connection a parent page may hold, divided by 100, at least 1', () => {
    // 1 (repositories) + 50 (issues, one per repository) = 51 → 1 point.
    expect(measure(simple)).toMatchObject({ connectionRequests: 51, cost: 1 });
    // 1 + 50 + 50×20 + 50 + 50×20 + 1 = 2,102 → 21 points.
    expect(measure(complex)).toMatchObject({ connectionRequests: 2102, cost: 21 });
  });

  it('reads page sizes from variables and follows fragments', () => {
    const q = `query($n: Int!) { viewer { ...F } } fragment F on User { repositories(first: $n) { nodes { issues(first: 100) { totalCount } } } }`;
    expect(measure(q, { n: 100 })).toMatchObject({ nodeCount: 100 + 100 * 100, connectionRequests: 101, cost: 1 });
  });

  it('rejects a connection without first or last, and page sizes past 100, as GitHub does', () => {
    expect(() => measure('query { viewer { repositories { totalCount } } }')).toThrow(/must provide a `first` or `last`/);
    expect(() => measure('query { viewer { repositories(first: 101) { totalCount } } }')).toThrow(/exceeds the `first` limit of 100/);
  });
});
