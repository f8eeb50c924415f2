import { diffArrays } from 'diff';
import { lcsLength } from './lcs.ts';

/**
 * Word-level comparison of two pieces of prose. Words come from the language's own word breaker
 * (Intl.Segmenter), so Japanese, which has no spaces, is compared by word too, not by sentence.
 *
 * Every comparison here is bounded. A word diff costs time in proportion to the words times the edits,
 * so two long, thoroughly different texts would take minutes; past a fixed budget of work the change is
 * shown whole (all of the old text deleted, all of the new inserted), which is what it is anyway.
 */

export type WordOp = 'equal' | 'insert' | 'delete';
export interface WordPart {
  op: WordOp;
  text: string;
}

const segmenters = new Map<string, Intl.Segmenter>();

function segmenterFor(lang: string): Intl.Segmenter {
  let segmenter = segmenters.get(lang);
  if (!segmenter) {
    segmenter = new Intl.Segmenter(lang, { granularity: 'word' });
    segmenters.set(lang, segmenter);
  }
  return segmenter;
}

export function tokenize(text: string, lang = 'en'): string[] {
  return Array.from(segmenterFor(lang).segment(text), (s) => s.segment);
}

const isBlank = (s: string) => /^\s*$/.test(s);

/** How many words a text has, by the language's own word breaker (punctuation and spaces are not words). */
export function countWords(text: string, lang = 'en'): number {
  let n = 0;
  for (const s of segmenterFor(lang).segment(text)) if (s.isWordLike) n += 1;
  return n;
}

/**
 * Steps of work one word diff may take: (old words + new words) × edits. About a tenth of a second; a diff
 * between two 3,000-word paragraphs that share half their words fits, two unrelated ones do not.
 */
export const WORD_DIFF_BUDGET = 3_000_000;

/** The largest number of edits worth looking for between lists of these lengths, within a budget of steps. */
export const editLimit = (a: number, b: number, budget: number) => Math.max(16, Math.floor(budget / Math.max(1, a + b)));

/**
 * Work one amendment may do, shared by all its comparisons: each takes what it used, and once it is spent
 * the rest fall back to coarser answers (a block shown whole rather than word by word).
 */
export class WorkBudget {
  left: number;
  constructor(steps: number) {
    this.left = steps;
  }
  spend(steps: number): void {
    this.left = Math.max(0, this.left - steps);
  }
}

/**
 * The parts of the new text, in reading order, with each deletion placed before the insertion that
 * replaces it. `budget` is shared with the other comparisons of one amendment.
 */
export function diffWords(oldText: string, newText: string, lang = 'en', budget?: WorkBudget): WordPart[] {
  const a = tokenize(oldText, lang);
  const b = tokenize(newText, lang);
  const allowance = Math.min(WORD_DIFF_BUDGET, budget?.left ?? Infinity);
  const changes = diffArrays(a, b, { maxEditLength: editLimit(a.length, b.length, allowance) });
  budget?.spend((a.length + b.length) * (changes ? changes.filter((c) => c.added || c.removed).reduce((n, c) => n + c.count, 0) : allowance));
  if (!changes) {
    // Too different to compare word by word within the budget: the whole block was replaced.
    return [...(oldText ? [{ op: 'delete' as const, text: oldText }] : []), ...(newText ? [{ op: 'insert' as const, text: newText }] : [])];
  }
  // Runs of changes become one deletion and one insertion; a short equal stretch between two runs
  // (a space, an "or") is folded into them when it is no longer than the changes on either side, so
  // "live or work" → "live, work or study" reads as one replacement, not three interleaved ones.
  type Item = { op: 'equal'; text: string } | { op: 'change'; del: string; ins: string };
  let items: Item[] = [];
  for (const c of changes) {
    const text = c.value.join('');
    const last = items[items.length - 1];
    if (!c.added && !c.removed) items.push({ op: 'equal', text });
    else if (last?.op === 'change') {
      if (c.added) last.ins += text;
      else last.del += text;
    } else items.push(c.added ? { op: 'change', del: '', ins: text } : { op: 'change', del: text, ins: '' });
  }
  const size = (i: Item | undefined) => (i?.op === 'change' ? Math.max(i.del.length, i.ins.length) : 0);
  for (let folded = true; folded; ) {
    folded = false;
    const next: Item[] = [];
    for (let i = 0; i < items.length; i++) {
      const item = items[i]!;
      const prev = next[next.length - 1];
      const after = items[i + 1];
      if (item.op === 'equal' && prev?.op === 'change' && after?.op === 'change' && item.text.length <= Math.min(size(prev), size(after))) {
        prev.del += item.text + after.del;
        prev.ins += item.text + after.ins;
        i += 1;
        folded = true;
        continue;
      }
      next.push(item.op === 'change' ? { ...item } : item);
    }
    items = next;
  }
  const out: WordPart[] = [];
  for (const item of items) {
    if (item.op === 'equal') {
      if (item.text) out.push({ op: 'equal', text: item.text });
      continue;
    }
    if (item.del) out.push({ op: 'delete', text: item.del });
    if (item.ins) out.push({ op: 'insert', text: item.ins });
  }
  return out;
}

