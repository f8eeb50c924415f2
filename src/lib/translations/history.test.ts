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

describe('indexHistory with what git says each commit added', () => {
  const withAdded = (c: CommitWithFiles, added: string[]): CommitWithFiles => ({ ...c, added });

  it('judges a commit that added the file as changing its text without reading it', () => {
    const reads: string[] = [];
    const h = indexHistory([commit('c2', 'c1'), withAdded(commit('c1', null), [FILE])], (sha, file) => {
      reads.push(`${sha}:${file}`);
      return texts[sha] ?? null;
    }, (pairs) => {
      reads.push(...pairs.map(([sha, file]) => `${sha}:${file}`));
      return new Map(pairs.map(([sha, file]) => [`${sha}:${file}`, texts[sha] ?? null]));
    });
    h.prefetch([[1, FILE]]);
    expect(h.changedText(1, FILE)).toBe(true);
    expect(reads).toEqual([]);
    expect(h.verdicts()).toEqual(new Map([[verdictKey('c1', FILE, true), true]]));
  });

  it('still reads the first commit touching a file when git did not say it added it', () => {
    const reads: string[] = [];
    // The oldest commit listing the file removed it (its addition came in a merge the log does not list).
    const h = indexHistory([commit('c2', 'c1'), withAdded(commit('c1', 'c0'), [])], (sha, file) => {
      reads.push(`${sha}:${file}`);
      return null;
    });
    expect(h.changedText(1, FILE)).toBe(false);
    expect(reads).toEqual([`c1:${FILE}`]);
  });
});
