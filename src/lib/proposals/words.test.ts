import { describe, expect, it } from 'vitest';
import { diffWords, similarity, tokenize, Vocabulary, WorkBudget, wordsSimilarity } from './words.ts';

describe('diffWords', () => {
  it('marks a replaced word as a deletion followed by an insertion', () => {
    expect(diffWords('dues of 10 euros', 'dues of 12 euros')).toEqual([
      { op: 'equal', text: 'dues of ' },
      { op: 'delete', text: '10' },
      { op: 'insert', text: '12' },
      { op: 'equal', text: ' euros' },
    ]);
  });
  it('folds a short equal stretch between two changes into one replacement', () => {
    const parts = diffWords('live or work near', 'live, work or study near');
    expect(parts.filter((p) => p.op !== 'equal')).toHaveLength(2);
    expect(parts.map((p) => (p.op === 'insert' ? '' : p.text)).join('')).toBe('live or work near');
    expect(parts.map((p) => (p.op === 'delete' ? '' : p.text)).join('')).toBe('live, work or study near');
  });
  it('keeps a longer equal stretch between small changes', () => {
    expect(diffWords('a big red house', 'a big blue house').filter((p) => p.op === 'equal').map((p) => p.text)).toEqual(['a big ', ' house']);
  });
  it('compares Japanese by word although it has no spaces', () => {
    expect(tokenize('私たちは海岸を再生します', 'ja').length).toBeGreaterThan(3);
    const parts = diffWords('私たちは海岸を再生します', '私たちは地域の海岸を再生します', 'ja');
    expect(parts.filter((p) => p.op === 'insert').map((p) => p.text).join('')).toBe('地域の');
    expect(parts.some((p) => p.op === 'delete')).toBe(false);
  });
});

describe('similarity', () => {
  it('is 1 for the same words, 0 for none in common', () => {
    expect(similarity('the tide', 'the tide')).toBe(1);
    expect(similarity('sand dunes', 'water sampling')).toBe(0);
    expect(similarity('one two three four', 'one two three five')).toBe(0.75);
  });
});

describe('bounded comparisons', () => {
  it('shows two long, unrelated texts as one replacement once the word diff would cost too much', () => {
    const a = Array.from({ length: 4000 }, (_, i) => `a${i}`).join(' ');
    const b = Array.from({ length: 4000 }, (_, i) => `b${i}`).join(' ');
    expect(diffWords(a, b)).toEqual([{ op: 'delete', text: a }, { op: 'insert', text: b }]);
  });

  it('shows a block whole when the amendment has spent its word-diff budget', () => {
    const budget = new WorkBudget(0);
    const before = 'Shared opening words: one two three four five six seven eight nine ten eleven twelve';
    const after = 'Shared opening words: uno dos tres cuatro cinco seis siete ocho nueve diez once doce';
    expect(diffWords(before, after, 'en', budget)).toEqual([{ op: 'delete', text: before }, { op: 'insert', text: after }]);
    expect(diffWords(before, after, 'en', new WorkBudget(1_000_000))[0]).toEqual({ op: 'equal', text: 'Shared opening words: ' });
    // A small edit still fits in the few edits every diff may look for.
    expect(diffWords('dues of 10 euros', 'dues of 12 euros', 'en', budget).filter((p) => p.op !== 'equal')).toHaveLength(2);
  });

  it('answers 0 below a threshold it was given, and the exact value above it', () => {
    const v = new Vocabulary();
    const x = v.words('one two three four five six seven eight nine ten');
    const y = v.words('one two three four five six seven eight nine eleven');
    const z = v.words('alpha beta gamma delta one');
    expect(wordsSimilarity(x, y, 0.8)).toBe(0.9);
    expect(wordsSimilarity(x, z, 0.3)).toBe(0);
    expect(wordsSimilarity(x, z)).toBeCloseTo(2 / 15);
  });
});