/**
 * A block's words for comparing: each word as a number (the same word, the same number, within one
 * vocabulary), in order and sorted. Spaces and punctuation runs between words are left out.
 */
export interface Words {
  ids: Int32Array;
  sorted: Int32Array;
}

/** Numbers words, so that comparisons handle integers instead of strings. One per amendment. */
export class Vocabulary {
  private readonly numbers = new Map<string, number>();
  readonly lang: string;
  constructor(lang = 'en') {
    this.lang = lang;
  }

  words(text: string): Words {
    const ids = Int32Array.from(tokenize(text, this.lang).filter((w) => !isBlank(w)), (w) => {
      let n = this.numbers.get(w);
      if (n === undefined) this.numbers.set(w, (n = this.numbers.size));
      return n;
    });
    return { ids, sorted: ids.slice().sort() };
  }
}

/** How much two texts share, from 0 (nothing) to 1 (the same words): Dice's coefficient over word tokens. */
export function similarity(oldText: string, newText: string, lang = 'en'): number {
  const vocabulary = new Vocabulary(lang);
  return wordsSimilarity(vocabulary.words(oldText), vocabulary.words(newText));
}

/** Past this many cells (words × words ÷ 32) two blocks are compared as bags of words, not in order. */
const LCS_CELL_BUDGET = 4_000_000;

/**
 * similarity() on words already numbered. With `atLeast`, any result below it may come back as 0, which
 * lets a search through many candidates rule most of them out in a few steps.
 */
export function wordsSimilarity(a: Words, b: Words, atLeast = 0): number {
  const total = a.ids.length + b.ids.length;
  if (total === 0) return 1;
  if (atLeast > 0 && (2 * Math.min(a.ids.length, b.ids.length)) / total < atLeast) return 0;
  // Dice over the words as a bag bounds Dice over their order from above.
  const bag = (2 * sharedCount(a.sorted, b.sorted)) / total;
  if (bag < atLeast || (a.ids.length * b.ids.length) / 32 > LCS_CELL_BUDGET) return bag < atLeast ? 0 : bag;
  return (2 * lcsLength(a.ids, b.ids)) / total;
}

/** How many words two sorted lists share, counting repeats (the size of the multiset intersection). */
function sharedCount(a: Int32Array, b: Int32Array): number {
  let i = 0;
  let j = 0;
  let shared = 0;
  while (i < a.length && j < b.length) {
    if (a[i]! < b[j]!) i++;
    else if (a[i]! > b[j]!) j++;
    else {
      shared++;
      i++;
      j++;
    }
  }
  return shared;
}

/** Does the text contain any change at all? */
export const hasChanges = (parts: WordPart[]) => parts.some((p) => p.op !== 'equal');
