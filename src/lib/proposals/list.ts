import type { LocalizedText, PollResult, PollState, PullRequest, Site } from '../../schemas/index.ts';
import { OPEN_PROPOSAL_STATES, type GateStatus, type ProposalState } from '../../schemas/proposal.ts';
import { proposalGate, type GateWords } from '../polls/gate.ts';
import { gateFor, proposalState, type ProposalPollStatus } from './lifecycle.ts';

/**
 * Proposals as the site and `npm run proposals` list them: the pull requests labeled as proposals,
 * each with its derived state, its poll and its gate. Pure: the loaders hand in what they read.
 */

export interface ProposalSummary {
  number: number;
  title: string;
  url: string;
  /** null when the author's account was deleted. */
  author: string | null;
  state: ProposalState;
  open: boolean;
  createdAt: string;
  updatedAt: string;
  /** When it was merged or closed; null while open. */
  endedAt: string | null;
  headSha: string;
  baseSha: string | null;
  files: string[];
  poll: { id: string; title: LocalizedText; opens: string; closes: string; discussion: number | null; result: PollResult | null } | null;
  gate: { status: GateStatus; reason: string; words: GateWords };
}

export function isProposal(pr: Pick<PullRequest, 'labels'>, site: Pick<Site, 'proposals'>): boolean {
  const label = site.proposals.label.toLowerCase();
  return pr.labels.some((l) => l.toLowerCase() === label);
}

export interface PollFacts {
  status: ProposalPollStatus;
  title: LocalizedText;
  discussion: number | null;
  result: PollResult | null;
  state: PollState | null;
}

export function summarizeProposals(
  pullRequests: readonly PullRequest[],
  site: Pick<Site, 'proposals'>,
  polls: ReadonlyMap<number, PollFacts>,
  now: Date,
): ProposalSummary[] {
  return pullRequests
    .filter((pr) => isProposal(pr, site))
    .map((pr) => {
      const poll = polls.get(pr.number) ?? null;
      const state = proposalState(pr, poll?.status ?? null, now);
      let gate: ProposalSummary['gate'];
      if (poll?.result) {
        // Once counted, the gate says exactly what the `chapterhouse/poll` status on GitHub says.
        const g = proposalGate({ poll: poll.status, state: poll.state ?? undefined, result: poll.result, head: pr.headSha, now });
        gate = { status: g.state, reason: g.description, words: g.words };
      } else {
        gate = gateFor(poll?.status ?? null, now, { votedOn: poll?.state?.frozen.proposal?.headSha ?? null, current: pr.headSha });
      }
      return {
        number: pr.number,
        title: pr.title,
        url: pr.url,
        author: pr.author?.login ?? null,
        state,
        open: OPEN_PROPOSAL_STATES.includes(state),
        createdAt: pr.createdAt,
        updatedAt: pr.updatedAt,
        endedAt: pr.mergedAt ?? pr.closedAt,
        headSha: pr.headSha,
        baseSha: pr.baseSha,
        files: pr.files.map((f) => f.path),
        poll: poll ? { id: poll.status.id, title: poll.title, opens: poll.status.opens, closes: poll.status.closes, discussion: poll.discussion, result: poll.result } : null,
        gate,
      };
    })
    .sort((a, b) => b.number - a.number);
}
