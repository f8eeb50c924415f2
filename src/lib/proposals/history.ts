import type { LocalizedText } from '../../schemas/index.ts';
import { PROPOSAL_TRAILER } from '../../schemas/proposal.ts';
import { isShallow, logWithFiles, showFile, type Commit } from '../git/git.ts';
import { readVersions } from '../git/git-contents.ts';
import { compareTexts } from './amendment.ts';

/**
 * Each key document's history, read from the first-parent history of main: every commit that
 * reached main and changed the file is a version, and a merge commit is the moment an amendment was
 * adopted. This works for changes made before Chapterhouse too; they simply have no proposal or poll.
 */

/** The poll that decided a proposal, as the history shows it (from content/polls and its committed result). */
export interface DecidingPoll {
  id: string;
  title: LocalizedText;
  proposal: number;
  closes: string;
  outcome: string;
  winner: string | null;
  voters: number;
  eligible: number;
  quorumMet: boolean;
  options: Array<{ key: string; votes: number }>;
}

export interface DocumentVersion {
  sha: string;
  /** When the change reached main (committer date). */
  date: string;
  author: string;
  subject: string;
  proposal: number | null;
  poll: DecidingPoll | null;
  /** The file before this version (null when this version created it) and after it. */
  before: string | null;
  after: string;
  /** false when only frontmatter or whitespace changed: not an amendment, but still a version of the file. */
  textChanged: boolean;
}

export interface DocumentHistory {
  file: string;
  /** Newest first. */
  versions: DocumentVersion[];
  /** A shallow clone lacks older versions; pages say so instead of pretending the list is complete. */
  shallow: boolean;
}

/**
 * The proposal a commit carried out: GitHub's merge subject "Merge pull request #12 from …", a
 * squash merge's "Title (#12)", or a `Proposal: #12` trailer for changes applied by hand.
 */
export function proposalNumberOf(commit: Pick<Commit, 'subject' | 'trailers'>): number | null {
  const merge = /^Merge pull request #(\d+)\b/.exec(commit.subject);
  if (merge) return Number(merge[1]);
  const trailer = commit.trailers[PROPOSAL_TRAILER]?.map((v) => /^#?(\d+)\b/.exec(v.trim())).find(Boolean);
  if (trailer) return Number(trailer[1]);
  const squash = /\(#(\d+)\)\s*$/.exec(commit.subject);
  return squash ? Number(squash[1]) : null;
}

/** Pure: versions of one file from its first-parent commits (newest first) and a way to read the file at a commit. */
export function buildHistory(
  file: string,
  commits: readonly Commit[],
  read: (sha: string) => string | null,
  polls: ReadonlyMap<number, DecidingPoll>,
  lang = 'en',
): DocumentVersion[] {
  const versions: DocumentVersion[] = [];
  for (const commit of commits) {
    const after = read(commit.sha);
    // The commit deleted or moved the file away: the history of this path ends (or pauses) here.
    if (after === null) continue;
    const parent = commit.parents[0];
    const before = parent ? read(parent) : null;
    const proposal = proposalNumberOf(commit);
    versions.push({
      sha: commit.sha,
      date: commit.date,
      author: commit.authorName,
      subject: commit.subject,
      proposal,
      poll: proposal === null ? null : (polls.get(proposal) ?? null),
      before,
      after,
      textChanged: before === null || compareTexts(before, after, lang).changed,
    });
  }
  return versions;
}

/**
 * Versions that share their day (UTC) with another version of the same document: "Version of January 5"
 * twice tells a reader nothing, so their titles carry the time as well.
 */
export function versionsSharingADay(versions: readonly Pick<DocumentVersion, 'sha' | 'date'>[]): Set<string> {
  const day = (v: Pick<DocumentVersion, 'date'>) => new Date(v.date).toISOString().slice(0, 10);
  const perDay = new Map<string, number>();
  for (const v of versions) perDay.set(day(v), (perDay.get(day(v)) ?? 0) + 1);
  return new Set(versions.filter((v) => perDay.get(day(v))! > 1).map((v) => v.sha));
}

/** Histories of many files with one `git log` (one per file would be slow for a large handbook). */
export function readHistories(
  files: readonly string[],
  options: { cwd?: string; rev?: string; polls?: ReadonlyMap<number, DecidingPoll>; langOf?: (file: string) => string } = {},
): Map<string, DocumentHistory> {
  const out = new Map<string, DocumentHistory>();
  if (files.length === 0) return out;
  const cwd = options.cwd ?? process.cwd();
  const shallow = isShallow(cwd);
  const log = logWithFiles([...files], { cwd, firstParent: true, rev: options.rev });
  const commitsOf = new Map(files.map((file) => [file, log.filter((c) => c.files.includes(file))]));
  // Every version a history shows, and the one before each, read by one git process: a `git show` per
  // version costs milliseconds each, which for many documents with long histories adds up to minutes.
  const wanted = [...commitsOf].flatMap(([file, commits]) => commits.flatMap((c) => [c.sha, ...c.parents.slice(0, 1)].map((sha) => [sha, file] as const)));
  const batch = readVersions(wanted, cwd);
  for (const file of files) {
    const commits = commitsOf.get(file)!;
    const cache = new Map<string, string | null>();
    const read = (sha: string) => {
      const key = `${sha}:${file}`;
      if (batch.has(key)) return batch.get(key)!;
      if (!cache.has(sha)) cache.set(sha, showFile(sha, file, cwd));
      return cache.get(sha)!;
    };
    const versions = buildHistory(file, commits, read, options.polls ?? new Map(), options.langOf?.(file) ?? 'en');
    out.set(file, { file, versions, shallow });
  }
  return out;
}
