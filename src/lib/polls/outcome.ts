import { ABSTAIN, type ElectorateEntry, type PollOutcome, type PollPhase, type PollRules, type PollTally } from '../../schemas/index.ts';
import type { BallotCount } from './ballots.ts';
import { chapterTallies, doubleMajorityWinner } from './double-majority.ts';
import { isQuorumMet, meetsThreshold, quorumNeeded } from './thresholds.ts';

export function phaseAt(rules: Pick<PollRules, 'opens' | 'closes'>, now: Date): PollPhase {
  if (now.getTime() < Date.parse(rules.opens)) return 'upcoming';
  if (now.getTime() < Date.parse(rules.closes)) return 'open';
  return 'closed';
}

/**
 * From a count to an outcome: `open` until the poll closes, then `no-quorum`, `no-majority`
 * (nothing meets the threshold, or a tie for first) or `decided` with a winner. Abstain never wins.
 * A double-majority poll also carries each chapter's figures (the chapters of the frozen electorate).
 */
export function decide(rules: PollRules, count: BallotCount, phase: PollPhase, electorate: readonly ElectorateEntry[] = []): PollTally {
  const eligible = count.eligible;
  const options = rules.options.map((key) => ({ key, votes: count.votesFor.get(key)?.length ?? 0, voters: count.votesFor.get(key) ?? [] }));
  const chapters = rules.threshold === 'double-majority' ? chapterTallies(count, rules.options, electorate) : undefined;
  const quorumMet = isQuorumMet(rules.quorum, count.voters.length, eligible);
  let outcome: PollOutcome;
  let winner: string | null = null;
  if (phase !== 'closed') outcome = 'open';
  else if (!quorumMet) outcome = 'no-quorum';
  else {
    winner = chapters ? doubleMajorityWinner(options, count.validVotes, chapters) : pickWinner(rules, options, count.validVotes);
    outcome = winner === null ? 'no-majority' : 'decided';
  }
  return {
    outcome,
    winner,
    eligible,
    voters: count.voters.length,
    spoiled: count.spoiledBallots.length,
    quorumMet,
    abstained: count.abstained,
    validVotes: count.validVotes,
    quorumNeeded: quorumNeeded(rules.quorum, eligible),
    options,
    spoiledBallots: count.spoiledBallots,
    ...(chapters ? { chapters } : {}),
  };
}

function pickWinner(rules: PollRules, options: { key: string; votes: number }[], validVotes: number): string | null {
  const contenders = options.filter((o) => o.key !== ABSTAIN && o.votes > 0);
  const qualified = rules.threshold === 'plurality' ? contenders : contenders.filter((o) => meetsThreshold(rules.threshold as 'simple-majority' | 'two-thirds', o.votes, validVotes));
  if (qualified.length === 0) return null;
  const top = Math.max(...qualified.map((o) => o.votes));
  const first = qualified.filter((o) => o.votes === top);
  return first.length === 1 ? first[0]!.key : null;
}

