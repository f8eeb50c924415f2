import path from 'node:path';
import type { PollEntry, PollResult, PollState, Snapshot } from '../../schemas/index.ts';
import { readSite } from '../content/load.ts';
import { contentRoot } from '../content/paths.ts';
import type { ContentProblem } from '../errors.ts';
import { git, hasCommit, isGitRepository, showFile } from '../git/git.ts';
import { currentTime } from '../now.ts';
import { readPollResults, readPolls, readPollStates } from '../polls/read-polls.ts';
import { readSnapshot } from '../sync/read-snapshot.ts';
import { decidingPolls, pollStatusByProposal } from './polls.ts';
import { summarizeProposals, type PollFacts, type ProposalSummary } from './list.ts';
import type { DecidingPoll } from './history.ts';

/**
 * The edge where proposals meet the disk: the snapshot, the poll files and git. The site and
 * `npm run proposals` both load through here, so they always agree.
 */

export interface PollFiles {
  polls: PollEntry[];
  results: PollResult[];
  states: PollState[];
  problems: ContentProblem[];
}

export function readPollFiles(root = contentRoot()): PollFiles {
  const p = readPolls(root);
  const r = readPollResults(root);
  const s = readPollStates(root);
  return { polls: p.polls, results: r.results, states: s.states, problems: [...p.problems, ...r.problems, ...s.problems] };
}

export function pollFactsByProposal(files: PollFiles): Map<number, PollFacts> {
  const out = new Map<number, PollFacts>();
  for (const [n, status] of pollStatusByProposal(files.polls, files.results, files.states)) {
    const entry = files.polls.find((p) => p.id === status.id);
    const result = files.results.find((r) => r.id === status.id) ?? null;
    const state = files.states.find((s) => s.id === status.id) ?? null;
    out.set(n, { status, title: entry?.data.title ?? status.id, result, state, discussion: result?.rules.discussion ?? entry?.data.discussion ?? null });
  }
  return out;
}

export function decidingPollsFrom(files: PollFiles): Map<number, DecidingPoll> {
  return decidingPolls(files.polls, files.results, files.states);
}

/** `snapshot` and `polls` let the site pass the copies it already read; scripts leave them out and read them here. */
export function loadProposals(options: { root?: string; now?: Date; snapshot?: Snapshot; polls?: PollFiles } = {}): { proposals: ProposalSummary[]; problems: ContentProblem[] } {
  const root = options.root ?? contentRoot();
  const site = readSite(root);
  const snapshot = options.snapshot ?? readSnapshot(root);
  const polls = options.polls ?? readPollFiles(root);
  return { proposals: summarizeProposals(snapshot.pullRequests, site, pollFactsByProposal(polls), options.now ?? currentTime(process.env, root)), problems: polls.problems };
}

/** One changed file of a proposal, with its text on both sides. */
export interface ChangedFile {
  file: string;
  /** content/<lang>/<kind>/… tells the language and the kind of page; other files have neither. */
  lang: string | null;
  kind: string | null;
  slug: string | null;
  before: string | null;
  after: string | null;
}

export type ProposalChanges =
  | { available: true; files: ChangedFile[] }
  /** The commits are not in this clone: the page says how to fetch them instead of failing the build. */
  | { available: false; missing: string[]; fetch: string };

const PAGE = /^content\/([a-z]{2,3}(?:-[a-z0-9]{2,8})*)\/(documents|handbook|blog)\/(.+)\.mdx?$/;

export function describeFile(file: string): Pick<ChangedFile, 'lang' | 'kind' | 'slug'> {
  const m = PAGE.exec(file);
  if (!m) return { lang: null, kind: null, slug: null };
  const rest = m[3]!;
  const slug = m[2] === 'handbook' ? rest.replace(/(^|\/)index$/, '') : path.posix.basename(rest);
  return { lang: m[1]!, kind: m[2]!, slug };
}

/**
 * What a proposal changes, from git: its head against its base, so the page is right even when
 * the GitHub snapshot is older than the branch. Only content files are amendments; the rest is listed.
 */
export function proposalChanges(p: Pick<ProposalSummary, 'number' | 'headSha' | 'baseSha' | 'files'>, cwd = process.cwd()): ProposalChanges {
  const fetch = `git fetch origin pull/${p.number}/head`;
  if (!isGitRepository(cwd)) return { available: false, missing: [p.headSha], fetch };
  const missing = [p.headSha, p.baseSha].filter((sha): sha is string => !sha || !hasCommit(sha, cwd));
  if (!p.baseSha || missing.length > 0) return { available: false, missing: missing.length ? missing : ['(base unknown)'], fetch };
  const names = git(['diff', '--name-only', '--no-renames', p.baseSha, p.headSha], cwd).split('\n').map((l) => l.trim()).filter(Boolean);
  return {
    available: true,
    files: names.map((file) => ({ file, ...describeFile(file), before: showFile(p.baseSha!, file, cwd), after: showFile(p.headSha, file, cwd) })),
  };
}
