import type { PollEntry, PollResult, PollState } from '../../schemas/index.ts';
import { figures } from './summary.ts';

/**
 * The proposal gate: the commit status `chapterhouse/poll` on the proposal's head commit.
 * Success only when the poll's result is final (counted from a sync that started after closing, and
 * witnessed on GitHub) and decided `yes` on the very text that was put to the vote; pending while the vote
 * runs or its final count is not in; failure otherwise.
 */

export const STATUS_CONTEXT = 'chapterhouse/poll';

export type GateState = 'pending' | 'success' | 'failure';

/**
 * What the gate says, for the site to say in the reader's language: an interface-string key under `gate.`
 * and its values. `figures` asks for the count to follow, told with the options' labels.
 */
export interface GateWords {
  key: string;
  vars: Record<string, string | number>;
  figures: boolean;
}

export interface Gate {
  state: GateState;
  /** GitHub shows up to 140 characters. In English: a commit status has one text for every reader. */
  description: string;
  words: GateWords;
  /** The commit the status goes on: the pull request's current head. */
  sha: string;
}

export const TEXT_CHANGED = 'the text changed during voting';
export const WAITING_FOR_FINAL = 'waiting for the count after closing';

export interface GateInput {
  poll: Pick<PollEntry['data'], 'opens' | 'closes'>;
  state: PollState | undefined;
  /** The committed (or just counted) result; only a final one can pass. */
  result: PollResult | undefined;
  /** The proposal pull request's current head commit. */
  head: string;
  now: Date;
}

export function proposalGate({ poll, state, result, head, now }: GateInput): Gate {
  const gate = (s: GateState, description: string, key: string, vars: GateWords['vars'] = {}, figures = false): Gate =>
    ({ state: s, description: clip(description), words: { key, vars, figures }, sha: head });
  const opens = state?.frozen.rules.opens ?? new Date(poll.opens).toISOString();
  const closes = state?.frozen.rules.closes ?? new Date(poll.closes).toISOString();
  if (!state) {
    if (now.getTime() < Date.parse(opens)) return gate('pending', `Voting opens ${opens.slice(0, 10)}`, 'opens', { date: opens });
    if (now.getTime() < Date.parse(closes)) return gate('pending', 'Voting has not been opened yet (npm run polls:open)', 'notOpened');
    return gate('failure', 'Not passed: the poll closed without ever being opened, so nothing was voted on; start a new poll', 'neverOpened');
  }
  const voted = state.frozen.proposal?.headSha;
  if (voted && voted !== head) {
    return gate('failure', `Not passed: ${TEXT_CHANGED} (voted on ${voted.slice(0, 7)}, head is ${head.slice(0, 7)}); start a new poll`, 'textChanged', { voted: voted.slice(0, 7), head: head.slice(0, 7) });
  }
  if (now.getTime() < Date.parse(closes)) {
    return gate('pending', `Voting until ${closes.slice(0, 10)}${result ? `: ${figures(result)}` : ''}`, 'voting', { date: closes }, !!result);
  }
  if (!result || !result.frozen || result.phase !== 'closed') {
    return gate('pending', `Voting closed; ${WAITING_FOR_FINAL}${result ? ` (so far ${figures(result)})` : ''}`, 'waiting', {}, !!result);
  }
  const t = result.tally;
  if (t.outcome === 'decided' && t.winner === 'yes') return gate('success', `Passed: ${figures(result)}`, 'passed', {}, true);
  const why = t.outcome === 'no-quorum' ? 'no quorum' : t.outcome === 'decided' ? `decided "${t.winner}"` : 'no majority';
  return gate('failure', `Not passed (${why}): ${figures(result)}`, `notPassed.${t.outcome}`, { option: t.winner ?? '' }, true);
}

/** The proposal a poll decides: once it has opened, the one frozen in its state, whatever its file says now. */
export function proposalOf(poll: PollEntry, state: PollState | undefined): number | undefined {
  return state ? (state.frozen.proposal?.number ?? undefined) : poll.data.proposal;
}

/**
 * The poll that decides each proposal. A proposal put to the vote again after its text changed has two
 * polls; the one that opens last is the one that counts.
 */
export function governingPolls(polls: readonly PollEntry[], states: ReadonlyMap<string, PollState>): Map<number, PollEntry> {
  const out = new Map<number, PollEntry>();
  const opensOf = (p: PollEntry) => Date.parse(states.get(p.id)?.frozen.rules.opens ?? p.data.opens);
  for (const poll of [...polls].sort((a, b) => a.id.localeCompare(b.id))) {
    const n = proposalOf(poll, states.get(poll.id));
    if (n === undefined) continue;
    const known = out.get(n);
    if (!known || opensOf(poll) > opensOf(known)) out.set(n, poll);
  }
  return out;
}

function clip(text: string): string {
  return text.length <= 140 ? text : `${text.slice(0, 139)}…`;
}
