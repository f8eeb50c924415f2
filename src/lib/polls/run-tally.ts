import fs from 'node:fs';
import path from 'node:path';
import { pollResultSchema, type PollEntry, type PollResult, type PollState, type Site } from '../../schemas/index.ts';
import { readRoster, readSite } from '../content/load.ts';
import { contentRoot, repoRelative } from '../content/paths.ts';
import { ChapterhouseError, ContentError } from '../errors.ts';
import { createGitHubClient, type GitHubClientOptions } from '../github/client.ts';
import { githubConfigFromEnv, hasGitHubToken } from '../github/config.ts';
import { explainGitHubError } from '../github/github-errors.ts';
import { currentTime } from '../now.ts';
import { readSnapshot } from '../sync/read-snapshot.ts';
import { prettyJson } from './digest.ts';
import { botKey } from './eligibility.ts';
import { proposalGate, STATUS_CONTEXT } from './gate.ts';
import { addComment, fetchDiscussion, pullRequestHead, setCommitStatus, updateComment } from './github/poll-github.ts';
import { readPollStates, readPolls, readRawResults, resultFile } from './read-polls.ts';
import { rulesOf } from './rules.ts';
import { pollPageUrl, SUMMARY_MARKER, summaryComment } from './summary.ts';
import { countPoll, jsonSummary, keepFrozen } from './tally.ts';
import { verifyResult } from './verify.ts';

/**
 * `npm run tally`: count every poll from the snapshot, write content/polls/results/<id>.json (a frozen
 * result is never rewritten), and with a token keep the summary comments and commit statuses current.
 */

export interface TallyOptions {
  root?: string;
  env?: Record<string, string | undefined>;
  now?: Date;
  /** Write nothing, neither files nor GitHub; say what would be done. */
  dryRun?: boolean;
  client?: GitHubClientOptions;
  progress?: (message: string) => void;
}

/** `counted`: false when the poll's discussion is not in the snapshot yet, so its figures mean nothing. */
interface Counted { poll: PollEntry; result: PollResult; state?: PollState; counted: boolean }

export async function runTally(options: TallyOptions = {}) {
  const root = options.root ?? contentRoot();
  const env = options.env ?? process.env;
  const now = options.now ?? currentTime(env, root);
  const dryRun = options.dryRun ?? false;
  const progress = options.progress ?? (() => {});
  const site = readSite(root);
  const { members, problems: rosterProblems } = readRoster(root);
  const { polls, problems } = readPolls(root);
  const { states, problems: stateProblems } = readPollStates(root);
  if (rosterProblems.length || problems.length || stateProblems.length) throw new ContentError([...rosterProblems, ...problems, ...stateProblems]);
  const snapshot = readSnapshot(root);
  const committed = readRawResults(root);
  const stateById = new Map(states.map((s) => [s.id, s]));

  const counted: Counted[] = [];
  for (const poll of polls) {
    const state = stateById.get(poll.id);
    // Once open, a poll is counted by the rules frozen at opening; the content check keeps the file in line.
    const rules = state?.rules ?? rulesOf(poll.data, site.polls);
    const discussion = rules.discussion === null ? undefined : snapshot.discussions.find((d) => d.number === rules.discussion);
    const fresh = countPoll({ id: poll.id, rules, discussion, roster: members, bot: site.polls.bot, now, syncedAt: snapshot.state.syncedAt });
    const previous = pollResultSchema.safeParse(committed.get(poll.id)?.raw);
    const result = keepFrozen(previous.success ? previous.data : undefined, fresh.result);
    if (result === fresh.result) for (const n of fresh.notices) progress(`${poll.id}: ${n.message}${n.url ? ` (${n.url})` : ''}`);
    counted.push({ poll, result, state, counted: discussion !== undefined || result.frozen });

    if (result.phase === 'upcoming' || rules.discussion === null) continue;
    if (!discussion && !result.frozen) {
      progress(`${poll.id}: discussion #${rules.discussion} is not in the snapshot yet; run "npm run sync" (no result written)`);
      continue;
    }
    if (result.phase === 'closed' && !result.frozen) progress(`${poll.id}: closed, but the snapshot predates the closing time; run "npm run sync" so the result can become final`);
    const file = resultFile(poll.id, root);
    const text = prettyJson(result);
    if (fs.existsSync(file) && fs.readFileSync(file, 'utf8') === text) continue;
    if (dryRun) progress(`${poll.id}: [dry run] would write ${repoRelative(file)}`);
    else {
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(file, text);
      progress(`${poll.id}: wrote ${repoRelative(file)} (${result.tally.outcome}${result.frozen ? ', final' : ''})`);
    }
  }

  if (hasGitHubToken(env)) await publish(counted, { site, env, dryRun, progress, client: options.client });
  else progress('GITHUB_TOKEN is not set: summary comments and commit statuses are left as they are.');
  return { polls: counted.map((c) => jsonSummary(c.result)) };
}

