import { describe, expect, it } from 'vitest';
import { diffWords, similarity, tokenize } from './words.ts';

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
