import fs from 'node:fs';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { pollResultSchema, type Discussion, type PollEntry, type PollResult, type PollState, type Site } from '../../schemas/index.ts';
import { readSite } from '../content/load.ts';
import { contentRoot, repoRelative } from '../content/paths.ts';
import { ChapterhouseError, ContentError } from '../errors.ts';
import { createGitHubClient, type GitHubClient, type GitHubClientOptions } from '../github/client.ts';
import { githubConfigFromEnv, hasGitHubToken, type GitHubConfig } from '../github/config.ts';
import { explainGitHubError } from '../github/github-errors.ts';
import { currentTime } from '../now.ts';
import { readSnapshot } from '../sync/read-snapshot.ts';
import { pollChoices } from './choices.ts';
import { digestOf, prettyJson } from './digest.ts';
import { botKey } from './eligibility.ts';
import { governingPolls, proposalGate, STATUS_CONTEXT } from './gate.ts';
import { addComment, fetchDiscussion, pullRequestHead, setCommitStatus, updateComment, type LiveComment } from './github/poll-github.ts';
import { Journal, PollFailure } from './journal.ts';
import { readPollStates, readPolls, readRawResults, resultFile } from './read-polls.ts';
import { pollPageUrl, readWitness, SUMMARY_MARKER, summaryComment } from './summary.ts';
import { summaryVoteLines, votingLanguages } from './voting-words.ts';
import { sayFrom } from '../../i18n/ui-strings.ts';
import { countPoll, jsonSummary, provisional, tallyFromInput } from './tally.ts';

/**
 * `npm run tally`: count every opened poll from the snapshot and its frozen state, write
 * content/polls/results/<id>.json, and with a token keep each poll's summary comment (the witness) and its
 * proposal's `chapterhouse/poll` status current.
 *
 * A count becomes final only when a sync that started after closing was counted, and only after the summary
 * comment on GitHub says so with the count's digest: the witness is published first, then the file. A final
 * result is never rewritten, and one the witness does not vouch for is refused, not republished.
 * One poll with a problem stops only itself; the others are counted, and the run ends with a failure.
 */

export interface TallyOptions {
  root?: string;
  env?: Record<string, string | undefined>;
  now?: Date;
  /** Write nothing, neither files nor GitHub; say what would be done. */
  dryRun?: boolean;
  /**
   * The proposal gate's run (`--gate`): set `chapterhouse/poll` only, from the committed results; write no file
   * and no comment. A count it makes itself is never final (only the deploy job's count, committed, is).
   */
  gateOnly?: boolean;
  /** Post the summary comment of this poll again after a maintainer checked its state (`--rewitness <id>`). */
  rewitness?: string;
  client?: GitHubClientOptions;
  progress?: (message: string) => void;
}

export interface TallySummary {
  polls: ReturnType<typeof jsonSummary>[];
  /** One line per poll that could not be counted or published: file, what happened, what to do. */
  failures: string[];
}

interface Counted {
  poll: PollEntry;
  state?: PollState;
  /** The result written (or kept); undefined before the poll has one. */
  result?: PollResult;
  /** A count that is final by the clock and the snapshot, waiting for its witness. */
  finalCandidate?: PollResult;
  failed?: string;
}

interface Run {
  root: string;
  site: Site;
  now: Date;
  dryRun: boolean;
  gateOnly: boolean;
  rewitness?: string;
  progress: (m: string) => void;
  github: { client: GitHubClient; config: GitHubConfig } | null;
  journal: Journal;
}

