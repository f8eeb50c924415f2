import { describe, expect, it } from 'vitest';
import { Random } from '../../../test/fake-github/random.ts';
import { lcsLength } from './lcs.ts';

/** The textbook dynamic programme, slow and obviously right, to hold the fast one to. */
function reference(a: number[], b: number[]): number {
  const row = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = 0;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j]!;
      row[j] = a[i - 1] === b[j - 1] ? diagonal + 1 : Math.max(above, row[j - 1]!);
      diagonal = above;
    }
  }
  return row[b.length]!;
}

describe('lcsLength', () => {
  it('handles the edges', () => {
    expect(lcsLength([], [1, 2])).toBe(0);
    expect(lcsLength([1, 2, 3], [])).toBe(0);
    expect(lcsLength([1, 2, 3], [1, 2, 3])).toBe(3);
    expect(lcsLength([1, 2, 3], [4, 5, 6])).toBe(0);
    expect(lcsLength([1, 2, 3, 4], [2, 4])).toBe(2);
  });

  it('agrees with the textbook algorithm on random sequences of every length around the word boundaries', () => {
    const rnd = new Random(20260101);
    for (const [la, lb] of [[31, 40], [32, 32], [33, 5], [64, 70], [65, 65], [100, 7], [7, 100], [200, 180]] as const) {
      for (let trial = 0; trial < 20; trial++) {
        const alphabet = rnd.int(2, 12);
        const a = Array.from({ length: la }, () => rnd.int(0, alphabet));
        const b = Array.from({ length: lb }, () => rnd.int(0, alphabet));
        expect(lcsLength(a, b), `${la}×${lb}, alphabet ${alphabet}`).toBe(reference(a, b));
      }
    }
  });
});
