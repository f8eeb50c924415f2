import { describe, expect, it } from 'vitest';
import { explainGitHubError, GitHubQueryError } from './github-errors.ts';

const config = { token: 't', owner: 'tidewater-commons', name: 'chapterhouse', apiUrl: 'https://api.github.com', graphqlUrl: 'https://api.github.com/graphql' };
const notFound = (path: string[]) => new GitHubQueryError([{ type: 'NOT_FOUND', path, message: `Could not resolve ${path.join('.')}` }], { repository: null });

describe('explainGitHubError', () => {
  it('says the repository is missing only when GitHub says so of the repository itself', () => {
    expect(explainGitHubError(notFound(['repository']), config)).toMatchObject({ code: 'github-repository-not-found' });
    const item = explainGitHubError(notFound(['repository', 'discussion']), config);
    expect(item.code).toBe('github-changed-during-sync');
    expect(item.message).not.toContain('has no repository');
  });

  it('says what was done before the failure instead of claiming nothing changed', () => {
    const e = explainGitHubError(Object.assign(new Error('Server Error'), { status: 502 }), config, 'Done before the failure: created discussion #33.');
    expect(e.message).toBe('GitHub answered 502 (Server Error) even after retrying. Done before the failure: created discussion #33.\n  → GitHub may be having trouble (see https://www.githubstatus.com); run the command again later');
  });
});
