import { describe, expect, it } from 'vitest';
import { comment, discussion, longDiscussion, reply } from '../../../test/comments/fixtures/discussions.ts';
import { authorView, buildThread } from './build-thread.ts';

describe('buildThread: nesting and order', () => {
  it('orders comments and their replies by creation, replies nested under their comment', () => {
    const late = comment({ minute: 50, databaseId: 2 });
    const early = comment({ minute: 10, databaseId: 1 });
    early.replies = [reply(early, { minute: 30, databaseId: 12 }), reply(early, { minute: 20, databaseId: 11 })];
    const thread = buildThread(discussion({ comments: [late, early] }));
    expect(thread.comments.map((c) => c.key)).toEqual(['1', '2']);
    expect(thread.comments[0]!.replies.before.map((r) => r.key)).toEqual(['11', '12']);
    expect(thread.comments[0]!.replyCount).toBe(2);
  });

  it('makes permalink anchors from databaseId, or the node id when there is none', () => {
    const thread = buildThread(discussion({ comments: [comment({ databaseId: 5150 }), comment({ databaseId: null, id: 'DC_kwDOxyz' })] }));
    expect(thread.comments.map((c) => c.anchor)).toEqual(['comment-5150', 'comment-DC_kwDOxyz']);
  });

  it('folds a long reply chain and keeps the newest reply in view', () => {
    const top = comment({ minute: 1 });
    top.replies = Array.from({ length: 8 }, (_, i) => reply(top, { minute: 10 + i }));
    const [view] = buildThread(discussion({ comments: [top] })).comments;
    expect(view!.replies.before).toHaveLength(1);
    expect(view!.replies.folded).toHaveLength(5);
    expect(view!.replies.after.map((r) => r.key)).toEqual(top.replies.slice(-2).map((r) => String(r.databaseId)));
  });
});

describe('buildThread: counts', () => {
  it('counts comments and replies, and distinct people (logins compared case-insensitively, bots left out)', () => {
    const a = comment({ author: { login: 'Ana-Sousa', type: 'User' } });
    a.replies = [
      reply(a, { author: { login: 'ana-sousa', type: 'User' } }),
      reply(a, { author: { login: 'tom-hallett', type: 'User' } }),
      reply(a, { author: { login: 'github-actions', type: 'Bot' } }),
    ];
    expect(buildThread(discussion({ comments: [a] })).counts).toEqual({ comments: 4, participants: 2 });
  });

  it('leaves deleted comments out of both counts', () => {
    const gone = comment({ deletedAt: '2026-03-02T10:00:00Z', author: { login: 'lucia-quispe', type: 'User' } });
    gone.replies = [reply(gone, { author: { login: 'kenji-watanabe', type: 'User' } })];
    expect(buildThread(discussion({ comments: [gone] })).counts).toEqual({ comments: 1, participants: 1 });
  });

  it('counts deleted accounts once: they are indistinguishable', () => {
    const thread = buildThread(discussion({ comments: [comment({ author: null }), comment({ author: null }), comment()] }));
    expect(thread.counts.participants).toBe(2);
  });

  it('counts the long demo-sized thread whole', () => {
    const thread = buildThread(longDiscussion(120, 9));
    expect(thread.counts.comments).toBe(120 + 24 * 9);
    expect(thread.counts.participants).toBe(6);
  });
});

describe('buildThread: newest and answer', () => {
  it('marks the newest live comment, a reply included, and gives its anchor for the jump link', () => {
    const top = comment({ minute: 5 });
    const newest = reply(top, { minute: 90, databaseId: 777 });
    top.replies = [newest];
    const thread = buildThread(discussion({ comments: [top, comment({ minute: 60 }), comment({ minute: 99, deletedAt: '2026-03-03T00:00:00Z' })] }));
    expect(thread.newestAnchor).toBe('comment-777');
    expect(thread.comments[0]!.replies.before[0]!.isNewest).toBe(true);
    expect(thread.comments.filter((c) => c.isNewest)).toEqual([]);
  });

  it('has no newest comment in an empty thread', () => {
    expect(buildThread(discussion({ comments: [] })).newestAnchor).toBeNull();
  });

  it('marks the answer and points to it', () => {
    const thread = buildThread(discussion({ comments: [comment(), comment({ isAnswer: true, databaseId: 31 })] }));
    expect(thread.comments.map((c) => c.isAnswer)).toEqual([false, true]);
    expect(thread.answerAnchor).toBe('comment-31');
  });
});

