import { describe, expect, it } from 'vitest';
import { foldReplies } from './fold-replies.ts';

const chain = (n: number) => Array.from({ length: n }, (_, i) => i + 1);

describe('foldReplies', () => {
  it('leaves a chain of three or fewer alone', () => {
    expect(foldReplies(chain(3))).toEqual({ before: [1, 2, 3], folded: [], after: [] });
    expect(foldReplies([])).toEqual({ before: [], folded: [], after: [] });
  });

  it('keeps the first and the two newest replies of a longer chain in view', () => {
    expect(foldReplies(chain(4))).toEqual({ before: [1], folded: [2], after: [3, 4] });
    expect(foldReplies(chain(9))).toEqual({ before: [1], folded: [2, 3, 4, 5, 6, 7], after: [8, 9] });
  });

  it('can keep more in view', () => {
    expect(foldReplies(chain(9), { visible: 5, head: 2 })).toEqual({ before: [1, 2], folded: [3, 4, 5, 6], after: [7, 8, 9] });
  });

  it('never folds the newest reply, even with no tail asked for', () => {
    const { folded } = foldReplies(chain(6), { visible: 2, head: 5 });
    expect(folded).not.toContain(6);
  });
});
