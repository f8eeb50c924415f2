import { z } from 'zod';

/**
 * A proposal is a pull request labeled `proposal` (site.yml `proposals.label`). Its state is derived,
 * never stored: src/lib/proposals/lifecycle.ts computes it from the pull request and its poll.
 */
export const proposalState = z.enum(['draft', 'in-discussion', 'voting', 'passed', 'rejected', 'merged', 'withdrawn']);
export type ProposalState = z.infer<typeof proposalState>;

/** States a proposal can still leave: the site lists these under "open". */
export const OPEN_PROPOSAL_STATES: readonly ProposalState[] = ['draft', 'in-discussion', 'voting', 'passed'];

/** The proposal gate, as the `chapterhouse/poll` commit status reports it. */
export const gateStatus = z.enum(['pending', 'success', 'failure']);
export type GateStatus = z.infer<typeof gateStatus>;

/** Trailer that ties a commit on main to the proposal it carries out, for changes not merged through GitHub: `Proposal: #12`. */
export const PROPOSAL_TRAILER = 'proposal';
