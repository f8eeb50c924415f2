import { describe, expect, it } from 'vitest';
import type { Block } from './blocks.ts';
import { pairBlocks } from './pair-blocks.ts';
import { Vocabulary, WorkBudget } from './words.ts';

const paragraph = (text: string): Block => ({ kind: 'paragraph', text, markup: text, depth: 0 });
const vocabulary = new Vocabulary('en');
const words = (b: Block) => vocabulary.words(b.text);
const shape = (steps: ReturnType<typeof pairBlocks>) => steps.map((s) => (s.old && s.block ? 'pair' : s.old ? 'deleted' : 'inserted'));

/** Sentences that share nothing with each other. */
const sentence = (i: number) => Array.from({ length: 8 }, (_, k) => `w${i}x${k}`).join(' ');

describe('pairBlocks', () => {
  it('pairs edited blocks with their old selves in a large hunk, past the exact alignment', () => {
    const n = 300;
    const removed = Array.from({ length: n }, (_, i) => paragraph(sentence(i)));
    // Every paragraph reworded a little, and a brand-new one in the middle.
    const added = removed.map((b, i) => paragraph(`${b.text} again ${i}`));
    added.splice(150, 0, paragraph('An entirely new paragraph about something else.'));
    const steps = pairBlocks(removed, added, words, new WorkBudget(2_000_000));
    expect(shape(steps).filter((s) => s === 'pair')).toHaveLength(n);
    expect(shape(steps).filter((s) => s === 'inserted')).toHaveLength(1);
    expect(steps.filter((s) => s.old && s.block).every((s) => s.block!.text.startsWith(s.old!.text))).toBe(true);
  });

  it('shows a hunk whole when the budget is spent', () => {
    const removed = Array.from({ length: 300 }, (_, i) => paragraph(sentence(i)));
    const added = removed.map((b) => paragraph(`${b.text} again`));
    const steps = pairBlocks(removed, added, words, new WorkBudget(10));
    expect(shape(steps)).toEqual([...removed.map(() => 'deleted'), ...added.map(() => 'inserted')]);
  });

  it('never pairs blocks of different kinds', () => {
    const heading: Block = { kind: 'heading', text: 'Same words', markup: '## Same words', depth: 2 };
    expect(shape(pairBlocks([heading, paragraph('x y z')], [paragraph('Same words'), paragraph('x y z w')], words, new WorkBudget(1000)))).toEqual(['deleted', 'inserted', 'pair']);
  });
});
