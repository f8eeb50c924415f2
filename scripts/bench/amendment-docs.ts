import { Random } from '../../test/fake-github/random.ts';
import { paragraph, title, words } from './text.ts';

/**
 * Documents for `npm run bench:amendments`: a key document of about N words (sections with headings,
 * paragraphs, lists, a table) and two proposals against it. `edits` is a large but ordinary proposal:
 * one block in ten touched (words changed, paragraphs added and removed, a section moved). `rewrite`
 * rewords every paragraph: the proposal that took minutes when blocks were paired all against all.
 */
export type ProposalShape = 'edits' | 'rewrite';
export const PROPOSAL_SHAPES: readonly ProposalShape[] = ['edits', 'rewrite'];

export interface BenchDocument {
  words: number;
  before: string;
  after: Record<ProposalShape, string>;
}

const countWords = (text: string) => text.split(/\s+/).filter(Boolean).length;

/** Sections of Markdown blocks, about `target` words in all. */
function sections(rnd: Random, target: number): string[][] {
  const out: string[][] = [];
  let count = 0;
  while (count < target) {
    const section = [`## ${title(rnd, 'en')}`];
    for (let b = rnd.int(4, 9); b > 0; b--) {
      const roll = rnd.next();
      section.push(
        roll < 0.15 ? Array.from({ length: rnd.int(3, 6) }, () => `- ${words(rnd, 'en', rnd.int(4, 10))}`).join('\n')
          : roll < 0.2 ? ['| Item | Detail |', '| --- | --- |', ...Array.from({ length: rnd.int(2, 5) }, () => `| ${title(rnd, 'en', 2)} | ${words(rnd, 'en', rnd.int(3, 8))} |`)].join('\n')
            : paragraph(rnd, 'en'),
      );
    }
    count += countWords(section.join(' '));
    out.push(section);
  }
  return out;
}

/** Reword a paragraph the way an editor does: a few words replaced, one sentence added or dropped. */
function reword(rnd: Random, block: string): string {
  if (block.startsWith('#') || block.startsWith('|')) return block;
  const tokens = block.split(' ');
  for (let n = Math.max(1, Math.round(tokens.length / 12)); n > 0; n--) tokens[rnd.int(0, tokens.length - 1)] = words(rnd, 'en', 1);
  const text = tokens.join(' ');
  return block.startsWith('- ') || rnd.next() < 0.5 ? text : `${text} ${paragraph(rnd, 'en', 1)}`;
}

export function benchDocument(target: number, seed = 14): BenchDocument {
  const rnd = new Random(seed + target);
  const original = sections(rnd, target);
  const before = `---\ntitle: Program\n---\n\n${original.map((s) => s.join('\n\n')).join('\n\n')}\n`;

  const edited = original.map((section) => section.flatMap((block, i): string[] => {
    if (i === 0) return [block];
    const roll = rnd.next();
    if (roll < 0.03) return [];
    if (roll < 0.08) return [reword(rnd, block)];
    if (roll < 0.1) return [block, paragraph(rnd, 'en')];
    return [block];
  }));
  // Move one section from the first third to the end.
  const [moved] = edited.splice(Math.floor(edited.length / 3), 1);
  if (moved) edited.push(moved);
  const rewritten = original.map((section) => section.map((block) => reword(rnd, block)));

  const text = (s: string[][]) => `---\ntitle: Program\n---\n\n${s.map((x) => x.join('\n\n')).join('\n\n')}\n`;
  return { words: countWords(before), before, after: { edits: text(edited), rewrite: text(rewritten) } };
}
