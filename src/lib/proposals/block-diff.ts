import { diffArrays } from 'diff';

/** Stretches of two versions: blocks both share, or a hunk where some left and others came. */
export type Run<T> = { equal: T[] } | { removed: T[]; added: T[] };

/**
 * Edits a plain diff may look for before the comparison switches to anchors. A diff costs the blocks times
 * the edits, so this bounds it; ordinary proposals, with fewer changed blocks than this, get exactly the
 * plain diff's answer.
 */
export const PLAIN_DIFF_EDITS = 400;
/** Rounds of anchoring inside the gaps between anchors; what is left after them is one hunk. */
const MAX_DEPTH = 6;

type Step = { op: '='; i: number; j: number } | { op: '-'; i: number } | { op: '+'; j: number };

/**
 * Compare two lists of blocks by key. A plain diff (Myers) when the versions differ in fewer than
 * PLAIN_DIFF_EDITS blocks; otherwise the blocks that occur exactly once in each version anchor the
 * comparison (as in patience diff: the longest run of them in the same order), and only the stretches
 * between anchors are compared, the same way. Near-linear on a rewrite that keeps its headings, and never
 * worse than blocks × PLAIN_DIFF_EDITS × MAX_DEPTH on any input.
 */
export function diffRuns<T>(a: readonly T[], b: readonly T[], key: (t: T) => string): Run<T>[] {
  const ka = a.map(key);
  const kb = b.map(key);
  const steps: Step[] = [];
  diffRange(ka, kb, 0, ka.length, 0, kb.length, steps, 0);
  const runs: Run<T>[] = [];
  for (const step of steps) {
    const last = runs[runs.length - 1];
    if (step.op === '=') {
      if (last && 'equal' in last) last.equal.push(a[step.i]!);
      else runs.push({ equal: [a[step.i]!] });
      continue;
    }
    const hunk = last && !('equal' in last) ? last : (runs.push({ removed: [], added: [] }), runs[runs.length - 1] as { removed: T[]; added: T[] });
    if (step.op === '-') hunk.removed.push(a[step.i]!);
    else hunk.added.push(b[step.j]!);
  }
  return runs;
}

function diffRange(ka: string[], kb: string[], a0: number, a1: number, b0: number, b1: number, out: Step[], depth: number): void {
  const changes = diffArrays(ka.slice(a0, a1), kb.slice(b0, b1), { maxEditLength: PLAIN_DIFF_EDITS });
  if (changes) {
    let i = a0;
    let j = b0;
    for (const c of changes) {
      for (let n = 0; n < c.count; n++) {
        if (c.added) out.push({ op: '+', j: j++ });
        else if (c.removed) out.push({ op: '-', i: i++ });
        else out.push({ op: '=', i: i++, j: j++ });
      }
    }
    return;
  }
  // Shared beginning and end first, then anchors in between.
  while (a0 < a1 && b0 < b1 && ka[a0] === kb[b0]) out.push({ op: '=', i: a0++, j: b0++ });
  const tail: Step[] = [];
  while (a0 < a1 && b0 < b1 && ka[a1 - 1] === kb[b1 - 1]) tail.push({ op: '=', i: --a1, j: --b1 });
  const anchors = depth < MAX_DEPTH ? uniqueAnchors(ka, kb, a0, a1, b0, b1) : [];
  if (anchors.length === 0) {
    for (let n = a0; n < a1; n++) out.push({ op: '-', i: n });
    for (let n = b0; n < b1; n++) out.push({ op: '+', j: n });
  } else {
    let i = a0;
    let j = b0;
    for (const [ai, bj] of anchors) {
      gap(ka, kb, i, ai, j, bj, out, depth);
      out.push({ op: '=', i: ai, j: bj });
      i = ai + 1;
      j = bj + 1;
    }
    gap(ka, kb, i, a1, j, b1, out, depth);
  }
  out.push(...tail.reverse());
}

function gap(ka: string[], kb: string[], a0: number, a1: number, b0: number, b1: number, out: Step[], depth: number): void {
  if (a0 === a1) for (let n = b0; n < b1; n++) out.push({ op: '+', j: n });
  else if (b0 === b1) for (let n = a0; n < a1; n++) out.push({ op: '-', i: n });
  else diffRange(ka, kb, a0, a1, b0, b1, out, depth + 1);
}

/** Keys found exactly once on each side, as position pairs, keeping the longest run in the same order. */
function uniqueAnchors(ka: string[], kb: string[], a0: number, a1: number, b0: number, b1: number): Array<[number, number]> {
  const seen = new Map<string, { a: number; b: number; i: number; j: number }>();
  for (let i = a0; i < a1; i++) {
    const entry = seen.get(ka[i]!) ?? { a: 0, b: 0, i, j: -1 };
    entry.a += 1;
    seen.set(ka[i]!, entry);
  }
  for (let j = b0; j < b1; j++) {
    const entry = seen.get(kb[j]!);
    if (!entry) continue;
    entry.b += 1;
    entry.j = j;
  }
  const pairs = [...seen.values()].filter((e) => e.a === 1 && e.b === 1).map((e): [number, number] => [e.i, e.j]).sort((x, y) => x[0] - y[0]);
  return longestIncreasing(pairs);
}

/** The longest subsequence of pairs whose second positions increase (patience sorting, n log n). */
function longestIncreasing(pairs: Array<[number, number]>): Array<[number, number]> {
  const tops: number[] = []; // index into pairs of the last pair of the best run of each length
  const previous = new Array<number>(pairs.length).fill(-1);
  pairs.forEach(([, j], index) => {
    let lo = 0;
    let hi = tops.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (pairs[tops[mid]!]![1] < j) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) previous[index] = tops[lo - 1]!;
    tops[lo] = index;
  });
  const out: Array<[number, number]> = [];
  for (let k = tops.length ? tops[tops.length - 1]! : -1; k >= 0; k = previous[k]!) out.unshift(pairs[k]!);
  return out;
}
