import fs from 'node:fs';
import type { GitHubClient } from '../../github/client.ts';
import { ChapterhouseError } from '../../errors.ts';

/**
 * The polls' own calls to GitHub: read a discussion's top-level comments live, create a discussion
 * or a comment, edit a comment, read a pull request's head, set a commit status. Raw answers are
 * turned into the small shapes below right here; nothing else sees GitHub's types.
 */

const operation = (name: string) => fs.readFileSync(new URL(`./${name}.graphql`, import.meta.url), 'utf8');

export interface LiveComment { id: string; url: string; body: string; author: string | null }
export interface LiveDiscussion { id: string; number: number; url: string; comments: LiveComment[] }

interface RawComment { id: string; url: string; body: string; author: { login: string } | null }
interface DiscussionAnswer {
  repository: {
    discussion: { id: string; number: number; url: string; comments: { pageInfo: { hasNextPage: boolean; endCursor: string | null }; nodes: (RawComment | null)[] } } | null;
  } | null;
}

const toComment = (c: RawComment): LiveComment => ({ id: c.id, url: c.url, body: c.body, author: c.author?.login ?? null });

export async function fetchDiscussion(client: GitHubClient, number: number): Promise<LiveDiscussion | null> {
  const { owner, name } = client.config;
  const comments: LiveComment[] = [];
  let after: string | null = null;
  let head: Omit<LiveDiscussion, 'comments'> | null = null;
  do {
    const data: DiscussionAnswer = await client.graphql<DiscussionAnswer>(operation('poll-discussion'), { owner, name, number, after });
    const d = data.repository?.discussion;
    if (!d) return null;
    head = { id: d.id, number: d.number, url: d.url };
    for (const c of d.comments.nodes) if (c) comments.push(toComment(c));
    after = d.comments.pageInfo.hasNextPage ? d.comments.pageInfo.endCursor : null;
  } while (after);
  return { ...head, comments };
}

interface RepositoryAnswer { repository: { id: string; discussionCategories: { nodes: ({ id: string; name: string; slug: string } | null)[] } } | null }

export async function findCategory(client: GitHubClient, category: string): Promise<{ repositoryId: string; categoryId: string }> {
  const { owner, name } = client.config;
  const data = await client.graphql<RepositoryAnswer>(operation('discussion-categories'), { owner, name });
  const repo = data.repository;
  if (!repo) throw new ChapterhouseError('polls-no-repository', `the repository ${owner}/${name} was not found`, 'check GITHUB_REPOSITORY and that the token can read it');
  const wanted = category.toLowerCase();
  const found = repo.discussionCategories.nodes.find((c) => c && (c.name.toLowerCase() === wanted || c.slug === wanted));
  if (!found) {
    const names = repo.discussionCategories.nodes.flatMap((c) => (c ? [c.name] : [])).join(', ');
    throw new ChapterhouseError('polls-no-category', `there is no discussion category "${category}" in ${owner}/${name} (there are: ${names || 'none'})`, 'create it under the repository\'s Discussions settings, or set polls.category in content/site.yml to one of those');
  }
  return { repositoryId: repo.id, categoryId: found.id };
}

export async function createDiscussion(client: GitHubClient, ids: { repositoryId: string; categoryId: string }, title: string, body: string): Promise<{ id: string; number: number; url: string }> {
  const data = await client.graphql<{ createDiscussion: { discussion: { id: string; number: number; url: string } } }>(operation('create-discussion'), { ...ids, title, body });
  return data.createDiscussion.discussion;
}

export async function addComment(client: GitHubClient, discussionId: string, body: string): Promise<LiveComment> {
  const data = await client.graphql<{ addDiscussionComment: { comment: RawComment } }>(operation('add-discussion-comment'), { discussionId, body });
  return toComment(data.addDiscussionComment.comment);
}

export async function updateComment(client: GitHubClient, commentId: string, body: string): Promise<void> {
  await client.graphql(operation('update-discussion-comment'), { commentId, body });
}

export async function pullRequestHead(client: GitHubClient, number: number): Promise<string | null> {
  const { owner, name } = client.config;
  const data = await client.graphql<{ repository: { pullRequest: { headRefOid: string } | null } | null }>(operation('pull-request-head'), { owner, name, number });
  return data.repository?.pullRequest?.headRefOid ?? null;
}

/** REST, because commit statuses have no GraphQL mutation. */
export async function setCommitStatus(client: GitHubClient, sha: string, status: { state: string; description: string; context: string; targetUrl?: string }): Promise<void> {
  const { owner, name } = client.config;
  await client.octokit.request('POST /repos/{owner}/{repo}/statuses/{sha}', {
    owner, repo: name, sha, state: status.state as 'pending', description: status.description, context: status.context,
    ...(status.targetUrl ? { target_url: status.targetUrl } : {}),
  });
}