export async function runTally(options: TallyOptions = {}): Promise<TallySummary> {
  const root = options.root ?? contentRoot();
  const env = options.env ?? process.env;
  const progress = options.progress ?? (() => {});
  const site = readSite(root);
  const { polls, problems } = readPolls(root);
  const { states, problems: stateProblems } = readPollStates(root);
  if (problems.length || stateProblems.length) throw new ContentError([...problems, ...stateProblems]);
  const snapshot = readSnapshot(root);
  const committed = readRawResults(root);
  const stateById = new Map(states.map((s) => [s.id, s]));
  const token = hasGitHubToken(env);
  const config = token ? githubConfigFromEnv(env, site.repository) : null;
  const run: Run = {
    root, site, now: options.now ?? currentTime(env, root), dryRun: options.dryRun ?? false, gateOnly: options.gateOnly ?? false, rewitness: options.rewitness, progress,
    github: config ? { client: createGitHubClient(config, options.client), config } : null, journal: new Journal(),
  };
  if (!token) progress('GITHUB_TOKEN is not set: summary comments and commit statuses are left as they are, and no count is made final (a final count is published on GitHub first).');
  if (run.rewitness && !stateById.has(run.rewitness)) throw new ChapterhouseError('bad-flag', `--rewitness "${run.rewitness}": no poll with that id has opened`, 'give the id of an opened poll (the name of its file in content/polls/state/)');

  const counted: Counted[] = [];
  try {
    for (const poll of [...polls].sort((a, b) => a.id.localeCompare(b.id))) {
      const entry: Counted = { poll, state: stateById.get(poll.id) };
      counted.push(entry);
      try {
        await countOne(run, entry, committed.get(poll.id), snapshot.discussions, snapshot.state.syncedAt);
      } catch (e) {
        if (!(e instanceof PollFailure)) throw e;
        entry.failed = e.formatted;
        progress(`${poll.id}: ✖ ${e.message}`);
      }
    }
    if (run.github) await setStatuses(run, counted);
  } catch (e) {
    if (!run.github) throw e;
    const failedSoFar = counted.filter((c) => c.failed).length;
    throw explainGitHubError(e, run.github.config, `Done before the failure: ${run.journal.sentence()}${failedSoFar ? `; ${failedSoFar} poll(s) had failed already` : ''}. Run "npm run tally" again: it picks up where this stopped.`);
  }
  return {
    polls: counted.flatMap((c) => (c.result ? [jsonSummary(c.result)] : [])),
    failures: counted.flatMap((c) => (c.failed ? [c.failed] : [])),
  };
}

async function countOne(run: Run, entry: Counted, raw: { file: string; raw: unknown } | undefined, discussions: readonly Discussion[], syncedAt: string | null) {
  const { poll, state } = entry;
  const { progress, now } = run;
  if (!state) {
    if (Date.parse(poll.data.opens) <= now.getTime() && now.getTime() < Date.parse(poll.data.closes)) progress(`${poll.id}: due but not opened yet; run "npm run polls:open" (nothing counted)`);
    return;
  }
  const file = repoRelative(resultFile(poll.id, run.root));
  const previous = committedResult(state, raw, file);
  entry.result = previous;
  const number = state.frozen.rules.discussion!;
  const discussion = discussions.find((d) => d.number === number);

  let fresh: PollResult | undefined;
  if (!previous?.frozen) {
    if (!discussion) {
      progress(`${poll.id}: discussion #${number} is not in the snapshot yet; run "npm run sync" (nothing counted)`);
    } else if (discussion.deletedAt) {
      throw new PollFailure(file, `the poll's discussion #${number} was deleted on GitHub (noticed by the sync at ${discussion.deletedAt}) before its count was final, so its votes are gone; nothing was written. The maintainers must decide what to do (usually: run the vote again as a new poll)`);
    } else {
      const count = countPoll({ state, discussion, now, syncedAt });
      for (const n of count.notices) progress(`${poll.id}: ${n.message}${n.url ? ` (${n.url})` : ''}`);
      fresh = count.final ? provisional(count.result) : count.result;
      if (count.final) entry.finalCandidate = count.result;
      if (count.result.phase === 'closed' && !count.final) progress(`${poll.id}: closed, but the snapshot predates the closing time; run "npm run sync" so the count can become final`);
    }
  }

  if (run.github && !run.dryRun) {
    await publish(run, entry, fresh);
  } else if (entry.finalCandidate) {
    progress(`${poll.id}: the count after closing is ready; it becomes final once a run with GITHUB_TOKEN publishes it in the summary comment`);
  }
  if (fresh && !entry.result?.frozen) entry.result = fresh;
  if (run.gateOnly || !entry.result || entry.result === previous) return;
  write(run, poll, file, entry.result);
}

