import { diffArrays } from 'diff';

/**
 * Word-level comparison of two pieces of prose. Words come from the language's own word breaker
 * (Intl.Segmenter), so Japanese, which has no spaces, is compared by word too, not by sentence.
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

/** The parts of the new text, in reading order, with each deletion placed before the insertion that replaces it. */
export function diffWords(oldText: string, newText: string, lang = 'en'): WordPart[] {
  const changes = diffArrays(tokenize(oldText, lang), tokenize(newText, lang));
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

/** How much two texts share, from 0 (nothing) to 1 (the same words): Dice's coefficient over word tokens. */
export function similarity(oldText: string, newText: string, lang = 'en'): number {
  const words = (t: string) => tokenize(t, lang).filter((w) => !isBlank(w));
  const a = words(oldText);
  const b = words(newText);
  if (a.length + b.length === 0) return 1;
  let common = 0;
  for (const c of diffArrays(a, b)) if (!c.added && !c.removed) common += c.count;
  return (2 * common) / (a.length + b.length);
}

/** Does the text contain any change at all? */
export const hasChanges = (parts: WordPart[]) => parts.some((p) => p.op !== 'equal');
