import fs from 'node:fs';
import path from 'node:path';
import { discussionSchema, pollResultSchema, syncStateSchema, type Discussion } from '../../schemas/index.ts';
import { readSite } from '../content/load.ts';
import { contentRoot, repoRelative, SNAPSHOT_DIR } from '../content/paths.ts';
import { ChapterhouseError, ContentError, type ContentProblem } from '../errors.ts';
import { filesAt, fileVersions, repoPathOf } from '../git/file-versions.ts';
import { isGitRepository, isShallow } from '../git/git.ts';
import { createGitHubClient, type GitHubClientOptions } from '../github/client.ts';
import { githubConfigFromEnv } from '../github/config.ts';
import { explainGitHubError } from '../github/github-errors.ts';
import { currentTime } from '../now.ts';
import { readSnapshot } from '../sync/read-snapshot.ts';
import { botKey } from './eligibility.ts';
import { fetchDiscussion } from './github/poll-github.ts';
import { readPollStates, readRawResults, resultFile } from './read-polls.ts';
import { readWitness, SUMMARY_MARKER } from './summary.ts';
import { countPoll } from './tally.ts';
import { verifyResult } from './verify.ts';

/**
 * `npm run tally -- --verify [--github]`: recount every closed poll from the committed snapshot and the
 * frozen state, and compare with its committed result. A final result is recounted from the snapshot that was
 * committed with it (git history), so votes withdrawn after the count do not show as a mismatch. With
 * `--github`, also compare each poll's files with the witness in its summary comment on GitHub.
 */

export interface VerifyOptions {
  root?: string;
  now?: Date;
  /** Also check the witnesses on GitHub (needs a token). */
  github?: boolean;
  env?: Record<string, string | undefined>;
  client?: GitHubClientOptions;
  progress?: (message: string) => void;
}

export interface VerifySummary {
  /** Closed polls recounted. */
  checked: number;
  /** Polls whose witness was compared on GitHub. */
  witnessed: number;
  problems: ContentProblem[];
}

export async function runVerify(options: VerifyOptions = {}): Promise<VerifySummary> {
  const root = options.root ?? contentRoot();
  const now = options.now ?? currentTime(process.env, root);
  const progress = options.progress ?? (() => {});
  const { states, problems: stateProblems } = readPollStates(root);
  if (stateProblems.length) throw new ContentError(stateProblems);
  const snapshot = readSnapshot(root);
  const results = readRawResults(root);
  const history = finalSnapshots(root, progress);
  const problems: ContentProblem[] = [];
  let checked = 0;

  for (const state of [...states].sort((a, b) => a.id.localeCompare(b.id))) {
    const file = repoRelative(resultFile(state.id, root));
    const raw = results.get(state.id)?.raw;
    const closed = now.getTime() >= Date.parse(state.frozen.rules.closes);
    if (closed) checked += 1;
    const final = pollResultSchema.safeParse(raw).data?.frozen === true;
    const number = state.frozen.rules.discussion!;
    const committed = final ? history.get(file) : undefined;
    const discussion = committed ? committed.discussion(number) : snapshot.discussions.find((d) => d.number === number && !d.deletedAt);
    const syncedAt = committed ? committed.syncedAt : snapshot.state.syncedAt;
    const source = committed ? `the snapshot committed with the final result (${committed.commit.slice(0, 7)})` : 'the snapshot in content/github';
    const recount = discussion ? countPoll({ state, discussion, now, syncedAt }) : undefined;
    problems.push(...verifyResult({ file, state, raw, recount, source, now }));
  }
  for (const [id, { file }] of results) {
    if (!states.some((s) => s.id === id)) problems.push({ file, field: '', message: `there is no frozen state for this result (content/polls/state/${id}.json), so it cannot be recounted: delete it, or restore the state from git history` });
  }

  let witnessed = 0;
  if (options.github) {
    const site = readSite(root);
    const config = githubConfigFromEnv(options.env ?? process.env, site.repository);
    const client = createGitHubClient(config, options.client);
    try {
      for (const state of states) {
        const file = repoRelative(resultFile(state.id, root));
        const result = pollResultSchema.safeParse(results.get(state.id)?.raw).data;
        const number = state.frozen.rules.discussion!;
        const live = await fetchDiscussion(client, number);
        witnessed += 1;
        if (!live) {
          problems.push({ file, field: '', message: `discussion #${number} no longer exists on GitHub, so nothing witnesses this poll: it was deleted` });
          continue;
        }
        const bot = botKey(site.polls.bot);
        const mine = live.comments.find((c) => c.body.includes(SUMMARY_MARKER) && c.author !== null && botKey(c.author) === bot);
        const witness = mine ? readWitness(mine.body) : null;
        const stateFile = `content/polls/state/${state.id}.json`;
        if (!mine || !witness) {
          problems.push({ file: stateFile, field: '', message: `no summary comment by ${site.polls.bot} in #${number} witnesses this poll${mine ? ' (the comment carries no record line)' : ''}: it was deleted, or this state was not written by polls:open` });
          continue;
        }
        if (mine.editor && botKey(mine.editor) !== bot) problems.push({ file: stateFile, field: '', message: `the summary comment in #${number} was last edited by @${mine.editor}, not the bot: check its edit history on GitHub (${mine.url})` });
        if (witness.frozenDigest !== state.frozenDigest) problems.push({ file: stateFile, field: 'frozenDigest', message: `is ${state.frozenDigest.slice(0, 19)} but the summary comment on GitHub witnesses ${witness.frozenDigest.slice(0, 19)}: this is not the state polls:open froze; restore it from git history` });
        if (result?.frozen) {
          if (!witness.final) problems.push({ file, field: 'frozen', message: `the result says it is final but the summary comment in #${number} does not witness a final count: restore the file from git history` });
          else if (witness.inputDigest !== result.inputDigest) problems.push({ file, field: 'inputDigest', message: `is ${result.inputDigest.slice(0, 19)} but the final count witnessed on GitHub is ${witness.inputDigest.slice(0, 19)}: restore the file from git history` });
        } else if (witness.final) {
          problems.push({ file, field: 'frozen', message: `the summary comment in #${number} witnesses a final count (${witness.inputDigest.slice(0, 19)}) but the committed result is ${result ? 'not final' : 'missing'}: run "npm run sync" then "npm run tally", or restore the file from git history` });
        }
      }
    } catch (e) {
      throw explainGitHubError(e, config, 'Nothing was changed (verifying only reads).');
    }
  }
  return { checked, witnessed, problems };
}

