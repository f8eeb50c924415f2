import fs from 'node:fs';
import path from 'node:path';
import { flagValue, hasFlag, progress, runCli } from '../src/lib/cli/run.ts';
import { readRoster, readSite } from '../src/lib/content/load.ts';
import { repoRelative } from '../src/lib/content/paths.ts';
import { ChapterhouseError, ContentError } from '../src/lib/errors.ts';
import { createGitHubClient } from '../src/lib/github/client.ts';
import { githubConfigFromEnv, hasGitHubToken } from '../src/lib/github/config.ts';
import { explainGitHubError } from '../src/lib/github/github-errors.ts';
import { prettyJson } from '../src/lib/polls/digest.ts';
import { proposalGate, STATUS_CONTEXT } from '../src/lib/polls/gate.ts';
import { addComment, fetchDiscussion, pullRequestHead, setCommitStatus, updateComment } from '../src/lib/polls/github/poll-github.ts';
import { readPollStates, readPolls, readRawResults, resultFile } from '../src/lib/polls/read-polls.ts';
import { rulesOf } from '../src/lib/polls/rules.ts';
import { pollPageUrl, SUMMARY_MARKER, summaryComment } from '../src/lib/polls/summary.ts';
import { countPoll, jsonSummary, keepFrozen } from '../src/lib/polls/tally.ts';
import { verifyResult } from '../src/lib/polls/verify.ts';
import { botKey } from '../src/lib/polls/eligibility.ts';
import { readSnapshot } from '../src/lib/sync/read-snapshot.ts';
import { pollResultSchema, type PollEntry, type PollResult, type PollState } from '../src/schemas/index.ts';

/**
 * `npm run tally [-- --json] [--verify] [--dry-run] [--now ISO]`
 * Counts every poll from the snapshot and writes content/polls/results/<id>.json. A closed poll's
 * result, once frozen, is never rewritten. With GITHUB_TOKEN it also keeps one summary comment per
 * poll discussion and sets the `chapterhouse/poll` status on each proposal's head commit.
 */
runCli(async (args) => {
  if (hasFlag(args, '--verify')) return verify();
  const dryRun = hasFlag(args, '--dry-run');
  const json = hasFlag(args, '--json');
  const now = new Date(flagValue(args, '--now') ?? Date.now());
  const site = readSite();
  const { members, problems: rosterProblems } = readRoster();
  const { polls, problems } = readPolls();
  const { states, problems: stateProblems } = readPollStates();
  if (rosterProblems.length || problems.length || stateProblems.length) throw new ContentError([...rosterProblems, ...problems, ...stateProblems]);
  const snapshot = readSnapshot();
  const committed = readRawResults();
  const stateById = new Map(states.map((s) => [s.id, s]));

  const counted: { poll: PollEntry; result: PollResult; state?: PollState }[] = [];
  for (const poll of polls) {
    const state = stateById.get(poll.id);
    // Once open, a poll is counted by the rules frozen at opening; the content check keeps the file in line.
    const rules = state?.rules ?? rulesOf(poll.data, site.polls);
    const discussion = rules.discussion === null ? undefined : snapshot.discussions.find((d) => d.number === rules.discussion);
    const fresh = countPoll({ id: poll.id, rules, discussion, roster: members, bot: site.polls.bot, now, syncedAt: snapshot.state.syncedAt });
    const previous = pollResultSchema.safeParse(committed.get(poll.id)?.raw);
    const result = keepFrozen(previous.success ? previous.data : undefined, fresh.result);
    if (result === fresh.result) for (const n of fresh.notices) progress(`${poll.id}: ${n.message}${n.url ? ` (${n.url})` : ''}`);
    counted.push({ poll, result, state });

    if (result.phase === 'upcoming' || rules.discussion === null) continue;
    if (!discussion && !result.frozen) {
      progress(`${poll.id}: discussion #${rules.discussion} is not in the snapshot yet; run "npm run sync" (no result written)`);
      continue;
    }
    if (result.phase === 'closed' && !result.frozen) progress(`${poll.id}: closed, but the snapshot predates the closing time; run "npm run sync" so the result can become final`);
    const file = resultFile(poll.id);
    const text = prettyJson(result);
    const before = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : null;
    if (before === text) continue;
    if (dryRun) progress(`${poll.id}: [dry run] would write ${repoRelative(file)}`);
    else {
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(file, text);
      progress(`${poll.id}: wrote ${repoRelative(file)} (${result.tally.outcome}${result.frozen ? ', final' : ''})`);
    }
  }

  if (hasGitHubToken()) await publish(counted, dryRun, site);
  else progress('GITHUB_TOKEN is not set: summary comments and commit statuses are left as they are.');

  if (json) process.stdout.write(`${JSON.stringify({ polls: counted.map((c) => jsonSummary(c.result)) }, null, 2)}\n`);
  return 0;
});

