import { diffArrays } from 'diff';
import { describe, expect, it } from 'vitest';
import { diffRuns, PLAIN_DIFF_EDITS, type Run } from './block-diff.ts';

const id = (s: string) => s;
const flat = (runs: Run<string>[]) => runs.map((r) => ('equal' in r ? `=${r.equal.join('')}` : `-${r.removed.join('')}+${r.added.join('')}`));

describe('diffRuns', () => {
  it('is the plain diff for ordinary changes', () => {
    const a = 'abcdefgh'.split('');
    const b = 'abXdefYh'.split('');
    expect(flat(diffRuns(a, b, id))).toEqual(['=ab', '-c+X', '=def', '-g+Y', '=h']);
    // The same answer as a Myers diff of the keys.
    const plain = diffArrays(a, b).map((c) => `${c.added ? '+' : c.removed ? '-' : '='}${c.value.join('')}`);
    expect(plain).toEqual(['=ab', '-c', '+X', '=def', '-g', '+Y', '=h']);
  });

  it('anchors on blocks found once on each side when the versions differ too much for a plain diff', () => {
    // Headings kept, every paragraph under them replaced: more edits than a plain diff may look for.
    const sections = PLAIN_DIFF_EDITS;
    const a = Array.from({ length: sections }, (_, i) => [`# ${i}`, `old ${i}`]).flat();
    const b = Array.from({ length: sections }, (_, i) => [`# ${i}`, `new ${i}`]).flat();
    const runs = diffRuns(a, b, id);
    expect(runs).toHaveLength(2 * sections);
    expect(runs.filter((r) => 'equal' in r).map((r) => (r as { equal: string[] }).equal)).toEqual(a.filter((x) => x.startsWith('#')).map((h) => [h]));
    expect(runs[1]).toEqual({ removed: ['old 0'], added: ['new 0'] });
  });

  it('keeps only anchors in the same order, and shows the rest as one hunk when nothing anchors', () => {
    const many = (p: string) => Array.from({ length: PLAIN_DIFF_EDITS + 10 }, (_, i) => `${p}${i}`);
    const a = ['A', ...many('x'), 'B', 'C'];
    const b = ['C', ...many('y'), 'A', 'B'];
    const runs = diffRuns(a, b, id);
    // A and B stay in order (the longest run of unique blocks); C moved, so it leaves and comes back.
    expect(runs.filter((r) => 'equal' in r).flatMap((r) => (r as { equal: string[] }).equal)).toEqual(['A', 'B']);
    const removed = runs.flatMap((r) => ('removed' in r ? r.removed : []));
    const added = runs.flatMap((r) => ('added' in r ? r.added : []));
    expect(removed.sort()).toEqual([...many('x'), 'C'].sort());
    expect(added.sort()).toEqual([...many('y'), 'C'].sort());
  });
});