interface CommittedSnapshot {
  commit: string;
  syncedAt: string | null;
  discussion: (number: number) => Discussion | undefined;
}

/**
 * For each result file that became final in a commit of HEAD's history: the snapshot committed with it. A
 * result made final but not yet committed (the deploy job verifies before committing) is recounted from the
 * working tree's snapshot.
 */
function finalSnapshots(root: string, progress: (m: string) => void): Map<string, CommittedSnapshot> {
  const out = new Map<string, CommittedSnapshot>();
  const dir = path.join(root, 'polls', 'results');
  if (!fs.existsSync(dir)) return out;
  if (!isGitRepository(root)) {
    progress('Note: no git history here, so final results are recounted from the current snapshot; a vote withdrawn on GitHub after the final count would show as a mismatch.');
    return out;
  }
  if (isShallow(root)) progress('Note: this is a shallow clone; final results older than its history are recounted from the current snapshot (git fetch --unshallow for the full check).');
  const prefix = repoPathOf(root);
  const repoPath = (rel: string) => [prefix, rel].filter(Boolean).join('/');
  const resultsDir = repoPath('polls/results');
  const versions = fileVersions(root, 'HEAD', [resultsDir]);
  for (const [file, list] of versions) {
    const first = list.find((v) => {
      const r = v.text === null ? null : pollResultSchema.safeParse(safeJson(v.text)).data;
      return r?.frozen === true;
    });
    if (!first) continue;
    const shown = repoRelative(path.join(root, path.relative(prefix, file)));
    out.set(shown, {
      commit: first.commit,
      syncedAt: (() => {
        const text = filesAt(root, first.commit, [repoPath(`${SNAPSHOT_DIR}/state.json`)]).values().next().value;
        return text ? (syncStateSchema.safeParse(safeJson(text)).data?.syncedAt ?? null) : null;
      })(),
      discussion: (number) => {
        const text = filesAt(root, first.commit, [repoPath(`${SNAPSHOT_DIR}/discussions/${number}.json`)]).values().next().value;
        const d = text ? discussionSchema.safeParse(safeJson(text)).data : undefined;
        return d && !d.deletedAt ? d : undefined;
      },
    });
  }
  return out;
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

/** The script's message when a recount disagrees. */
export function verifyFailure(problems: number): ChapterhouseError {
  return new ChapterhouseError(
    'verify-failed',
    `${problems} problem${problems === 1 ? '' : 's'} in the decision record (listed above): the committed files do not match a recount of the votes, or their witness on GitHub`,
    'restore each named file from git history (git log -p -- <file>); if the record on main itself was altered, tell the maintainers: results must not be trusted until it is restored',
  );
}

