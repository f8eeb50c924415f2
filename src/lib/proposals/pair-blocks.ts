import { diffArrays } from 'diff';
import type { Block } from './blocks.ts';
import { editLimit, wordsSimilarity, type WorkBudget, type Words } from './words.ts';

/** Paired blocks below this similarity read better as a deletion and an insertion. */
export const PAIR_SIMILARITY = 0.3;
/** Hunks up to this many removed × added blocks are paired by the exact alignment below. */
const EXACT_CELLS = 40_000;

export interface Step {
  old?: Block;
  block?: Block;
}

/**
 * Pair removed with added blocks of the same kind, keeping their order; what stays unpaired was deleted or
 * inserted. A hunk of ordinary size gets a small sequence alignment that prefers the most similar pairs.
 * A larger one (a rewrite of hundreds of paragraphs) is paired like a diff whose "equal" means "similar
 * enough", which costs the blocks times the unpaired ones rather than removed × added; and when even that
 * would exceed what is left of `budget`, the hunk is shown as deleted and inserted whole.
 */
export function pairBlocks(removed: readonly Block[], added: readonly Block[], words: (b: Block) => Words, budget: WorkBudget): Step[] {
  const n = removed.length;
  const m = added.length;
  const cache = new Map<number, number>();
  /** Similarity of a pair, or -1 when it must not be paired. */
  const sim = (i: number, j: number): number => {
    const cached = cache.get(i * m + j);
    if (cached !== undefined) return cached;
    const a = removed[i]!;
    const b = added[j]!;
    budget.spend(1);
    // One block replaced by one block of the same kind is an edit in place, however thorough.
    const s = a.kind !== b.kind ? -1 : n === 1 && m === 1 ? 1 : wordsSimilarity(words(a), words(b), PAIR_SIMILARITY);
    const value = s >= PAIR_SIMILARITY ? s : -1;
    cache.set(i * m + j, value);
    return value;
  };
  if (n === 0 || m === 0) return [...removed.map((old) => ({ old })), ...added.map((block) => ({ block }))];
  if (n * m <= EXACT_CELLS && n * m <= budget.left) return alignExactly(n, m, sim, removed, added);

  const allowance = budget.left;
  let calls = 0;
  const changes = diffArrays(
    Array.from({ length: n }, (_, i) => i),
    Array.from({ length: m }, (_, j) => j),
    { comparator: (i, j) => ++calls <= allowance && sim(i, j) >= 0, maxEditLength: editLimit(n, m, allowance) },
  );
  if (!changes) return [...removed.map((old) => ({ old })), ...added.map((block) => ({ block }))];
  // Matched stretches are pairs; walk both sides by count.
  const steps: Step[] = [];
  let i = 0;
  let j = 0;
  for (const c of changes) {
    for (let k = 0; k < c.count; k++) {
      if (c.added) steps.push({ block: added[j++] });
      else if (c.removed) steps.push({ old: removed[i++] });
      else steps.push({ old: removed[i++], block: added[j++] });
    }
  }
  return steps;
}

/** The small sequence alignment: the order-keeping pairing with the greatest total similarity. */
function alignExactly(n: number, m: number, sim: (i: number, j: number) => number, removed: readonly Block[], added: readonly Block[]): Step[] {
  const score: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      const s = sim(i, j);
      score[i]![j] = Math.max(score[i + 1]![j]!, score[i]![j + 1]!, s >= 0 ? s + score[i + 1]![j + 1]! : -Infinity);
    }
  }
  const steps: Step[] = [];
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m) {
      const s = sim(i, j);
      if (s >= 0 && score[i]![j] === s + score[i + 1]![j + 1]!) {
        steps.push({ old: removed[i++], block: added[j++] });
        continue;
      }
      if (score[i]![j] === score[i + 1]![j]) steps.push({ old: removed[i++] });
      else steps.push({ block: added[j++] });
    } else if (i < n) {
      steps.push({ old: removed[i++] });
    } else {
      steps.push({ block: added[j++] });
    }
  }
  return steps;
}