async function publish(counted: { poll: PollEntry; result: PollResult; state?: PollState }[], dryRun: boolean, site: ReturnType<typeof readSite>) {
  const config = githubConfigFromEnv(process.env, site.repository);
  const client = createGitHubClient(config);
  const tag = dryRun ? '[dry run] would ' : '';
  try {
    for (const { poll, result, state } of counted) {
      if (result.phase === 'upcoming') continue;
      const number = result.rules.discussion;
      if (number !== null) {
        const live = await fetchDiscussion(client, number);
        if (!live) throw new ChapterhouseError('tally-no-discussion', `${poll.file}: discussion #${number} was not found`, 'check "discussion:" in the poll file');
        const body = summaryComment(poll.data, result, site.defaultLanguage, pollPageUrl(site.url, site.defaultLanguage, poll.id));
        const mine = live.comments.find((c) => c.body.includes(SUMMARY_MARKER) && c.author && botKey(c.author) === botKey(site.polls.bot));
        if (!mine) {
          progress(`${poll.id}: ${tag}post the summary comment in #${number}`);
          if (!dryRun) await addComment(client, live.id, body);
        } else if (mine.body.trim() !== body.trim()) {
          progress(`${poll.id}: ${tag}update the summary comment ${mine.url}`);
          if (!dryRun) await updateComment(client, mine.id, body);
        }
      }
      if (poll.data.proposal === undefined) continue;
      const liveHead = await pullRequestHead(client, poll.data.proposal);
      if (!liveHead) {
        progress(`${poll.id}: pull request #${poll.data.proposal} was not found; no status set`);
        continue;
      }
      const gate = proposalGate(result, state, liveHead);
      progress(`${poll.id}: ${tag}set ${STATUS_CONTEXT} = ${gate.state} on #${poll.data.proposal} (${gate.sha.slice(0, 7)}): ${gate.description}`);
      if (!dryRun) await setCommitStatus(client, gate.sha, { state: gate.state, description: gate.description, context: STATUS_CONTEXT, targetUrl: pollPageUrl(site.url, site.defaultLanguage, poll.id) });
    }
  } catch (e) {
    throw explainGitHubError(e, config);
  }
}

/** Recount every closed poll from its committed result file; exit 1 on any mismatch. */
function verify(): number {
  const { states } = readPollStates();
  const stateById = new Map(states.map((s) => [s.id, s]));
  const problems: string[] = [];
  let checked = 0;
  for (const [id, { file, raw }] of readRawResults()) {
    const phase = (raw as { phase?: unknown } | null)?.phase;
    if (phase !== 'closed' && raw !== null) continue;
    checked += 1;
    problems.push(...(raw === null ? [`${file}: not valid JSON; restore it from git history`] : verifyResult(raw, file, stateById.get(id))));
  }
  for (const p of problems) progress(`✖ ${p}`);
  if (problems.length) {
    progress(`\n${problems.length} problem${problems.length === 1 ? '' : 's'} in committed results. A result is recounted from the data stored in it; restore the file from git history, or delete it and run "npm run tally" after "npm run sync".`);
    return 1;
  }
  progress(`✔ ${checked} closed poll result${checked === 1 ? '' : 's'} recounted: every figure matches its stored data.`);
  return 0;
}
