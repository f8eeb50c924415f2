import { diffArrays } from 'diff';
import { parseDocument, type Block, type ParsedDocument } from './blocks.ts';
import { diffWords, hasChanges, similarity, type WordPart } from './words.ts';

/**
 * An amendment: what a change does to a document's text, block by block. Blocks are compared first
 * (so a new paragraph is one insertion, not a hundred inserted words), then words inside the blocks
 * that changed. A block that left one place and appeared in another is a move, not a deletion plus
 * an insertion. Frontmatter and whitespace are not the text: changing only them is "no change".
 */

export type AmendedBlock =
  | { op: 'equal'; block: Block }
  | { op: 'inserted'; block: Block }
  | { op: 'deleted'; block: Block }
  /** `parts` holds one word diff per cell for table rows, one for everything else. */
  | { op: 'changed'; block: Block; old: Block; parts: WordPart[][]; formatOnly: boolean }
  /** Where a moved block now stands; `parts` shows any edits made while moving it. */
  | { op: 'moved'; block: Block; old: Block; parts: WordPart[][]; move: number }
  /** Where a moved block used to stand. */
  | { op: 'moved-away'; block: Block; move: number };

/** A changed frontmatter field (title, summary, dates): shown beside the amendment, never as part of the text. */
export interface DetailChange {
  key: string;
  before: string | null;
  after: string | null;
  parts: WordPart[];
}

export interface Amendment {
  /** false when the text is the same: only frontmatter, whitespace or nothing changed. */
  changed: boolean;
  frontmatterChanged: boolean;
  details: DetailChange[];
  blocks: AmendedBlock[];
  counts: { inserted: number; deleted: number; changed: number; moved: number };
}

/** Paired blocks below this similarity read better as a deletion and an insertion. */
const PAIR_SIMILARITY = 0.3;
/** A block found elsewhere this similar (and long enough to be recognizable) was moved and touched up. */
const MOVE_SIMILARITY = 0.8;
const MOVE_MIN_WORDS = 6;

const key = (b: Block) => `${b.kind}\u0000${b.depth}\u0000${b.ordered ? 1 : 0}\u0000${b.quoted ? 1 : 0}\u0000${b.markup}`;
const wordCount = (b: Block) => b.text.split(' ').filter(Boolean).length;

function wordParts(old: Block, now: Block, lang: string): WordPart[][] {
  if (now.kind === 'row' && old.cells && now.cells) {
    const n = Math.max(old.cells.length, now.cells.length);
    return Array.from({ length: n }, (_, i) => diffWords(old.cells![i] ?? '', now.cells![i] ?? '', lang));
  }
  return [diffWords(old.text, now.text, lang)];
}

interface Hunk {
  removed: Block[];
  added: Block[];
}

