import type { PollOutcome, PollPhase, PullRequest } from '../../schemas/index.ts';
import type { GateStatus, ProposalState } from '../../schemas/proposal.ts';
import type { GateWords } from '../polls/gate.ts';

/**
 * The life of a proposal, decided from two facts only: the pull request as GitHub reports it and the
 * poll that decides it. Nothing else is stored, so the site, `npm run proposals` and the README agree.
 *
 * The rules, first match wins:
 *   1. merged         the pull request was merged. A merge is a fact, whatever the poll said; the gate
 *                     shows whether it had passed.
 *   2. passed         its poll has closed and been counted, decided with winner "yes", and the pull
 *                     request is still open (waiting for a maintainer to merge it).
 *   3. rejected       its poll has closed and been counted with any other result (a "no", no quorum,
 *                     no majority), whether or not the pull request was closed afterwards.
 *   4. withdrawn      the pull request was closed without merging and no counted poll rejected it
 *                     (its author or a maintainer gave it up, or it passed but was closed unmerged).
 *   5. voting         its poll is open now, or has closed but is not counted yet.
 *   6. draft          the pull request is marked as a draft on GitHub.
 *   7. in-discussion  open and ready for review; a poll may be scheduled but has not opened.
 */

/** What the lifecycle needs to know about the poll that decides a proposal. */
export interface ProposalPollStatus {
  id: string;
  opens: string;
  closes: string;
  /** The committed result, or null before `npm run tally` has counted anything. */
  result: { phase: PollPhase; outcome: PollOutcome; winner: string | null } | null;
}

export type ProposalPullRequest = Pick<PullRequest, 'state' | 'isDraft' | 'merged'>;

export function pollPhaseAt(poll: Pick<ProposalPollStatus, 'opens' | 'closes'>, now: Date): PollPhase {
  const t = now.getTime();
  if (t < Date.parse(poll.opens)) return 'upcoming';
  if (t < Date.parse(poll.closes)) return 'open';
  return 'closed';
}

/** A counted, closed poll's verdict; null while there is none to act on. */
export function pollVerdict(poll: ProposalPollStatus | null, now: Date): 'yes' | 'not-yes' | null {
  if (!poll?.result || poll.result.outcome === 'open' || pollPhaseAt(poll, now) !== 'closed') return null;
  return poll.result.outcome === 'decided' && poll.result.winner === 'yes' ? 'yes' : 'not-yes';
}

export function proposalState(pr: ProposalPullRequest, poll: ProposalPollStatus | null, now: Date): ProposalState {
  if (pr.merged || pr.state === 'MERGED') return 'merged';
  const verdict = pollVerdict(poll, now);
  const closed = pr.state === 'CLOSED';
  if (verdict === 'yes' && !closed) return 'passed';
  if (verdict === 'not-yes') return 'rejected';
  if (closed) return 'withdrawn';
  if (poll && pollPhaseAt(poll, now) !== 'upcoming') return 'voting';
  if (pr.isDraft) return 'draft';
  return 'in-discussion';
}

/**
 * The proposal gate, as the `chapterhouse/poll` status reports it: success only when the poll passed
 * and the head commit is still the one members voted on.
 */
export function gateFor(poll: ProposalPollStatus | null, now: Date, heads: { votedOn: string | null; current: string }): { status: GateStatus; reason: string; words: GateWords } {
  const words = (key: string, vars: GateWords['vars'] = {}): GateWords => ({ key, vars, figures: false });
  if (!poll) return { status: 'pending', reason: 'no poll decides this proposal yet', words: words('noPoll') };
  if (heads.votedOn && heads.votedOn !== heads.current) return { status: 'failure', reason: 'the text changed during voting', words: words('textChanged', { voted: heads.votedOn.slice(0, 7), head: heads.current.slice(0, 7) }) };
  const verdict = pollVerdict(poll, now);
  if (verdict === null) {
    const phase = pollPhaseAt(poll, now);
    const reason = phase === 'upcoming' ? `poll ${poll.id} has not opened` : phase === 'open' ? `poll ${poll.id} is open` : `poll ${poll.id} has closed but is not counted yet (npm run tally)`;
    return { status: 'pending', reason, words: words(phase === 'upcoming' ? 'notOpened' : phase === 'open' ? 'open' : 'notCounted') };
  }
  if (verdict === 'yes') return { status: 'success', reason: `poll ${poll.id} passed`, words: { key: 'passed', vars: {}, figures: true } };
  const outcome = poll.result?.outcome === 'decided' ? `decided "${poll.result.winner}"` : (poll.result?.outcome ?? 'not counted');
  return { status: 'failure', reason: `poll ${poll.id}: ${outcome}`, words: { key: `notPassed.${poll.result?.outcome ?? 'open'}`, vars: { option: poll.result?.winner ?? '' }, figures: !!poll.result } };
}
