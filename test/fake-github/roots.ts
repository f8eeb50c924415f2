import type { FakeGitHubData, MinimizeReason, ReactionKind } from './dataset.ts';
import {
  GitHubTypedError, actorView, commentView, discussionView, nodeById, repositoryView,
} from './views.ts';

/** What the server knows about the call being answered, for `rateLimit` and `viewer`. */
export interface CallContext {
  viewer: string;
  cost: number;
  nodeCount: number;
  limit: number;
  used: number;
  resetAt: string;
}

function notFound(id: string): never {
  throw new GitHubTypedError('NOT_FOUND', `Could not resolve to a node with the global id of '${id}'`);
}

export function queryRoot(data: FakeGitHubData, call: CallContext) {
  return {
    repository: ({ owner, name }: { owner: string; name: string }) => {
      if (owner.toLowerCase() !== data.owner.toLowerCase() || name.toLowerCase() !== data.name.toLowerCase()) {
        throw new GitHubTypedError('NOT_FOUND', `Could not resolve to a Repository with the name '${owner}/${name}'.`);
      }
      return repositoryView(data);
    },
    node: ({ id }: { id: string }) => nodeById(data, id) ?? notFound(id),
    // GitHub answers null for each unknown id in `nodes` and reports it; graphql-js does that for an Error in a list.
    nodes: ({ ids }: { ids: string[] }) =>
      ids.map((id) => nodeById(data, id) ?? new GitHubTypedError('NOT_FOUND', `Could not resolve to a node with the global id of '${id}'`)),
    viewer: () => actorView(data, call.viewer),
    // Organizations and apps are not Users: GitHub answers those logins as it answers unknown ones.
    user: ({ login }: { login: string }) => {
      const user = actorView(data, login);
      if (!user || user.__typename !== 'User') throw new GitHubTypedError('NOT_FOUND', `Could not resolve to a User with the login of '${login}'.`);
      return user;
    },
    rateLimit: () => ({
      cost: call.cost,
      limit: call.limit,
      nodeCount: call.nodeCount,
      remaining: call.limit - call.used,
      used: call.used,
      resetAt: call.resetAt,
    }),
  };
}

interface Input<T> { input: T & { clientMutationId?: string } }

export function mutationRoot(data: FakeGitHubData, call: CallContext) {
  const done = <T extends object>(input: { clientMutationId?: string }, payload: T) => ({ clientMutationId: input.clientMutationId ?? null, ...payload });
  return {
    createDiscussion: ({ input }: Input<{ repositoryId: string; categoryId: string; title: string; body: string }>) => {
      if (input.repositoryId !== data.repositoryId) notFound(input.repositoryId);
      const category = data.categories.find((c) => c.id === input.categoryId) ?? notFound(input.categoryId);
      const d = data.addDiscussion({ title: input.title, body: input.body, author: call.viewer, category: category.name });
      return done(input, { discussion: discussionView(data, d) });
    },
    updateDiscussion: ({ input }: Input<{ discussionId: string; title?: string; body?: string }>) => {
      const d = data.discussions.find((x) => x.id === input.discussionId) ?? notFound(input.discussionId);
      if (input.title !== undefined) d.title = input.title;
      if (input.body !== undefined) d.body = input.body;
      d.updatedAt = data.now;
      return done(input, { discussion: discussionView(data, d) });
    },
    addDiscussionComment: ({ input }: Input<{ discussionId: string; body: string; replyToId?: string }>) => {
      const d = data.discussions.find((x) => x.id === input.discussionId) ?? notFound(input.discussionId);
      const c = data.addComment(d.number, { author: call.viewer, body: input.body, replyTo: input.replyToId });
      return done(input, { comment: commentView(data, c) });
    },
    updateDiscussionComment: ({ input }: Input<{ commentId: string; body: string }>) => {
      data.editComment(input.commentId, input.body, data.now, call.viewer);
      return done(input, { comment: commentView(data, data.comment(input.commentId)) });
    },
    deleteDiscussionComment: ({ input }: Input<{ id: string }>) => {
      const view = commentView(data, data.comment(input.id));
      data.deleteComment(input.id);
      return done(input, { comment: view });
    },
    minimizeComment: ({ input }: Input<{ subjectId: string; classifier: MinimizeReason }>) => {
      data.minimizeComment(input.subjectId, input.classifier);
      return done(input, { minimizedComment: commentView(data, data.comment(input.subjectId)) });
    },
    markDiscussionCommentAsAnswer: ({ input }: Input<{ id: string }>) => {
      data.markAnswer(input.id);
      return done(input, { discussion: discussionView(data, data.discussion(data.comment(input.id).discussionNumber)) });
    },
    addReaction: ({ input }: Input<{ subjectId: string; content: ReactionKind }>) => {
      const reaction = data.addReaction(input.subjectId, input.content, call.viewer);
      const subject = nodeById(data, input.subjectId);
      return done(input, {
        reaction: { __typename: 'Reaction', id: reaction.id, databaseId: reaction.databaseId, content: reaction.content, createdAt: reaction.createdAt, user: actorView(data, call.viewer), reactable: subject },
        subject,
      });
    },
    removeReaction: ({ input }: Input<{ subjectId: string; content: ReactionKind }>) => {
      data.removeReaction(input.subjectId, input.content, call.viewer);
      return done(input, { reaction: null, subject: nodeById(data, input.subjectId) });
    },
  };
}
