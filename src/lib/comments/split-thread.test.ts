import { describe, expect, it } from 'vitest';
import { commentPages, splitThread, threadPagePath } from './split-thread.ts';

const thread = (n: number) => Array.from({ length: n }, (_, i) => i + 1);
const options = { first: 3, newest: 2, perPage: 4, slack: 1 };

describe('splitThread', () => {
  it('keeps a short thread whole on the page', () => {
    expect(splitThread(thread(6), options)).toEqual({ head: thread(6), tail: [], parts: [], tailFrom: 7 });
    expect(splitThread([], options)).toEqual({ head: [], tail: [], parts: [], tailFrom: 1 });
  });

  it('shows the first and the newest, and puts the middle on numbered pages', () => {
    const split = splitThread(thread(16), options);
    expect(split.head).toEqual([1, 2, 3]);
    expect(split.tail).toEqual([15, 16]);
    expect(split.tailFrom).toBe(15);
    expect(split.parts).toEqual([
      { number: 2, comments: [4, 5, 6, 7], from: 4, to: 7 },
      { number: 3, comments: [8, 9, 10, 11], from: 8, to: 11 },
      { number: 4, comments: [12, 13, 14], from: 12, to: 14 },
    ]);
  });

  it('puts every comment on exactly one page, in order', () => {
    for (const n of [0, 5, 6, 7, 20, 101]) {
      const split = splitThread(thread(n), options);
      expect([...split.head, ...split.parts.flatMap((p) => p.comments), ...split.tail]).toEqual(thread(n));
    }
  });

  it('never moves a comment off a full thread page as the thread grows', () => {
    const before = splitThread(thread(16), options).parts.slice(0, 2);
    for (const n of [17, 18, 30, 64]) expect(splitThread(thread(n), options).parts.slice(0, 2)).toEqual(before);
  });

  it('uses the site defaults when given no options', () => {
    const split = splitThread(thread(224));
    expect(split.head).toHaveLength(10);
    expect(split.tail).toHaveLength(5);
    expect(split.parts.map((p) => p.comments.length)).toEqual([25, 25, 25, 25, 25, 25, 25, 25, 9]);
    // A middle no longer than the slack stays on the page.
    expect(splitThread(thread(20)).parts).toEqual([]);
    expect(splitThread(thread(21)).parts).toHaveLength(1);
  });
});

describe('commentPages', () => {
  it('finds the page of every comment and of its replies', () => {
    const split = splitThread(thread(16), options);
    const pages = commentPages(split, (n) => [`comment-${n}`, `comment-${n}-reply`]);
    expect(pages.get('comment-1')).toBe(1);
    expect(pages.get('comment-16-reply')).toBe(1);
    expect(pages.get('comment-5-reply')).toBe(2);
    expect(pages.get('comment-14')).toBe(4);
    expect(pages.size).toBe(32);
  });
});

describe('threadPagePath', () => {
  it('is the page itself for page 1 and a numbered page under it otherwise', () => {
    expect(threadPagePath('en/documents/program/', 1)).toBe('en/documents/program/');
    expect(threadPagePath('en/documents/program/', 3)).toBe('en/documents/program/comments/3/');
    expect(threadPagePath('es/handbook/field-days/tides', 2)).toBe('es/handbook/field-days/tides/comments/2/');
  });
});
