import { isDeepStrictEqual } from 'node:util';
import { pollResultSchema, type PollResult, type PollState, type VoteReaction } from '../../schemas/index.ts';
import { describeIssue } from '../content/friendly-parse.ts';
import { fieldPath, type ContentProblem } from '../errors.ts';
import { digestOf } from './digest.ts';
import type { CountedPoll } from './tally.ts';

/**
 * `tally --verify` for one poll: the committed result against a recount made from the snapshot and the frozen
 * state, never from figures stored in the result. A forged result (votes added, figures and digests
 * recomputed to match) differs from the recount; a deleted result, or one whose phase went back, is named.
 */
export interface VerifyInput {
  /** The result file, repository-relative. */
  file: string;
  state: PollState;
  /** The committed result as parsed JSON; undefined when there is no file, null when it is not JSON. */
  raw: unknown;
  /** The count of the snapshot the result was counted from; undefined when that snapshot lacks the discussion. */
  recount: CountedPoll | undefined;
  /** Where the recount's snapshot came from, for messages: "the snapshot committed with it (abc1234)". */
  source: string;
  now: Date;
}

const RESTORE = (file: string) => `restore it from git history (git log -p -- ${file}), or delete it and let "npm run sync" then "npm run tally" write it again`;

export function verifyResult({ file, state, raw, recount, source, now }: VerifyInput): ContentProblem[] {
  const { rules } = state.frozen;
  const closed = now.getTime() >= Date.parse(rules.closes);
  const problems: ContentProblem[] = [];
  const say = (field: string, message: string) => problems.push({ file, field, message });

  if (raw === undefined) {
    if (closed) say('', `poll "${state.id}" closed on ${rules.closes} but has no result file: run "npm run sync" then "npm run tally" (or restore the file from git history: git log --all -- ${file})`);
    return problems;
  }
  if (raw === null) return [{ file, field: '', message: `not valid JSON: ${RESTORE(file)}` }];
  const parsed = pollResultSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    return [{ file, field: fieldPath(issue.path), message: `${describeIssue(issue)}; this is not a result the tally writes: ${RESTORE(file)}` }];
  }
  const result: PollResult = parsed.data;

  if (closed && result.phase !== 'closed') {
    say('phase', `is "${result.phase}" but the poll closed on ${rules.closes}: a closed poll's result never goes back; ${RESTORE(file)}`);
  }
  if (!closed && result.phase === 'closed') say('phase', `is "closed" but the poll closes only on ${rules.closes}: ${RESTORE(file)}`);
  if (!isDeepStrictEqual(result.rules, rules)) say('rules', `differ from the rules frozen when the poll opened (content/polls/state/${state.id}.json): ${RESTORE(file)}`);
  if (result.input.frozenDigest !== state.frozenDigest) {
    say('input.frozenDigest', `is ${short(result.input.frozenDigest)} but the poll opened with ${short(state.frozenDigest)}: this result was not counted under the frozen rules and electorate; ${RESTORE(file)}`);
  }
  if (digestOf(result.input) !== result.inputDigest) say('inputDigest', `does not match the stored votes: the file was edited after the tally; ${RESTORE(file)}`);
  if (result.frozen && (result.syncedAt === null || Date.parse(result.syncedAt) < Date.parse(rules.closes))) {
    say('frozen', `the result says it is final, but ${result.syncedAt ? `it was counted from a sync at ${result.syncedAt}, before` : 'it names no sync after'} the closing time (${rules.closes}): ${RESTORE(file)}`);
  }
  if (!closed) return problems;
  if (!recount) {
    say('', `discussion #${rules.discussion} is not in ${source}, so its votes cannot be recounted: run "npm run sync" (if the discussion was deleted, the votes are gone)`);
    return problems;
  }

  const expected = recount.result;
  const extra = missingFrom(result.input.reactions, expected.input.reactions);
  const lost = missingFrom(expected.input.reactions, result.input.reactions);
  if (extra.length) say('input.reactions', `holds ${extra.length} vote${plural(extra)} that ${extra.length === 1 ? 'is' : 'are'} not in ${source}: ${list(extra)}; the result was not counted from GitHub's data. ${RESTORE(file)}`);
  if (lost.length) say('input.reactions', `lacks ${lost.length} vote${plural(lost)} that ${lost.length === 1 ? 'is' : 'are'} in ${source}: ${list(lost)}; ${RESTORE(file)}`);
  // Every field either side has: a forged result cannot slip in figures (chapters, say) the recount lacks.
  for (const field of [...new Set([...Object.keys(expected.tally), ...Object.keys(result.tally)])] as (keyof PollResult['tally'])[]) {
    if (!isDeepStrictEqual(expected.tally[field], result.tally[field])) {
      say(`tally.${field}`, `is ${JSON.stringify(result.tally[field])} but recounting ${source} gives ${JSON.stringify(expected.tally[field])}`);
    }
  }
  return problems;
}

const key = (r: VoteReaction) => `${r.key}|${r.userId ?? ''}|${r.createdAt}`;

/** Reactions of `a` that `b` lacks (same option, account and time). */
function missingFrom(a: readonly VoteReaction[], b: readonly VoteReaction[]): VoteReaction[] {
  const have = new Set(b.map(key));
  return a.filter((r) => !have.has(key(r)));
}

function list(rs: readonly VoteReaction[]): string {
  const shown = rs.slice(0, 5).map((r) => `👍 ${r.key} by ${r.user ?? 'ghost'}${r.userId ? ` (account ${r.userId})` : ''}`);
  return rs.length > 5 ? `${shown.join(', ')} and ${rs.length - 5} more` : shown.join(', ');
}

const plural = (xs: readonly unknown[]) => (xs.length === 1 ? '' : 's');
const short = (digest: string) => digest.slice(0, 19);
