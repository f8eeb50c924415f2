import type { PollEntry, PollResult } from '../../schemas/index.ts';
import type { DecidingPoll } from './history.ts';
import type { ProposalPollStatus } from './lifecycle.ts';

/**
 * Joining polls to the proposals they decide (a poll's `proposal:` field). When two polls name the
 * same proposal (a second vote after the text changed), the one that opened last is the one that counts.
 */

function latestByProposal(polls: readonly PollEntry[]): Map<number, PollEntry> {
  const out = new Map<number, PollEntry>();
  for (const poll of polls) {
    const n = poll.data.proposal;
    if (n === undefined) continue;
    const known = out.get(n);
    if (!known || Date.parse(poll.data.opens) > Date.parse(known.data.opens)) out.set(n, poll);
  }
  return out;
}

export function pollStatusByProposal(polls: readonly PollEntry[], results: readonly PollResult[]): Map<number, ProposalPollStatus> {
  const out = new Map<number, ProposalPollStatus>();
  for (const [n, poll] of latestByProposal(polls)) {
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

/** Only counted, closed polls decide anything; the history shows those with their figures. */
export function decidingPolls(polls: readonly PollEntry[], results: readonly PollResult[]): Map<number, DecidingPoll> {
  const out = new Map<number, DecidingPoll>();
  for (const [n, poll] of latestByProposal(polls)) {
    const r = results.find((x) => x.id === poll.id);
    if (!r || r.phase !== 'closed') continue;
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
