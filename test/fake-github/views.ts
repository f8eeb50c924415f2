import { GraphQLError } from 'graphql';
import { connection, type ConnectionArgs } from './connection.ts';
import type {
  FakeCategory, FakeComment, FakeDiscussion, FakeGitHubData, FakePullRequest, FakeReaction, ReactionKind,
} from './dataset.ts';

/**
 * GraphQL-facing views of the dataset. graphql-js's default resolver reads a property or calls a method with
 * the field's arguments, so each view is a plain object whose methods are the fields that take arguments.
 * `__typename` tells interface and union fields which object type they hold.
 */

/** An error GitHub reports with a `type` beside the message (NOT_FOUND, FORBIDDEN, ...). */
export class GitHubTypedError extends GraphQLError {
  readonly githubType: string;
  constructor(type: string, message: string) {
    super(message);
    this.githubType = type;
  }
}

type Args = ConnectionArgs & Record<string, unknown>;

export function actorView(data: FakeGitHubData, login: string | null) {
  const actor = login === null ? null : data.actors.get(login.toLowerCase());
  if (!actor) return null;
  const path = actor.type === 'Bot' ? `/apps/${actor.login}` : `/${actor.login}`;
  return {
    __typename: actor.type,
    id: actor.id,
    databaseId: actor.databaseId,
    login: actor.login,
    name: actor.login,
    resourcePath: path,
    url: `https://github.com${path}`,
    avatarUrl: () => `https://avatars.githubusercontent.com/u/${actor.databaseId}?v=4`,
    createdAt: '2020-01-01T00:00:00Z',
    updatedAt: '2020-01-01T00:00:00Z',
  };
}

/** Reaction.user is a User: reactions by bots and deleted accounts come back with user null. */
function reactionView(data: FakeGitHubData, r: FakeReaction, subject: () => unknown) {
  const user = actorView(data, r.user);
  return {
    __typename: 'Reaction',
    id: r.id,
    databaseId: r.databaseId,
    content: r.content,
    createdAt: r.createdAt,
    user: user?.__typename === 'User' ? user : null,
    reactable: subject,
  };
}

function reactionsField(data: FakeGitHubData, owner: { id: string; reactions: FakeReaction[] }, subject: () => unknown) {
  return (args: Args & { content?: ReactionKind; orderBy?: { field: string; direction: 'ASC' | 'DESC' } }) => {
    let list = args.content ? owner.reactions.filter((r) => r.content === args.content) : [...owner.reactions];
    list.sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.databaseId - b.databaseId);
    if (args.orderBy?.direction === 'DESC') list = list.reverse();
    const page = connection(list, args, `reactions-${owner.id}-${args.content ?? ''}-${args.orderBy?.direction ?? 'ASC'}`);
    return {
      ...page,
      nodes: page.nodes.map((r) => reactionView(data, r, subject)),
      edges: page.edges.map((e) => ({ cursor: e.cursor, node: reactionView(data, e.node, subject) })),
      viewerHasReacted: false,
    };
  };
}

function reactionGroups(owner: { reactions: FakeReaction[] }) {
  const counts = new Map<ReactionKind, number>();
  for (const r of owner.reactions) counts.set(r.content, (counts.get(r.content) ?? 0) + 1);
  return [...counts].map(([content, totalCount]) => ({
    content,
    createdAt: null,
    viewerHasReacted: false,
    reactors: () => { throw new GraphQLError('The fake GitHub does not serve ReactionGroup.reactors; read `reactions` instead.'); },
    users: () => { throw new GraphQLError('ReactionGroup.users is deprecated; read `reactions` instead.'); },
    totalCount,
  }));
}

function mapConnection<T, V>(page: ReturnType<typeof connection<T>>, view: (t: T) => V) {
  return { ...page, nodes: page.nodes.map(view), edges: page.edges.map((e) => ({ cursor: e.cursor, node: view(e.node) })) };
}

