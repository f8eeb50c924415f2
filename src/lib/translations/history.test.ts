import { describe, expect, it } from 'vitest';
import type { CommitWithFiles } from '../git/git.ts';
import { indexHistory, verdictKey } from './history.ts';

const FILE = 'content/en/documents/a.mdx';
const commit = (sha: string, parent: string | null, subject = 'edit'): CommitWithFiles => ({
  sha, parents: parent ? [parent] : [], date: '2026-01-01T00:00:00Z', authorName: 'A', subject, body: '', trailers: {}, files: [FILE],
});
// Newest first, as git log lists them: c1 created the file, c2 changed only its spacing, c3 changed its text.
const log = [commit('c3', 'c2'), commit('c2', 'c1'), commit('c1', null)];
const texts: Record<string, string> = { c1: 'One sentence.\n', c2: 'One  sentence.\n', c3: 'Two sentences now.\n' };

function history(remembered?: ReadonlyMap<string, boolean>) {
  const reads: string[] = [];
  const h = indexHistory(log, (sha, file) => {
    reads.push(`${sha}:${file}`);
    return texts[sha] ?? null;
  }, (pairs) => {
    reads.push(...pairs.map(([sha, file]) => `${sha}:${file}`));
    return new Map(pairs.map(([sha, file]) => [`${sha}:${file}`, texts[sha] ?? null]));
  }, remembered);
  return { h, reads };
}

describe('indexHistory with verdicts remembered from an earlier build', () => {
  it('gives every verdict it judged, under the commit, the file and whether the commit created it', () => {
    const { h } = history();
    expect([h.changedText(0, FILE), h.changedText(1, FILE), h.changedText(2, FILE)]).toEqual([true, false, true]);
    expect(h.verdicts()).toEqual(new Map([[verdictKey('c3', FILE, false), true], [verdictKey('c2', FILE, false), false], [verdictKey('c1', FILE, true), true]]));
  });

  it('reads no file version for a verdict it remembers, and keeps it for the next build', () => {
    const earlier = history().h;
    earlier.changedText(0, FILE);
    earlier.changedText(1, FILE);
    const { h, reads } = history(earlier.verdicts());
    h.prefetch([[0, FILE], [1, FILE]]);
    expect([h.changedText(0, FILE), h.changedText(1, FILE)]).toEqual([true, false]);
    expect(reads).toEqual([]);
    expect(h.verdicts().size).toBe(2);
  });

  it('trusts what it is told: a remembered verdict wins over the text (so only the same code may remember)', () => {
    const { h, reads } = history(new Map([[verdictKey('c2', FILE, false), true]]));
    expect(h.changedText(1, FILE)).toBe(true);
    expect(reads).toEqual([]);
  });

  it('judges what it does not remember, reading it in one batch', () => {
    const { h, reads } = history(new Map([[verdictKey('c3', FILE, false), true]]));
    h.prefetch([[0, FILE], [1, FILE]]);
    expect(reads.sort()).toEqual([`c1:${FILE}`, `c2:${FILE}`]);
    expect(h.changedText(1, FILE)).toBe(false);
  });
});
