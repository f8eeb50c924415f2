import type { History } from './history.ts';
import { isSkipped } from './meaningful.ts';

/**
 * Is a translation behind its source? The rule (Lunaria's, used for Astro's docs): outdated when the
 * source had a meaningful change after the translation's last meaningful change. A translator marks a
 * translation up to date by updating it, or, when the original's change needs nothing in the translation,
 * by naming the original's commit they reviewed in the translation's frontmatter (`translationOf: "3f2a9c1"`):
 * changes up to that commit are then followed, later ones still count. The field names a commit, not a
 * date or a yes/no, so it cannot drift: the next change to the original makes the translation outdated again.
 */

export interface CommitRef {
  sha: string;
  /** Committer date, UTC ISO 8601. */
  date: string;
  subject: string;
  authorName: string;
}

export interface Staleness {
  state: 'current' | 'outdated';
  /** The translation's last meaningful change; undefined while the translation is not committed yet. */
  translatedIn?: CommitRef;
  /** The source's meaningful changes since then, newest first; empty when current. */
  changes: CommitRef[];
  /** The original's commit the translator reviewed the translation against (frontmatter `translationOf`). */
  reviewedAt?: CommitRef;
  /** `translationOf` names no commit in the history: why it was not used. */
  reviewProblem?: string;
}

const ref = (c: CommitRef): CommitRef => ({ sha: c.sha, date: c.date, subject: c.subject, authorName: c.authorName });

/**
 * Walk both files' commits together, newest first, and stop at the translation's last meaningful change:
 * only source commits after it are ever judged, so a page translated recently costs one or two file reads.
 * A commit that touches both files and changes the translation's text counts as the translation catching up.
 */
export function decideStaleness(history: History, sourceFile: string, translationFile: string, translationOf?: string): Staleness {
  const found = decideByText(history, sourceFile, translationFile);
  if (!translationOf || found.changes.length === 0) return found;
  const reviewed = history.commits.find((c) => c.sha.startsWith(translationOf.toLowerCase()));
  if (!reviewed) {
    return { ...found, reviewProblem: `translationOf: ${translationOf} is not a commit of the content's history; copy the original's latest commit from its history on GitHub` };
  }
  // Changes up to the reviewed commit are followed; only later ones still count.
  const reviewedTime = Date.parse(reviewed.date);
  const changes = found.changes.filter((c) => Date.parse(c.date) > reviewedTime);
  return { ...found, state: changes.length ? 'outdated' : 'current', changes, reviewedAt: ref(reviewed) };
}

function decideByText(history: History, sourceFile: string, translationFile: string): Staleness {
  const merged = newestFirst(history, history.touching(sourceFile), history.touching(translationFile));
  const changes: CommitRef[] = [];
  for (const index of merged) {
    const commit = history.commits[index]!;
    if (commit.files.includes(translationFile) && history.changedText(index, translationFile)) {
      return { state: changes.length ? 'outdated' : 'current', translatedIn: ref(commit), changes };
    }
    if (commit.files.includes(sourceFile) && history.changedText(index, sourceFile)) changes.push(ref(commit));
  }
  const own = history.touching(translationFile);
  // No committed version of the translation: it is being written from the source as it is now.
  if (own.length === 0) return { state: 'current', changes: [] };
  // Every commit of the translation was skipped (it arrived in an `i18n: skip` commit): it dates from its creation.
  const created = own[own.length - 1]!;
  const createdAt = Date.parse(history.commits[created]!.date);
  const since = changes.filter((c) => Date.parse(c.date) > createdAt);
  return { state: since.length ? 'outdated' : 'current', translatedIn: ref(history.commits[created]!), changes: since };
}

/**
 * The (commit, file) judgements `decideStaleness` will most likely ask for, so they can be read in one
 * batch: source changes newer than the translation's latest commit, and that commit itself. Only when
 * that commit turns out not to count does the walk go further back and read one by one.
 */
export function plannedJudgements(history: History, sourceFile: string, translationFile: string): [number, string][] {
  const planned: [number, string][] = [];
  for (const index of newestFirst(history, history.touching(sourceFile), history.touching(translationFile))) {
    const commit = history.commits[index]!;
    if (commit.files.includes(translationFile)) {
      planned.push([index, translationFile]);
      if (!isSkipped(commit)) break;
    }
    if (commit.files.includes(sourceFile)) planned.push([index, sourceFile]);
  }
  return planned;
}

/**
 * Both files' commits by committer date, newest first. `git log` lists by date too but does not promise
 * it when dates are skewed (rebased or back-dated commits), and "changed after" is a statement about time.
 * Equal dates keep git's order, so a commit touching both files is seen once.
 */
function newestFirst(history: History, a: readonly number[], b: readonly number[]): number[] {
  const time = (i: number) => Date.parse(history.commits[i]!.date);
  return [...new Set([...a, ...b])].sort((x, y) => time(y) - time(x) || x - y);
}
