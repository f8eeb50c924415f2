import type { BallotInput, Discussion, Member, PollPhase, PollResult, PollRules, PollTally } from '../../schemas/index.ts';
import { countBallots } from './ballots.ts';
import { digestOf } from './digest.ts';
import { eligibleLogins, trustedAuthors } from './eligibility.ts';
import { ballotInput, findOptionComments, type PollNotice } from './option-comments.ts';
import { decide, phaseAt } from './outcome.ts';

/** Count a poll from stored input: the same function serves `tally` and `tally --verify`. */
export function tallyFromInput(rules: PollRules, input: BallotInput, phase: PollPhase): PollTally {
  return decide(rules, countBallots(rules, input), phase);
}

export interface CountPollArgs {
  id: string;
  rules: PollRules;
  /** The poll's discussion from the snapshot; undefined before it exists or is synced. */
  discussion: Discussion | undefined;
  roster: readonly Member[];
  bot: string;
  now: Date;
  /** When the snapshot was taken: a result freezes only once a sync after closing has been counted. */
  syncedAt: string | null;
}

export interface CountedPoll {
  result: PollResult;
  notices: PollNotice[];
}

export function countPoll(args: CountPollArgs): CountedPoll {
  const { rules, discussion } = args;
  const eligible = eligibleLogins(args.roster, rules.opens, rules.closes);
  const found = discussion
    ? findOptionComments(discussion, rules.options, trustedAuthors(args.roster, args.bot))
    : { comments: [], notices: [] };
  const input = ballotInput(eligible, found);
  const phase = phaseAt(rules, args.now);
  const frozen = phase === 'closed' && discussion !== undefined && args.syncedAt !== null && Date.parse(args.syncedAt) >= Date.parse(rules.closes);
  return {
    result: {
      id: args.id,
      phase,
      frozen,
      rules,
      definitionDigest: digestOf(rules),
      inputDigest: digestOf(input),
      input,
      tally: tallyFromInput(rules, input, phase),
    },
    notices: phase === 'upcoming' ? [] : found.notices,
  };
}

/** A closed poll's committed result is final: later reaction changes never rewrite it. */
export function keepFrozen(committed: PollResult | undefined, fresh: PollResult): PollResult {
  return committed?.frozen ? committed : fresh;
}

/** One poll in `npm run tally -- --json`: the fields the issue fixes, then extras. */
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
  };
}
