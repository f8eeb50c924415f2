import { describe, expect, it } from 'vitest';
import type { CommitWithFiles } from '../git/git.ts';
import { indexHistory } from './history.ts';
import { decideStaleness } from './staleness.ts';

/**
 * The walk over an in-memory history: which file versions it reads matters as much as its answer,
 * because a 1,000-page build cannot afford to diff every commit.
 */

const SRC = 'content/en/documents/a.mdx';
const TR = 'content/es/documents/a.mdx';

interface Step { sha: string; files: Record<string, string>; trailers?: Record<string, string[]>; date?: string }

/** Builds the newest-first log and the file versions from a list of steps, oldest first. */
function historyOf(steps: Step[]) {
  const versions = new Map<string, Map<string, string>>();
  const log: CommitWithFiles[] = [];
  let state = new Map<string, string>();
  steps.forEach((step, i) => {
    state = new Map(state);
    for (const [file, text] of Object.entries(step.files)) state.set(file, text);
    versions.set(step.sha, state);
    log.unshift({
      sha: step.sha, parents: i ? [steps[i - 1]!.sha] : [], date: step.date ?? new Date(Date.UTC(2024, 0, i + 1)).toISOString(),
      authorName: 'A', subject: `step ${step.sha}`, body: '', trailers: step.trailers ?? {}, files: Object.keys(step.files),
    });
  });
  const reads: string[] = [];
  const history = indexHistory(log, (sha, file) => {
    reads.push(`${sha}:${file}`);
    return versions.get(sha)?.get(file) ?? null;
  });
  return { history, reads };
}

describe('decideStaleness', () => {
  it('reads nothing for a translation created after the last change to its source', () => {
    const { history, reads } = historyOf([
      { sha: 's1', files: { [SRC]: 'one' } },
      { sha: 's2', files: { [SRC]: 'two' } },
      { sha: 't1', files: { [TR]: 'uno' } },
    ]);
    expect(decideStaleness(history, SRC, TR)).toMatchObject({ state: 'current', translatedIn: { sha: 't1' } });
    expect(reads).toEqual(['t1:' + TR]);
  });

  it('reads only the source commits after the translation, and each pair once across languages', () => {
    const other = 'content/ja/documents/a.mdx';
    const { history, reads } = historyOf([
      { sha: 's1', files: { [SRC]: 'one' } },
      { sha: 't1', files: { [TR]: 'uno', [other]: 'ichi' } },
      { sha: 's2', files: { [SRC]: 'two' } },
    ]);
    expect(decideStaleness(history, SRC, TR)).toMatchObject({ state: 'outdated', changes: [{ sha: 's2' }] });
    expect(decideStaleness(history, SRC, other)).toMatchObject({ state: 'outdated', changes: [{ sha: 's2' }] });
    // s2 and its parent t1: s1 predates both translations and is never read.
    expect(reads.filter((r) => r.endsWith(SRC)).sort()).toEqual([`s2:${SRC}`, `t1:${SRC}`]);
  });

  it('walks past translation commits that changed nothing readable', () => {
    const { history } = historyOf([
      { sha: 's1', files: { [SRC]: 'one' } },
      { sha: 't1', files: { [TR]: 'uno' } },
      { sha: 's2', files: { [SRC]: 'two' } },
      { sha: 't2', files: { [TR]: 'uno\n\n' } },
      { sha: 't3', files: { [TR]: 'dos' }, trailers: { i18n: ['skip'] } },
    ]);
    expect(decideStaleness(history, SRC, TR)).toMatchObject({ state: 'outdated', translatedIn: { sha: 't1' }, changes: [{ sha: 's2' }] });
  });

  it('dates a translation that only ever arrived in skipped commits from its creation', () => {
    const { history } = historyOf([
      { sha: 's1', files: { [SRC]: 'one' } },
      { sha: 't1', files: { [TR]: 'uno' }, trailers: { i18n: ['skip'] } },
      { sha: 's2', files: { [SRC]: 'two' } },
    ]);
    expect(decideStaleness(history, SRC, TR)).toMatchObject({ state: 'outdated', translatedIn: { sha: 't1' }, changes: [{ sha: 's2' }] });
  });

  it('treats a translation with no commits yet as written from the current original', () => {
    const { history } = historyOf([{ sha: 's1', files: { [SRC]: 'one' } }]);
    expect(decideStaleness(history, SRC, TR)).toEqual({ state: 'current', changes: [] });
  });

  it('goes by commit dates when git lists a back-dated commit out of order', () => {
    const { history } = historyOf([
      { sha: 's1', files: { [SRC]: 'one' }, date: '2024-01-01T00:00:00.000Z' },
      { sha: 't1', files: { [TR]: 'uno' }, date: '2024-01-10T00:00:00.000Z' },
      // Committed last but dated before the translation: the translation already saw it.
      { sha: 's2', files: { [SRC]: 'two' }, date: '2024-01-05T00:00:00.000Z' },
    ]);
    expect(decideStaleness(history, SRC, TR)).toMatchObject({ state: 'current', translatedIn: { sha: 't1' } });
  });
});
