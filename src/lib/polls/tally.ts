import { POLL_FILE_FORMAT, type BallotInput, type Discussion, type PollPhase, type PollResult, type PollState, type PollTally } from '../../schemas/index.ts';
import { countBallots } from './ballots.ts';
import { digestOf } from './digest.ts';
import { frozenOptionComments, voteReactions, type PollNotice } from './option-comments.ts';
import { decide, phaseAt } from './outcome.ts';

/**
 * Counting a poll that has opened: its frozen state (rules, electorate, ballot boxes) and its discussion from
 * the snapshot. The same functions serve `tally`, `tally --verify` and the gate, so a recount is the count.
 */

export function tallyFromInput(state: PollState, input: BallotInput, phase: PollPhase): PollTally {
  const { rules, electorate } = state.frozen;
  return decide(rules, countBallots(rules, electorate, input.reactions), phase, electorate);
}

/**
 * A count is final once the poll has closed and the snapshot it was counted from was taken by a sync that
 * started at or after the closing time: only then can no vote given before closing still be on its way.
 */
export function countsAsFinal(state: PollState, now: Date, syncedAt: string | null): boolean {
  const closes = Date.parse(state.frozen.rules.closes);
  return now.getTime() >= closes && syncedAt !== null && Date.parse(syncedAt) >= closes;
}

export interface CountPollArgs {
  state: PollState;
  /** The poll's discussion from the snapshot. */
  discussion: Discussion;
  now: Date;
  /** When the snapshot was taken. */
  syncedAt: string | null;
}

export interface CountedPoll {
  result: PollResult;
  /** Final by the clock and the snapshot; the tally still publishes it before it writes it as final. */
  final: boolean;
  notices: PollNotice[];
}

export function countPoll(args: CountPollArgs): CountedPoll {
  const { state } = args;
  const syncedSinceOpening = args.syncedAt !== null && Date.parse(args.syncedAt) >= Date.parse(state.openedAt);
  const found = frozenOptionComments(args.discussion, state.frozen.optionComments, syncedSinceOpening);
  const input: BallotInput = { frozenDigest: state.frozenDigest, reactions: voteReactions(found) };
  const phase = phaseAt(state.frozen.rules, args.now);
  const final = countsAsFinal(state, args.now, args.syncedAt);
  return { result: resultFrom(state, input, phase, final ? args.syncedAt : null), final, notices: phase === 'upcoming' ? [] : found.notices };
}

/** The result file for a count; `finalAt` is the snapshot time when the result is written as final. */
export function resultFrom(state: PollState, input: BallotInput, phase: PollPhase, finalAt: string | null): PollResult {
  return {
    format: POLL_FILE_FORMAT,
    id: state.id,
    phase,
    frozen: finalAt !== null,
    syncedAt: finalAt,
    rules: state.frozen.rules,
    inputDigest: digestOf(input),
    input,
    tally: tallyFromInput(state, input, phase),
  };
}

/** The same count, not (yet) final: how a final count is written until its witness is published. */
export function provisional(result: PollResult): PollResult {
  return { ...result, frozen: false, syncedAt: null };
}

/**
 * One poll in `npm run tally -- --json`: the fields the issue fixes, then extras; a double-majority poll adds
 * `chapters: [{ id, voters, winner }]`.
 */
export function jsonSummary(result: PollResult) {
  const t = result.tally;
  return {
    id: result.id,
    outcome: t.outcome,
    winner: t.winner,
    eligible: t.eligible,
    voters: t.voters,
    spoiled: t.spoiled,
    quorumMet: t.quorumMet,
    options: t.options.map((o) => ({ key: o.key, votes: o.votes })),
    phase: result.phase,
    frozen: result.frozen,
    abstained: t.abstained,
    validVotes: t.validVotes,
    quorumNeeded: t.quorumNeeded,
    ...(t.chapters ? { chapters: t.chapters.map((c) => ({ id: c.id, voters: c.voters, winner: c.winner })) } : {}),
  };
}
