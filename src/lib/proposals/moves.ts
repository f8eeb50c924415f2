import type { Block } from './blocks.ts';
import { wordsSimilarity, type WorkBudget, type Words } from './words.ts';

/** Blocks that left and blocks that came between two stretches both versions share. */
export interface Hunk {
  removed: Block[];
  added: Block[];
}

export interface Move {
  partner: Block;
  move: number;
}

/** A block found elsewhere this similar (and long enough to be recognizable) was moved and touched up. */
export const MOVE_SIMILARITY = 0.8;
export const MOVE_MIN_WORDS = 6;

const wordCount = (b: Block) => b.text.split(' ').filter(Boolean).length;

/** The first index whose length is at least `min`, in a list sorted by length. */
function firstAtLeast(list: ReadonlyArray<{ length: number }>, min: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (list[mid]!.length < min) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Blocks that disappeared from one hunk and appear in another: first exact copies (found through their
 * key, in one pass), then near copies. The near search compares each removed block with the added blocks
 * of the other hunks, which grows with the square of a rewrite; each comparison takes one step of
 * `budget`, and when it is spent the remaining blocks are shown as deleted and inserted instead.
 */
export function findMoves(hunks: readonly Hunk[], key: (b: Block) => string, words: (b: Block) => Words, budget: WorkBudget): Map<Block, Move> {
  const moveOf = new Map<Block, Move>();
  let moves = 0;
  const pair = (removed: Block, added: Block) => {
    moves += 1;
    moveOf.set(removed, { partner: added, move: moves });
    moveOf.set(added, { partner: removed, move: moves });
  };

  // Exact copies: every added block by key, in reading order, so the first one elsewhere wins.
  const byKey = new Map<string, Array<{ block: Block; hunk: number }>>();
  hunks.forEach((h, hunk) => {
    for (const block of h.added) {
      const k = key(block);
      const list = byKey.get(k);
      if (list) list.push({ block, hunk });
      else byKey.set(k, [{ block, hunk }]);
    }
  });
  hunks.forEach((h, hunk) => {
    for (const r of h.removed) {
      if (r.kind === 'break') continue;
      const candidates = byKey.get(key(r));
      const found = candidates?.find((c) => c.hunk !== hunk && !moveOf.has(c.block));
      if (found) pair(r, found.block);
    }
  });

  // Near copies. A Dice similarity of 0.8 needs lengths within a factor of 1.5 of each other, so each removed
  // block looks only at added blocks of its kind in that window of lengths, earliest in the text first.
  const candidates = new Map<string, Array<{ block: Block; hunk: number; order: number; length: number }>>();
  let order = 0;
  hunks.forEach((h, hunk) => {
    for (const block of h.added) {
      const list = candidates.get(block.kind) ?? [];
      list.push({ block, hunk, order: order++, length: words(block).ids.length });
      candidates.set(block.kind, list);
    }
  });
  for (const list of candidates.values()) list.sort((a, b) => a.length - b.length || a.order - b.order);
  search: for (const [hunk, h] of hunks.entries()) {
    for (const r of h.removed) {
      if (moveOf.has(r) || r.kind === 'break' || wordCount(r) < MOVE_MIN_WORDS) continue;
      const list = candidates.get(r.kind) ?? [];
      const length = words(r).ids.length;
      let best: { block: Block; order: number } | undefined;
      for (let k = firstAtLeast(list, Math.ceil((length * 2) / 3)); k < list.length && list[k]!.length <= length * 1.5; k++) {
        const c = list[k]!;
        if (c.hunk === hunk || moveOf.has(c.block) || (best && best.order < c.order)) continue;
        if (budget.left === 0) break search;
        budget.spend(1);
        if (wordsSimilarity(words(r), words(c.block), MOVE_SIMILARITY) >= MOVE_SIMILARITY) best = c;
      }
      if (best) pair(r, best.block);
    }
  }
  return moveOf;
}
