import type { PollResult, PollState } from '../../schemas/index.ts';
import { figures } from './summary.ts';

/**
 * The proposal gate: the commit status `chapterhouse/poll` on the proposal's head commit.
 * Pending while voting runs, success only when the poll decided `yes` on the very text that was
 * put to the vote, failure otherwise.
 */

export const STATUS_CONTEXT = 'chapterhouse/poll';

export type GateState = 'pending' | 'success' | 'failure';

export interface Gate {
  state: GateState;
  /** GitHub shows up to 140 characters. */
  description: string;
  /** The commit the status goes on: the pull request's current head. */
  sha: string;
}

export const TEXT_CHANGED = 'the text changed during voting';

/** `head`: the proposal pull request's current head commit. */
export function proposalGate(result: PollResult, state: PollState | undefined, head: string): Gate {
  const sha = head;
  const gate = (s: GateState, description: string): Gate => ({ state: s, description: clip(description), sha });
  if (result.phase === 'upcoming' || !state) return gate('pending', `Voting opens ${result.rules.opens.slice(0, 10)}`);
  const voted = state.proposal?.headSha;
  if (voted && voted !== sha) {
    return gate('failure', `Not passed: ${TEXT_CHANGED} (voted on ${voted.slice(0, 7)}, head is ${sha.slice(0, 7)}); start a new poll`);
  }
  const t = result.tally;
  if (result.phase === 'open') return gate('pending', `Voting until ${result.rules.closes.slice(0, 10)}: ${figures(result)}`);
  if (t.outcome === 'decided' && t.winner === 'yes') return gate('success', `Passed: ${figures(result)}`);
  const why = t.outcome === 'no-quorum' ? 'no quorum' : t.outcome === 'decided' ? `decided "${t.winner}"` : 'no majority';
  return gate('failure', `Not passed (${why}): ${figures(result)}`);
}

function clip(text: string): string {
  return text.length <= 140 ? text : `${text.slice(0, 139)}…`;
}