/** GitHub renders Markdown to HTML; the fake renders paragraphs and drops HTML comments, as GitHub does. */
/**
 * GitHub renders a body's Markdown into bodyHTML. The fake renders what the demo's bodies use: paragraphs,
 * line breaks, **strong**, _emphasis_ / *emphasis* and `code` (escaped first, so no body becomes markup).
 */
export function renderBody(body: string): string {
  const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
  const inline = (s: string) =>
    s
      .replace(/`([^`\n]+)`/g, '<code>$1</code>')
      .replace(/\*\*(?=\S)([^*]+?)\*\*/g, '<strong>$1</strong>')
      .replace(/(^|[\s(])_(?=\S)([^_]+?)_(?=$|[\s).,;:!?])/g, '$1<em>$2</em>')
      .replace(/(^|[\s(])\*(?=\S)([^*]+?)\*(?=$|[\s).,;:!?])/g, '$1<em>$2</em>');
  return body
    .replace(/<!--[\s\S]*?-->/g, '')
    .split(/\n{2,}/)
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => `<p dir="auto">${inline(escape(p)).replace(/\n/g, '<br>\n')}</p>`)
    .join('\n');
}

const plainText = (body: string) => body.replace(/<!--[\s\S]*?-->/g, '').trim();

export function commentView(data: FakeGitHubData, c: FakeComment): Record<string, unknown> {
  const discussion = data.discussion(c.discussionNumber);
  const self: Record<string, unknown> = {
    __typename: 'DiscussionComment',
    id: c.id,
    databaseId: c.databaseId,
    url: `${data.url}/discussions/${c.discussionNumber}#discussioncomment-${c.databaseId}`,
    resourcePath: `/${data.nameWithOwner}/discussions/${c.discussionNumber}#discussioncomment-${c.databaseId}`,
    author: actorView(data, c.author),
    authorAssociation: 'MEMBER',
    body: c.body,
    bodyHTML: renderBody(c.body),
    bodyText: plainText(c.body),
    createdAt: c.createdAt,
    publishedAt: c.createdAt,
    updatedAt: c.updatedAt,
    lastEditedAt: c.lastEditedAt,
    editor: actorView(data, c.editor),
    includesCreatedEdit: c.lastEditedAt !== null,
    createdViaEmail: false,
    isMinimized: c.isMinimized,
    minimizedReason: c.minimizedReason?.toLowerCase().replace(/_/g, '-') ?? null,
    deletedAt: c.deletedAt,
    isAnswer: c.isAnswer,
    upvoteCount: 0,
    viewerDidAuthor: false,
    viewerCanReact: true,
    viewerCanUpdate: true,
    viewerCanDelete: true,
    viewerCanMinimize: true,
    viewerCanMarkAsAnswer: c.replyToId === null,
    viewerCanUnmarkAsAnswer: c.isAnswer,
    viewerCanUpvote: true,
    viewerHasUpvoted: false,
    viewerCannotUpdateReasons: [],
    discussion: () => discussionView(data, discussion),
    replyTo: () => {
      const parent = c.replyToId ? discussion.comments.find((x) => x.id === c.replyToId) : undefined;
      return parent ? commentView(data, parent) : null;
    },
    replies: (args: Args) => {
      const replies = c.replyToId ? [] : discussion.comments.filter((x) => x.replyToId === c.id);
      return mapConnection(connection(replies, args, `replies-${c.id}`), (r) => commentView(data, r));
    },
    reactionGroups: () => reactionGroups(c),
  };
  self.reactions = reactionsField(data, c, () => self);
  return self;
}

export function categoryView(data: FakeGitHubData, c: FakeCategory) {
  return {
    __typename: 'DiscussionCategory',
    id: c.id,
    name: c.name,
    slug: c.slug,
    emoji: ':speech_balloon:',
    emojiHTML: '<div>💬</div>',
    description: null,
    isAnswerable: c.isAnswerable,
    createdAt: '2020-01-01T00:00:00Z',
    updatedAt: '2020-01-01T00:00:00Z',
    repository: () => repositoryView(data),
  };
}

const labelView = (data: FakeGitHubData, name: string) => ({
  __typename: 'Label',
  id: `LA_${Buffer.from(name).toString('hex')}`,
  name,
  color: 'ededed',
  description: null,
  isDefault: false,
  url: `${data.url}/labels/${encodeURIComponent(name)}`,
});