async function publish(counted: Counted[], o: { site: Site; env: Record<string, string | undefined>; dryRun: boolean; progress: (m: string) => void; client?: GitHubClientOptions }) {
  const { site, dryRun, progress } = o;
  const config = githubConfigFromEnv(o.env, site.repository);
  const client = createGitHubClient(config, o.client);
  const tag = dryRun ? '[dry run] would ' : '';
  try {
    for (const { poll, result, state, counted: isCounted } of counted) {
      if (result.phase !== 'upcoming' && !isCounted) continue;
      const number = result.rules.discussion;
      const page = pollPageUrl(site.url, site.defaultLanguage, poll.id);
      if (number !== null && result.phase !== 'upcoming') {
        const live = await fetchDiscussion(client, number);
        if (!live) throw new ChapterhouseError('tally-no-discussion', `${poll.file}: discussion #${number} was not found`, 'check "discussion:" in the poll file');
        const body = summaryComment(poll.data, result, site.defaultLanguage, page);
        const mine = live.comments.find((c) => c.body.includes(SUMMARY_MARKER) && c.author !== null && botKey(c.author) === botKey(site.polls.bot));
        if (!mine) {
          progress(`${poll.id}: ${tag}post the summary comment in #${number}`);
          if (!dryRun) await addComment(client, live.id, body);
        } else if (mine.body.trim() !== body.trim()) {
          progress(`${poll.id}: ${tag}update the summary comment ${mine.url}`);
          if (!dryRun) await updateComment(client, mine.id, body);
        }
      }
      if (poll.data.proposal === undefined) continue;
      const head = await pullRequestHead(client, poll.data.proposal);
      if (!head) {
        progress(`${poll.id}: pull request #${poll.data.proposal} was not found; no status set`);
        continue;
      }
      const gate = proposalGate(result, state, head);
      progress(`${poll.id}: ${tag}set ${STATUS_CONTEXT} = ${gate.state} on #${poll.data.proposal} (${gate.sha.slice(0, 7)}): ${gate.description}`);
      if (!dryRun) await setCommitStatus(client, gate.sha, { state: gate.state, description: gate.description, context: STATUS_CONTEXT, targetUrl: page });
    }
  } catch (e) {
    throw explainGitHubError(e, config);
  }
}

/** `tally --verify`: recount every closed poll from its committed result; the problems found, if any. */
export function verifyCommittedResults(root = contentRoot()): { checked: number; problems: string[] } {
  const { states } = readPollStates(root);
  const stateById = new Map(states.map((s) => [s.id, s]));
  const problems: string[] = [];
  let checked = 0;
  for (const [id, { file, raw }] of readRawResults(root)) {
    if (raw !== null && (raw as { phase?: unknown }).phase !== 'closed') continue;
    checked += 1;
    problems.push(...(raw === null ? [`${file}: not valid JSON; restore it from git history`] : verifyResult(raw, file, stateById.get(id))));
  }
  return { checked, problems };
}
