import { diffRuns } from './block-diff.ts';
import { parseDocument, type Block, type ParsedDocument } from './blocks.ts';
import { findMoves, type Hunk } from './moves.ts';
import { pairBlocks } from './pair-blocks.ts';
import { diffWords, hasChanges, Vocabulary, WorkBudget, type WordPart, type Words } from './words.ts';

/**
 * An amendment: what a change does to a document's text, block by block. Blocks are compared first
 * (so a new paragraph is one insertion, not a hundred inserted words), then words inside the blocks
 * that changed. A block that left one place and appeared in another is a move, not a deletion plus
 * an insertion. Frontmatter and whitespace are not the text: changing only them is "no change".
 *
 * Each step is bounded (block-diff.ts, moves.ts, pair-blocks.ts, words.ts), so the time grows about
 * linearly with the document, and a change too large to show word by word is shown block by block.
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

/**
 * Work one amendment may do, per kind of comparison, in steps of about a microsecond (a word diff's steps
 * are smaller): a few seconds at most however long or thoroughly rewritten the document, while ordinary
 * proposals use a tiny part. Pairing blocks within a hunk matters most to a reader, so the search for
 * moved blocks cannot eat into it. `npm run bench:amendments` measures documents up to 128,000 words.
 */
export const BUDGETS = { pairing: 2_000_000, moves: 100_000, wordDiffs: 40_000_000 } as const;

const key = (b: Block) => `${b.kind}\u0000${b.depth}\u0000${b.ordered ? 1 : 0}\u0000${b.quoted ? 1 : 0}\u0000${b.markup}`;

function wordParts(old: Block, now: Block, lang: string, budget: WorkBudget): WordPart[][] {
  if (now.kind === 'row' && old.cells && now.cells) {
    const n = Math.max(old.cells.length, now.cells.length);
    return Array.from({ length: n }, (_, i) => diffWords(old.cells![i] ?? '', now.cells![i] ?? '', lang, budget));
  }
  return [diffWords(old.text, now.text, lang, budget)];
}

/** The budgets one comparison spends; tests pass their own to see how much work a change took. */
export interface AmendmentWork {
  pairing: WorkBudget;
  moves: WorkBudget;
  wordDiffs: WorkBudget;
}

export const freshWork = (): AmendmentWork => ({
  pairing: new WorkBudget(BUDGETS.pairing),
  moves: new WorkBudget(BUDGETS.moves),
  wordDiffs: new WorkBudget(BUDGETS.wordDiffs),
});

export function compareTexts(oldSource: string | null, newSource: string | null, lang = 'en', work: AmendmentWork = freshWork()): Amendment {
  const before = parseDocument(oldSource ?? '');
  const after = parseDocument(newSource ?? '');
  const vocabulary = new Vocabulary(lang);
  const numbered = new Map<Block, Words>();
  const words = (b: Block) => numbered.get(b) ?? numbered.set(b, vocabulary.words(b.text)).get(b)!;
  const { pairing, wordDiffs: wordBudget } = work;

  const runs = diffRuns(before.blocks, after.blocks, key);
  const hunks = runs.filter((r): r is Hunk => !('equal' in r));
  const moveOf = findMoves(hunks, key, words, work.moves);

  const blocks: AmendedBlock[] = [];
  for (const run of runs) {
    if ('equal' in run) {
      for (const block of run.equal) blocks.push({ op: 'equal', block });
      continue;
    }
    const removed = run.removed.filter((b) => !moveOf.has(b));
    const added = run.added.filter((b) => !moveOf.has(b));
    for (const b of run.removed) if (moveOf.has(b)) blocks.push({ op: 'moved-away', block: b, move: moveOf.get(b)!.move });
    for (const step of pairBlocks(removed, added, words, pairing)) {
      if (step.old && step.block) {
        const parts = wordParts(step.old, step.block, lang, wordBudget);
        blocks.push({ op: 'changed', block: step.block, old: step.old, parts, formatOnly: !parts.some(hasChanges) });
      } else if (step.old) {
        blocks.push({ op: 'deleted', block: step.old });
      } else if (step.block) {
        blocks.push({ op: 'inserted', block: step.block });
      }
    }
    for (const b of run.added) {
      const m = moveOf.get(b);
      if (m) blocks.push({ op: 'moved', block: b, old: m.partner, parts: wordParts(m.partner, b, lang, wordBudget), move: m.move });
    }
  }

  const counts = { inserted: 0, deleted: 0, changed: 0, moved: moveOf.size / 2 };
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
