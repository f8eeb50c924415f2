import { describe, expect, it } from 'vitest';
import { loadProposals, proposalChanges } from '../../src/lib/proposals/load.ts';
import { proposalState } from '../../src/schemas/index.ts';

/** The demo organization shows a proposal in every state of the lifecycle, each readable from git. */
describe('the demo proposals', () => {
  // Pinned to the demo snapshot's time, so the open poll is still open whatever today's date is.
  const { proposals, problems } = loadProposals({ now: new Date('2026-11-26T12:00:00Z') });

  it('cover every state', () => {
    expect(problems).toEqual([]);
    expect(new Set(proposals.map((p) => p.state))).toEqual(new Set(proposalState.options));
  });

  it('have their changed text in this repository', () => {
    const missing = proposals.filter((p) => !proposalChanges(p).available).map((p) => p.number);
    expect(missing).toEqual([]);
  });
});