export function discussionView(data: FakeGitHubData, d: FakeDiscussion): Record<string, unknown> {
  const category = data.categories.find((c) => c.id === d.categoryId)!;
  const self: Record<string, unknown> = {
    __typename: 'Discussion',
    id: d.id,
    databaseId: d.databaseId,
    number: d.number,
    title: d.title,
    body: d.body,
    bodyHTML: renderBody(d.body),
    bodyText: plainText(d.body),
    url: `${data.url}/discussions/${d.number}`,
    resourcePath: `/${data.nameWithOwner}/discussions/${d.number}`,
    author: actorView(data, d.author),
    authorAssociation: 'MEMBER',
    category: categoryView(data, category),
    createdAt: d.createdAt,
    publishedAt: d.createdAt,
    updatedAt: d.updatedAt,
    lastEditedAt: null,
    closed: d.closedAt !== null,
    closedAt: d.closedAt,
    locked: d.locked,
    isAnswered: category.isAnswerable ? d.comments.some((c) => c.isAnswer) : null,
    answer: () => {
      const a = d.comments.find((c) => c.isAnswer);
      return a ? commentView(data, a) : null;
    },
    upvoteCount: 0,
    repository: () => repositoryView(data),
    labels: (args: Args) => mapConnection(connection(d.labels, args, `labels-${d.id}`), (l) => labelView(data, l)),
    comments: (args: Args) =>
      mapConnection(connection(d.comments.filter((c) => c.replyToId === null), args, `comments-${d.id}`), (c) => commentView(data, c)),
    reactionGroups: () => reactionGroups(d),
  };
  self.reactions = reactionsField(data, d, () => self);
  return self;
}

export function pullRequestView(data: FakeGitHubData, p: FakePullRequest): Record<string, unknown> {
  return {
    __typename: 'PullRequest',
    id: p.id,
    databaseId: p.databaseId,
    number: p.number,
    title: p.title,
    body: p.body,
    bodyHTML: renderBody(p.body),
    bodyText: plainText(p.body),
    url: `${data.url}/pull/${p.number}`,
    permalink: `${data.url}/pull/${p.number}`,
    resourcePath: `/${data.nameWithOwner}/pull/${p.number}`,
    author: actorView(data, p.author),
    state: p.state,
    isDraft: p.isDraft,
    closed: p.state !== 'OPEN',
    merged: p.state === 'MERGED',
    mergedAt: p.mergedAt,
    closedAt: p.closedAt,
    headRefOid: p.headSha,
    headRefName: p.headRef,
    baseRefName: p.baseRef,
    baseRefOid: p.baseSha,
    isCrossRepository: false,
    locked: false,
    createdAt: p.createdAt,
    publishedAt: p.createdAt,
    updatedAt: p.updatedAt,
    lastEditedAt: null,
    changedFiles: p.files.length,
    additions: p.files.reduce((n, f) => n + f.additions, 0),
    deletions: p.files.reduce((n, f) => n + f.deletions, 0),
    files: (args: Args) => connection(p.files.map((f) => ({ ...f, viewerViewedState: 'UNVIEWED' })), args, `files-${p.id}`),
    labels: (args: Args) => mapConnection(connection(p.labels, args, `labels-${p.id}`), (l) => labelView(data, l)),
    repository: () => repositoryView(data),
  };
}

type Order = { field: string; direction: 'ASC' | 'DESC' };

function ordered<T extends { createdAt: string; updatedAt: string; number: number }>(items: T[], orderBy?: Order): T[] {
  const field = orderBy?.field === 'UPDATED_AT' ? 'updatedAt' : 'createdAt';
  const list = [...items].sort((a, b) => a[field].localeCompare(b[field]) || a.number - b.number);
  return orderBy?.direction === 'ASC' ? list : list.reverse();
}