/** The committed result, if any, after checking it belongs to this frozen state and (when final) was not edited. */
function committedResult(state: PollState, raw: { file: string; raw: unknown } | undefined, file: string): PollResult | undefined {
  if (!raw) return undefined;
  const restore = `restore it from git history (git log -p -- ${file})`;
  if (raw.raw === null) throw new PollFailure(file, `not valid JSON; ${restore} — the tally does not overwrite a result it cannot read, since it may be final`);
  const parsed = pollResultSchema.safeParse(raw.raw);
  if (!parsed.success) {
    // A result in the format before frozen electorates: counted again under the new rules, unless it was final.
    const old = raw.raw as { frozen?: unknown; format?: unknown };
    if (old.format === undefined && old.frozen !== true) return undefined;
    throw new PollFailure(file, `not a result the tally writes (${parsed.error.issues[0]?.message ?? 'unknown shape'}); ${restore}`);
  }
  const result = parsed.data;
  if (result.input.frozenDigest !== state.frozenDigest) {
    throw new PollFailure(file, `was counted under frozen state ${result.input.frozenDigest.slice(0, 19)}, but the poll opened with ${state.frozenDigest.slice(0, 19)}: one of the two files was edited; ${restore}`, 'input.frozenDigest');
  }
  if (result.frozen) {
    const consistent = digestOf(result.input) === result.inputDigest && isDeepStrictEqual(tallyFromInput(state, result.input, 'closed'), result.tally)
      && result.phase === 'closed' && result.syncedAt !== null && Date.parse(result.syncedAt) >= Date.parse(state.frozen.rules.closes);
    if (!consistent) throw new PollFailure(file, `says it is final but does not add up (its figures, digest or sync time were edited); a final result is never rewritten: ${restore}`, 'frozen');
  }
  return result;
}

function write(run: Run, poll: PollEntry, file: string, result: PollResult) {
  const abs = resultFile(poll.id, run.root);
  const text = prettyJson(result);
  if (fs.existsSync(abs) && fs.readFileSync(abs, 'utf8') === text) return;
  if (run.dryRun) {
    run.progress(`${poll.id}: [dry run] would write ${file}`);
    return;
  }
  fs.mkdirSync(path.dirname(abs), { recursive: true });
  fs.writeFileSync(abs, text);
  run.journal.add(`wrote ${file}`);
  run.progress(`${poll.id}: wrote ${file} (${result.tally.outcome}${result.frozen ? ', final' : ''})`);
}

/**
 * The summary comment: the count members read on GitHub, and the witness of the frozen digest and (once
 * final) the final count's digest. Checked before anything is changed; a final count is published here
 * before its file is written.
 */
async function publish(run: Run, entry: Counted, fresh: PollResult | undefined) {
  const { poll, state } = entry;
  const { site, progress, github } = run;
  if (!state || !github) return;
  const file = repoRelative(resultFile(poll.id, run.root));
  const number = state.frozen.rules.discussion!;
  const repo = `${github.config.owner}/${github.config.name}`;
  const live = await fetchDiscussion(github.client, number);
  if (!live) throw new PollFailure(file, `the poll's discussion #${number} (frozen when it opened) does not exist in ${repo} any more: it was deleted on GitHub, so its votes are gone; nothing was published`);
  const bot = botKey(site.polls.bot);
  const mine = live.comments.find((c) => c.body.includes(SUMMARY_MARKER) && c.author !== null && botKey(c.author) === bot);
  const committedFinal = entry.result?.frozen ? entry.result : undefined;
  const page = pollPageUrl(site.url, site.defaultLanguage, poll.id);

  if (!mine) {
    if (run.rewitness !== poll.id || run.gateOnly) {
      throw new PollFailure(file, `there is no summary comment by ${site.polls.bot} in discussion #${number}, so nothing on GitHub witnesses this poll's frozen state (polls:open posts it when the poll opens; it was deleted, or content/polls/state/${poll.id}.json was not written by polls:open). Nothing was published: compare the state file with its history (git log -p), then run "npm run tally -- --rewitness ${poll.id}"`);
    }
  } else {
    checkWitness(mine, state, committedFinal, entry.finalCandidate, file, number, bot);
  }
  if (run.gateOnly) return;

  // A final count is published here first, and only then written as final.
  const result = committedFinal ?? entry.finalCandidate ?? fresh;
  if (!result) return;
  const body = summaryComment(poll.data, result, site.defaultLanguage, page, pollChoices(poll.data, state.frozen.suggestions), summaryVoteLines(votingLanguages(site, sayFrom(run.root)), (l) => pollPageUrl(site.url, l, poll.id)));
  if (!mine) {
    await addComment(github.client, live.id, body);
    run.journal.add(`posted the summary comment of ${poll.id}`);
    progress(`${poll.id}: posted the summary comment in #${number} again (--rewitness)`);
  } else if (!committedFinal && mine.body.trim() !== body.trim()) {
    // A final comment is never edited again: its edit history on GitHub is part of the record.
    await updateComment(github.client, mine.id, body);
    run.journal.add(`updated the summary comment of ${poll.id}`);
    progress(`${poll.id}: updated the summary comment ${mine.url}${result.frozen ? ' (final)' : ''}`);
  }
  if (entry.finalCandidate && !committedFinal) entry.result = entry.finalCandidate;
}

