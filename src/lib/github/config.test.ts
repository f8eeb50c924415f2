import { describe, expect, it } from 'vitest';
import { ChapterhouseError } from '../errors.ts';
import { githubConfigFromEnv } from './config.ts';

describe('githubConfigFromEnv', () => {
  it('uses the GitHub Actions variables, with GitHub\'s defaults for the URLs', () => {
    expect(githubConfigFromEnv({ GITHUB_TOKEN: 't', GITHUB_REPOSITORY: 'tidewater-commons/chapterhouse' })).toEqual({
      token: 't', owner: 'tidewater-commons', name: 'chapterhouse', apiUrl: 'https://api.github.com', graphqlUrl: 'https://api.github.com/graphql',
    });
    expect(githubConfigFromEnv({ GITHUB_TOKEN: 't', GITHUB_REPOSITORY: 'o/r', GITHUB_API_URL: 'https://ghe.example/api/v3/', GITHUB_GRAPHQL_URL: 'https://ghe.example/api/graphql' }))
      .toMatchObject({ apiUrl: 'https://ghe.example/api/v3', graphqlUrl: 'https://ghe.example/api/graphql' });
  });

  it('falls back to the repository named in site.yml', () => {
    expect(githubConfigFromEnv({ GITHUB_TOKEN: 't' }, 'a/b')).toMatchObject({ owner: 'a', name: 'b' });
  });

  it('says what to do without a token or with a malformed repository', () => {
    expect(() => githubConfigFromEnv({ GITHUB_REPOSITORY: 'o/r' })).toThrow(/GITHUB_TOKEN is not set[\s\S]*committed snapshot in content\/github/);
    const e = (() => { try { githubConfigFromEnv({ GITHUB_TOKEN: 't', GITHUB_REPOSITORY: 'just-a-name' }); } catch (x) { return x; } })() as ChapterhouseError;
    expect(e.code).toBe('github-no-repository');
    expect(e.message).toContain('GITHUB_REPOSITORY is "just-a-name", which is not of the form owner/name.');
  });
});
