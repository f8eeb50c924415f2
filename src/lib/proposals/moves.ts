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
const EXACT_LOOK_PAST = 64;

const wordCount = (b: Block) => b.text.split(' ').filter(Boolean).length;

interface Candidate {
  block: Block;
  hunk: number;
  /** Position in reading order: of several near copies, the earliest wins. */
  order: number;
}

/** Dice ≥ t needs an overlap of at least t / (2 − t) of either block's words. */
const OVERLAP = MOVE_SIMILARITY / (2 - MOVE_SIMILARITY);

/**
 * Each block's words as tokens (a word and which occurrence of it, so repeats count), and the prefix of them
 * that a similar block must share: the rarest |words| − ⌈OVERLAP × |words|⌉ + 1, rarest across all the
 * blocks that changed.
 */
class ShingleIndex {
  private readonly tokens = new Map<Block, number[]>();
  private readonly frequency = new Map<number, number>();
  private readonly words: (b: Block) => Words;

  constructor(hunks: readonly Hunk[], words: (b: Block) => Words) {
    this.words = words;
    for (const h of hunks) {
      for (const block of [...h.removed, ...h.added]) {
        for (const token of this.tokensOf(block)) this.frequency.set(token, (this.frequency.get(token) ?? 0) + 1);
      }
    }
  }

  private tokensOf(block: Block): number[] {
    let tokens = this.tokens.get(block);
    if (!tokens) {
      const seen = new Map<number, number>();
      tokens = Array.from(this.words(block).ids, (id) => {
        const occurrence = seen.get(id) ?? 0;
        seen.set(id, occurrence + 1);
        return id * 1024 + Math.min(occurrence, 1023);
      });
      this.tokens.set(block, tokens);
    }
    return tokens;
  }

  prefix(block: Block): number[] {
    const tokens = this.tokensOf(block);
    const length = tokens.length - Math.ceil(OVERLAP * tokens.length) + 1;
    return [...tokens].sort((a, b) => (this.frequency.get(a) ?? 0) - (this.frequency.get(b) ?? 0) || a - b).slice(0, Math.max(0, length));
  }
}

/**
 * Blocks that disappeared from one hunk and appear in another: first exact copies (found through their
 * key), then near copies (found through the rare words they share). Each comparison of a near copy takes
 * one step of `budget`; once it is spent, the blocks not yet matched are shown as deleted and inserted.
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
  // Taken copies are skipped from the front of each list; a copy in the block's own hunk is looked past, a
  // few dozen at most, so a page of one repeated line stays linear.
  const start = new Map<string, number>();
  hunks.forEach((h, hunk) => {
    for (const r of h.removed) {
      const k = key(r);
      const list = byKey.get(k);
      if (r.kind === 'break' || !list) continue;
      let first = start.get(k) ?? 0;
      while (first < list.length && moveOf.has(list[first]!.block)) first++;
      start.set(k, first);
      for (let i = first; i < list.length && i < first + EXACT_LOOK_PAST; i++) {
        const c = list[i]!;
        if (c.hunk !== hunk && !moveOf.has(c.block)) {
          pair(r, c.block);
          break;
        }
      }
    }
  });

  // Near copies, found through shared words rather than by comparing every pair (prefix filtering, as in
  // similarity joins): two blocks can only be MOVE_SIMILARITY alike if they share one of the rarer third or
  // so of each one's words. Prose has rare words, so each block meets a handful of candidates; where it has
  // none (text made of a few common words), the budget stops the search.
  const index = new ShingleIndex(hunks, words);
  const candidates: Candidate[] = [];
  hunks.forEach((h, hunk) => h.added.forEach((block) => candidates.push({ block, hunk, order: candidates.length })));
  const added = new Map<number, Candidate[]>();
  candidates.forEach((c) => {
    for (const token of index.prefix(c.block)) {
      const list = added.get(token);
      if (list) list.push(c);
      else added.set(token, [c]);
    }
  });
  search: for (const [hunk, h] of hunks.entries()) {
    for (const r of h.removed) {
      if (moveOf.has(r) || r.kind === 'break' || wordCount(r) < MOVE_MIN_WORDS) continue;
      const seen = new Set<Candidate>();
      let best: Candidate | undefined;
      for (const token of index.prefix(r)) {
        for (const c of added.get(token) ?? []) {
          if (seen.has(c)) continue;
          seen.add(c);
          if (c.hunk === hunk || c.block.kind !== r.kind || moveOf.has(c.block) || (best && best.order < c.order)) continue;
          if (budget.left === 0) break search;
          budget.spend(1);
          if (wordsSimilarity(words(r), words(c.block), MOVE_SIMILARITY) >= MOVE_SIMILARITY) best = c;
        }
      }
      if (best) pair(r, best.block);
    }
  }
  return moveOf;
}
