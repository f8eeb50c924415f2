import { describe, expect, it } from 'vitest';
import { extraPages, firstSyncFloor, noChangeSyncFloor, type ThreadShape } from './sync-minimum.ts';

const many = (n: number) => Array.from({ length: n }, () => ({}));
const thread = (comments: ThreadShape['comments'], reactions = 0): ThreadShape => ({ reactions: many(reactions), comments });
const plain = (n: number, reactions = 0) => Array.from({ length: n }, () => ({ reactions: many(reactions) }));

describe('extraPages', () => {
  it('needs none when every connection fits one page of 100', () => {
    expect(extraPages(thread(plain(100, 100), 100))).toBe(0);
  });

  it('counts further pages of comments, reactions and replies separately', () => {
    const comments = [...plain(150), ...Array.from({ length: 250 }, () => ({ replyTo: 0, reactions: [] }))];
    // 150 top-level: 1 more page; 250 replies to the first: 2 more; 201 reactions on the discussion: 2 more.
    expect(extraPages(thread(comments, 201))).toBe(1 + 2 + 2);
  });

  it('counts reactions on a reply', () => {
    expect(extraPages(thread([{ reactions: [] }, { replyTo: 0, reactions: many(101) }]))).toBe(1);
  });
});

describe('firstSyncFloor', () => {
  it('is one request for an empty repository', () => {
    expect(firstSyncFloor([])).toBe(1);
  });

  it('reads 100 discussions per request, plus further pages', () => {
    const small = Array.from({ length: 250 }, () => thread(plain(3)));
    expect(firstSyncFloor(small)).toBe(3);
    expect(firstSyncFloor([...small, thread(plain(301))])).toBe(3 + 3);
  });
});

describe('noChangeSyncFloor', () => {
  it('is the one listing request without open polls', () => {
    expect(noChangeSyncFloor([])).toBe(1);
  });

  it('re-reads open polls, ignoring replies and the reactions on the discussion', () => {
    const poll = thread([{ reactions: many(230) }, { reactions: many(40) }, { replyTo: 0, reactions: many(500) }], 300);
    expect(noChangeSyncFloor([poll, poll])).toBe(1 + 1 + 2 * 2);
  });
});