/** Refuse to go on when GitHub's witness and the repository disagree: one of them was tampered with. */
function checkWitness(mine: LiveComment, state: PollState, committedFinal: PollResult | undefined, candidate: PollResult | undefined, file: string, number: number, bot: string) {
  const witness = readWitness(mine.body);
  const stateFile = `content/polls/state/${state.id}.json`;
  if (mine.editor && botKey(mine.editor) !== bot) {
    throw new PollFailure(file, `the summary comment in #${number} (${mine.url}) was last edited by @${mine.editor}, not the bot, so it no longer witnesses anything; nothing was published. Check its edit history on GitHub and the poll's files against git history`);
  }
  if (!witness) return; // a summary comment from before witnesses: the next update adds one
  if (witness.frozenDigest !== state.frozenDigest) {
    throw new PollFailure(stateFile, `its digest ${state.frozenDigest.slice(0, 19)} is not the one the summary comment in #${number} witnesses (${witness.frozenDigest.slice(0, 19)}): this state is not the one polls:open froze; nothing was published. Restore it from git history (git log -p -- ${stateFile})`, 'frozenDigest');
  }
  if (witness.final) {
    const held = committedFinal ?? candidate;
    if (!held || held.inputDigest !== witness.inputDigest) {
      throw new PollFailure(file, `the summary comment in #${number} witnesses a final count with digest ${witness.inputDigest.slice(0, 19)}, but ${committedFinal ? `the committed result has ${committedFinal.inputDigest.slice(0, 19)}` : candidate ? `the count now gives ${candidate.inputDigest.slice(0, 19)} (votes changed after the final count was published)` : 'there is no final result for it'}; nothing was changed. Restore the result from git history (git log -p -- ${file})`, 'inputDigest');
    }
  } else if (committedFinal) {
    throw new PollFailure(file, `says it is final, but the summary comment in #${number} does not witness a final count: the file was not written by the tally; nothing was published. Restore it from git history (git log -p -- ${file})`, 'frozen');
  }
}

/** `chapterhouse/poll` on each proposal's head, from the poll that decides it. */
async function setStatuses(run: Run, counted: Counted[]) {
  const { github, progress, dryRun } = run;
  if (!github) return;
  const tag = dryRun ? '[dry run] would ' : '';
  const states = new Map(counted.flatMap((c) => (c.state ? [[c.poll.id, c.state] as const] : [])));
  const byId = new Map(counted.map((c) => [c.poll.id, c]));
  const repo = `${github.config.owner}/${github.config.name}`;
  for (const [number, poll] of governingPolls(counted.map((c) => c.poll), states)) {
    const entry = byId.get(poll.id)!;
    const head = await pullRequestHead(github.client, number);
    if (!head) {
      const message = `pull request #${number} does not exist in ${repo}: ${entry.state ? 'it was frozen when the poll opened, so no status can be set' : `fix "proposal:" in ${poll.file}`}`;
      entry.failed ??= PollFailure.at(poll, 'proposal', message).formatted;
      progress(`${poll.id}: ✖ ${message}`);
      continue;
    }
    const gate = entry.failed
      ? { state: 'failure' as const, sha: head, description: 'Not passed: the poll\'s record has a problem (see the tally\'s log, or run npm run tally -- --verify)' }
      : proposalGate({ poll: poll.data, state: entry.state, result: entry.result, head, now: run.now });
    progress(`${poll.id}: ${tag}set ${STATUS_CONTEXT} = ${gate.state} on #${number} (${gate.sha.slice(0, 7)}): ${gate.description}`);
    if (dryRun) continue;
    await setCommitStatus(github.client, gate.sha, { state: gate.state, description: gate.description, context: STATUS_CONTEXT, targetUrl: pollPageUrl(run.site.url, run.site.defaultLanguage, poll.id) });
    run.journal.add(`set ${STATUS_CONTEXT} on #${number}`);
  }
}

/** What the script prints when some polls failed; it then exits non-zero. */
export function tallyFailureReport(summary: TallySummary): ChapterhouseError {
  const n = summary.failures.length;
  return new ChapterhouseError(
    'tally-failed',
    `${n} poll${n === 1 ? '' : 's'} could not be counted or published (every other poll was):\n${summary.failures.map((f) => `  ${f}`).join('\n')}`,
    'fix what each line names, then run "npm run tally" again',
  );
}