export function repositoryView(data: FakeGitHubData): Record<string, unknown> {
  return {
    __typename: 'Repository',
    id: data.repositoryId,
    name: data.name,
    nameWithOwner: data.nameWithOwner,
    owner: actorView(data, data.owner),
    url: data.url,
    resourcePath: `/${data.nameWithOwner}`,
    hasDiscussionsEnabled: data.settings.hasDiscussions,
    isPrivate: false,
    visibility: 'PUBLIC',
    discussion: ({ number }: { number: number }) => {
      const d = data.discussions.find((x) => x.number === number);
      if (!d) throw new GitHubTypedError('NOT_FOUND', `Could not resolve to a Discussion with the number of ${number}.`);
      return discussionView(data, d);
    },
    discussions: (args: Args & { categoryId?: string; orderBy?: Order; states?: string[]; answered?: boolean | null }) => {
      let list = data.discussions.filter((d) => !args.categoryId || d.categoryId === args.categoryId);
      if (args.states?.length) list = list.filter((d) => args.states!.includes(d.closedAt ? 'CLOSED' : 'OPEN'));
      if (args.answered != null) list = list.filter((d) => d.comments.some((c) => c.isAnswer) === args.answered);
      // GitHub's default order for discussions is UPDATED_AT descending.
      list = ordered(list, args.orderBy ?? { field: 'UPDATED_AT', direction: 'DESC' });
      const kind = `discussions-${args.categoryId ?? ''}-${args.orderBy?.field ?? ''}-${args.orderBy?.direction ?? ''}`;
      return mapConnection(connection(list, args, kind), (d) => discussionView(data, d));
    },
    label: ({ name }: { name: string }) => {
      const found = data.settings.labels.find((l) => l.toLowerCase() === name.toLowerCase());
      return found ? labelView(data, found) : null;
    },
    discussionCategories: (args: Args) => mapConnection(connection(data.categories, args, 'categories'), (c) => categoryView(data, c)),
    discussionCategory: ({ slug }: { slug: string }) => {
      const c = data.categories.find((x) => x.slug === slug);
      return c ? categoryView(data, c) : null;
    },
    pullRequest: ({ number }: { number: number }) => {
      const p = data.pullRequests.find((x) => x.number === number);
      if (!p) throw new GitHubTypedError('NOT_FOUND', `Could not resolve to a PullRequest with the number of ${number}.`);
      return pullRequestView(data, p);
    },
    pullRequests: (args: Args & { labels?: string[]; states?: string[]; orderBy?: Order; baseRefName?: string; headRefName?: string }) => {
      let list = data.pullRequests;
      if (args.labels?.length) list = list.filter((p) => p.labels.some((l) => args.labels!.includes(l)));
      if (args.states?.length) list = list.filter((p) => args.states!.includes(p.state));
      if (args.baseRefName) list = list.filter((p) => p.baseRef === args.baseRefName);
      if (args.headRefName) list = list.filter((p) => p.headRef === args.headRefName);
      // Without orderBy GitHub lists pull requests oldest first.
      list = args.orderBy ? ordered(list, args.orderBy) : ordered(list, { field: 'CREATED_AT', direction: 'ASC' });
      const kind = `pulls-${(args.labels ?? []).join(',')}-${args.orderBy?.field ?? ''}-${args.orderBy?.direction ?? ''}`;
      return mapConnection(connection(list, args, kind), (p) => pullRequestView(data, p));
    },
  };
}

/** Any object by its global id, as `node(id:)` and `nodes(ids:)` find it. */
export function nodeById(data: FakeGitHubData, id: string): Record<string, unknown> | null {
  if (id === data.repositoryId) return repositoryView(data);
  const d = data.discussions.find((x) => x.id === id);
  if (d) return discussionView(data, d);
  for (const discussion of data.discussions) {
    const c = discussion.comments.find((x) => x.id === id);
    if (c) return commentView(data, c);
  }
  const p = data.pullRequests.find((x) => x.id === id);
  if (p) return pullRequestView(data, p);
  const category = data.categories.find((x) => x.id === id);
  if (category) return categoryView(data, category);
  for (const actor of data.actors.values()) if (actor.id === id) return actorView(data, actor.login);
  return null;
}