describe('buildThread: states', () => {
  it('keeps a minimized off-topic comment with its reason and body (shown folded)', () => {
    const [c] = buildThread(discussion({ comments: [comment({ isMinimized: true, minimizedReason: 'OFF-TOPIC', bodyHTML: '<p>lunch?</p>' })] })).comments;
    expect(c).toMatchObject({ state: 'minimized', minimizedReason: 'off-topic', withheld: false, html: '<p>lunch?</p>' });
  });

  it('does not republish the body of a comment minimized as spam or abuse', () => {
    const thread = buildThread(discussion({
      comments: [
        comment({ isMinimized: true, minimizedReason: 'spam', bodyHTML: '<p>buy now <a href="https://spam.example">here</a></p>' }),
        comment({ isMinimized: true, minimizedReason: 'abuse', bodyHTML: '<p>insult</p>' }),
      ],
    }));
    expect(thread.comments.map((c) => [c.state, c.withheld, c.html])).toEqual([['minimized', true, ''], ['minimized', true, '']]);
  });

  it('shows a deleted comment as deleted, without body or reactions, and keeps its replies', () => {
    const gone = comment({ deletedAt: '2026-03-02T10:00:00Z', bodyHTML: '<p>old words</p>', reactions: [{ content: 'HEART', user: 'x', createdAt: '2026-03-01T10:00:00Z' }] });
    gone.replies = [reply(gone)];
    const [c] = buildThread(discussion({ comments: [gone] })).comments;
    expect(c).toMatchObject({ state: 'deleted', html: '', reactions: [] });
    expect(c!.replies.before).toHaveLength(1);
  });

  it('shows a deleted account as a ghost, with no profile link', () => {
    const [c] = buildThread(discussion({ comments: [comment({ author: null })] })).comments;
    expect(c!.author).toEqual({ login: null, profileUrl: null, ghost: true, bot: false });
  });

  it('marks an edited comment with the time of the edit', () => {
    const [c] = buildThread(discussion({ comments: [comment({ lastEditedAt: '2026-03-04T08:00:00Z' })] })).comments;
    expect(c!.editedAt).toBe('2026-03-04T08:00:00Z');
  });

  it('sanitizes bodies with a per-comment id prefix', () => {
    const [c] = buildThread(discussion({ comments: [comment({ databaseId: 9, bodyHTML: '<p id="user-content-a" onclick="x()">hi<script>alert(1)</script></p>' })] })).comments;
    expect(c!.html).toBe('<p id="c-9-a">hi</p>');
  });
});

describe('buildThread: opening post', () => {
  it('leaves out the post a bot (giscus) wrote to create the thread', () => {
    expect(buildThread(discussion({ author: { login: 'giscus', type: 'Bot' } })).opening).toBeNull();
  });

  it("shows a member's opening post", () => {
    const thread = buildThread(discussion({ number: 8, author: { login: 'amara-okafor', type: 'User' }, body: 'Should dues change?', bodyHTML: '<p>Should dues change?</p>' }));
    expect(thread.opening).toMatchObject({ anchor: 'discussion-8', html: '<p>Should dues change?</p>', author: { login: 'amara-okafor' } });
  });
});

describe('authorView', () => {
  it('links people to their profile and apps to their app page', () => {
    expect(authorView({ login: 'ana-sousa', type: 'User' }).profileUrl).toBe('https://github.com/ana-sousa');
    expect(authorView({ login: 'github-actions', type: 'Bot' })).toEqual({ login: 'github-actions', profileUrl: 'https://github.com/apps/github-actions', ghost: false, bot: true });
  });

  it("treats GitHub's own ghost account as a deleted account", () => {
    expect(authorView({ login: 'ghost', type: 'User' }).ghost).toBe(true);
  });
});