export function compareTexts(oldSource: string | null, newSource: string | null, lang = 'en'): Amendment {
  const before = parseDocument(oldSource ?? '');
  const after = parseDocument(newSource ?? '');
  const changes = diffArrays(before.blocks, after.blocks, { comparator: (a, b) => key(a) === key(b) });

  // Group the block diff into equal runs and hunks of removed/added blocks.
  const runs: Array<{ equal: Block[] } | Hunk> = [];
  for (const c of changes) {
    if (!c.added && !c.removed) {
      runs.push({ equal: c.value });
      continue;
    }
    let hunk = runs[runs.length - 1];
    if (!hunk || 'equal' in hunk) runs.push((hunk = { removed: [], added: [] }));
    if (c.removed) hunk.removed.push(...c.value);
    else hunk.added.push(...c.value);
  }
  const hunks = runs.filter((r): r is Hunk => !('equal' in r));

  // Moves: a removed block that reappears in another hunk, exactly or nearly.
  const moveOf = new Map<Block, { partner: Block; move: number }>();
  let moves = 0;
  for (const exact of [true, false]) {
    for (const h of hunks) {
      for (const r of h.removed) {
        if (moveOf.has(r) || r.kind === 'break' || (!exact && wordCount(r) < MOVE_MIN_WORDS)) continue;
        for (const other of hunks) {
          if (other === h) continue;
          const a = other.added.find((b) => !moveOf.has(b) && b.kind === r.kind && (exact ? key(b) === key(r) : similarity(r.text, b.text, lang) >= MOVE_SIMILARITY));
          if (a) {
            moves += 1;
            moveOf.set(r, { partner: a, move: moves });
            moveOf.set(a, { partner: r, move: moves });
            break;
          }
        }
      }
    }
  }

  const blocks: AmendedBlock[] = [];
  for (const run of runs) {
    if ('equal' in run) {
      for (const block of run.equal) blocks.push({ op: 'equal', block });
      continue;
    }
    const removed = run.removed.filter((b) => !moveOf.has(b));
    const added = run.added.filter((b) => !moveOf.has(b));
    for (const b of run.removed) if (moveOf.has(b)) blocks.push({ op: 'moved-away', block: b, move: moveOf.get(b)!.move });
    for (const step of alignHunk(removed, added, lang)) {
      if (step.old && step.block) {
        const parts = wordParts(step.old, step.block, lang);
        blocks.push({ op: 'changed', block: step.block, old: step.old, parts, formatOnly: !parts.some(hasChanges) });
      } else if (step.old) {
        blocks.push({ op: 'deleted', block: step.old });
      } else if (step.block) {
        blocks.push({ op: 'inserted', block: step.block });
      }
    }
    for (const b of run.added) {
      const m = moveOf.get(b);
      if (m) blocks.push({ op: 'moved', block: b, old: m.partner, parts: wordParts(m.partner, b, lang), move: m.move });
    }
  }

  const counts = { inserted: 0, deleted: 0, changed: 0, moved: moves };
  for (const b of blocks) {
    if (b.op === 'inserted') counts.inserted += 1;
    else if (b.op === 'deleted') counts.deleted += 1;
    else if (b.op === 'changed') counts.changed += 1;
  }
  const frontmatterChanged = before.frontmatter !== after.frontmatter;
  return {
    changed: blocks.some((b) => b.op !== 'equal'),
    frontmatterChanged,
    details: frontmatterChanged ? detailChanges(before, after, lang) : [],
    blocks,
    counts,
  };
}

/**
 * Pair removed with added blocks of the same kind, keeping their order and preferring the most
 * similar pairs (a small sequence alignment); what stays unpaired was deleted or inserted.
 */
function alignHunk(removed: Block[], added: Block[], lang: string): Array<{ old?: Block; block?: Block }> {
  const n = removed.length;
  const m = added.length;
  const sim = (i: number, j: number) => {
    const a = removed[i]!;
    const b = added[j]!;
    if (a.kind !== b.kind) return -1;
    // One block replaced by one block of the same kind is an edit in place, however thorough.
    if (n === 1 && m === 1) return 1;
    const s = similarity(a.text, b.text, lang);
    return s >= PAIR_SIMILARITY ? s : -1;
  };
  const score: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      const s = sim(i, j);
      score[i]![j] = Math.max(score[i + 1]![j]!, score[i]![j + 1]!, s >= 0 ? s + score[i + 1]![j + 1]! : -Infinity);
    }
  }
  const steps: Array<{ old?: Block; block?: Block }> = [];
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

function fields(source: string, data: Record<string, unknown> | null): Record<string, string> {
  if (!source.trim()) return {};
  // Malformed frontmatter in a proposal is still shown, as the text it is.
  if (!data) return { frontmatter: source.trim() };
  return Object.fromEntries(Object.entries(data).map(([k, v]) => [k, typeof v === 'string' ? v : v instanceof Date ? v.toISOString().slice(0, 10) : JSON.stringify(v)]));
}

/** Field-by-field changes to the frontmatter, in the order the new file lists them (removed fields last). */
export function detailChanges(before: ParsedDocument, after: ParsedDocument, lang = 'en'): DetailChange[] {
  const a = fields(before.frontmatterSource, before.frontmatterData);
  const b = fields(after.frontmatterSource, after.frontmatterData);
  const keys = [...Object.keys(b), ...Object.keys(a).filter((k) => !(k in b))];
  return keys
    .filter((k) => a[k] !== b[k])
    .map((key) => ({ key, before: a[key] ?? null, after: b[key] ?? null, parts: diffWords(a[key] ?? '', b[key] ?? '', lang) }));
}
