import type { PollEntry, PollResult, PollState } from '../../schemas/index.ts';
import { governingPolls } from '../polls/gate.ts';
import type { DecidingPoll } from './history.ts';
import type { ProposalPollStatus } from './lifecycle.ts';

/**
 * Joining polls to the proposals they decide: the proposal frozen in a poll's state once it opened, its
 * `proposal:` field before. When two polls name the same proposal (a second vote after the text changed),
 * the one that opened last is the one that counts: the same choice the proposal gate makes.
 */

function latestByProposal(polls: readonly PollEntry[], states: readonly PollState[]): Map<number, PollEntry> {
  return governingPolls(polls, new Map(states.map((s) => [s.id, s])));
}

export function pollStatusByProposal(polls: readonly PollEntry[], results: readonly PollResult[], states: readonly PollState[] = []): Map<number, ProposalPollStatus> {
  const out = new Map<number, ProposalPollStatus>();
  for (const [n, poll] of latestByProposal(polls, states)) {
    const r = results.find((x) => x.id === poll.id);
    out.set(n, {
      id: poll.id,
      opens: poll.data.opens,
      closes: poll.data.closes,
      result: r ? { phase: r.phase, outcome: r.tally.outcome, winner: r.tally.winner } : null,
    });
  }
  return out;
}

/** Only final results decide anything; the history shows those with their figures. */
export function decidingPolls(polls: readonly PollEntry[], results: readonly PollResult[], states: readonly PollState[] = []): Map<number, DecidingPoll> {
  const out = new Map<number, DecidingPoll>();
  for (const [n, poll] of latestByProposal(polls, states)) {
    const r = results.find((x) => x.id === poll.id);
    if (!r || r.phase !== 'closed' || !r.frozen) continue;
    out.set(n, {
      id: poll.id,
      title: poll.data.title,
      proposal: n,
      closes: poll.data.closes,
      outcome: r.tally.outcome,
      winner: r.tally.winner,
      voters: r.tally.voters,
      eligible: r.tally.eligible,
      quorumMet: r.tally.quorumMet,
      options: r.tally.options.map((o) => ({ key: o.key, votes: o.votes })),
    });
  }
  return out;
}
