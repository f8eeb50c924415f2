import fs from 'node:fs';
import type { GitHubClient } from '../../github/client.ts';
import { ChapterhouseError } from '../../errors.ts';
import { GitHubQueryError } from '../../github/github-errors.ts';

/**
 * The polls' own calls to GitHub: read a discussion's top-level comments live, find a discussion polls:open
 * created earlier, create a discussion or a comment, edit a comment, read a pull request's head, set a commit
 * status. Raw answers are turned into the small shapes below right here; nothing else sees GitHub's types.
 */

const operation = (name: string) => fs.readFileSync(new URL(`./${name}.graphql`, import.meta.url), 'utf8');

export interface LiveComment {
  id: string;
  url: string;
  body: string;
  author: string | null;
  /** Who last edited it; null when nobody has. */
  editor?: string | null;
}
export interface LiveDiscussion { id: string; number: number; url: string; comments: LiveComment[] }

interface RawComment { id: string; url: string; body: string; author: { login: string } | null; editor?: { login: string } | null }
interface DiscussionAnswer {
  repository: {
    discussion: { id: string; number: number; url: string; comments: { pageInfo: { hasNextPage: boolean; endCursor: string | null }; nodes: (RawComment | null)[] } } | null;
  } | null;
}

const toComment = (c: RawComment): LiveComment => ({ id: c.id, url: c.url, body: c.body, author: c.author?.login ?? null, editor: c.editor?.login ?? null });

/**
 * GitHub answers a number that names nothing with `null` and a NOT_FOUND error on that field
 * (`repository.discussion`), not on the repository: that is "no such item", returned as null.
 */
async function orMissing<T>(field: string, ask: () => Promise<T>): Promise<T | null> {
  try {
    return await ask();
  } catch (e) {
    if (e instanceof GitHubQueryError && e.errors.length > 0 && e.errors.every((x) => x.type === 'NOT_FOUND' && x.path?.[0] === 'repository' && x.path[1] === field)) return null;
    throw e;
  }
}

/** The discussion with every top-level comment; null when the repository has no discussion with that number. */
export async function fetchDiscussion(client: GitHubClient, number: number): Promise<LiveDiscussion | null> {
  const { owner, name } = client.config;
  const comments: LiveComment[] = [];
  let after: string | null = null;
  let head: Omit<LiveDiscussion, 'comments'> | null = null;
  do {
    const data: DiscussionAnswer | null = await orMissing('discussion', () => client.graphql<DiscussionAnswer>(operation('poll-discussion'), { owner, name, number, after }));
    const d = data?.repository?.discussion;
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

export interface ListedPollDiscussion { id: string; number: number; url: string; createdAt: string; body: string; author: string | null }

interface ListAnswer {
  repository: { discussions: { pageInfo: { hasNextPage: boolean; endCursor: string | null }; nodes: ({ id: string; number: number; url: string; createdAt: string; body: string; author: { login: string } | null } | null)[] } } | null;
}

/**
 * Discussions of a category created at or after `since`, newest first: where polls:open looks for a
 * discussion it created for a poll before creating another.
 */
export async function discussionsCreatedSince(client: GitHubClient, categoryId: string, since: string): Promise<ListedPollDiscussion[]> {
  const { owner, name } = client.config;
  const out: ListedPollDiscussion[] = [];
  let after: string | null = null;
  for (;;) {
    const data: ListAnswer = await client.graphql<ListAnswer>(operation('poll-discussions'), { owner, name, categoryId, after });
    const page = data.repository?.discussions;
    if (!page) return out;
    let older = false;
    for (const d of page.nodes) {
      if (!d) continue;
      if (d.createdAt < since) {
        older = true;
        break;
      }
      out.push({ id: d.id, number: d.number, url: d.url, createdAt: d.createdAt, body: d.body, author: d.author?.login ?? null });
    }
    if (older || !page.pageInfo.hasNextPage) return out;
    after = page.pageInfo.endCursor;
  }
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

/** The pull request's head commit; null when the repository has no pull request with that number. */
export async function pullRequestHead(client: GitHubClient, number: number): Promise<string | null> {
  const { owner, name } = client.config;
  const data = await orMissing('pullRequest', () => client.graphql<{ repository: { pullRequest: { headRefOid: string } | null } | null }>(operation('pull-request-head'), { owner, name, number }));
  return data?.repository?.pullRequest?.headRefOid ?? null;
}

/** REST, because commit statuses have no GraphQL mutation. */
export async function setCommitStatus(client: GitHubClient, sha: string, status: { state: string; description: string; context: string; targetUrl?: string }): Promise<void> {
  const { owner, name } = client.config;
  await client.octokit.request('POST /repos/{owner}/{repo}/statuses/{sha}', {
    owner, repo: name, sha, state: status.state as 'pending', description: status.description, context: status.context,
    ...(status.targetUrl ? { target_url: status.targetUrl } : {}),
  });
}
