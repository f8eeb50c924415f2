import { describe, expect, it } from 'vitest';
import type { Reaction } from '../../schemas/index.ts';
import { countReactions } from './reactions.ts';

const r = (content: Reaction['content'], user: string | null = 'ana-sousa'): Reaction => ({ content, user, createdAt: '2026-03-01T10:00:00Z' });

describe('countReactions', () => {
  it("counts each kind once, in GitHub's order, skipping unused kinds", () => {
    expect(countReactions([r('ROCKET'), r('THUMBS_UP'), r('ROCKET', null), r('HEART')])).toEqual([
      { content: 'THUMBS_UP', emoji: '👍', count: 1 },
      { content: 'HEART', emoji: '❤️', count: 1 },
      { content: 'ROCKET', emoji: '🚀', count: 2 },
    ]);
  });

  it('is empty without reactions', () => {
    expect(countReactions([])).toEqual([]);
  });
});
