import { longestThread as longest, organizationContent } from '../support/reader-pages.ts';

/**
 * What the demo's own browser tests rely on the demo having: its closed climate poll, proposal #12 and its
 * amendment, a phrase in each of its languages, its long Program thread, an open poll deciding a proposal.
 * The engine's browser tests (test/e2e/) use test/support/reader-pages.ts, which works for any organization.
 */
export const DEMO_POLL = 'adopt-climate-program';
export const DEMO_PROPOSAL = 12;
/** A phrase the demo has in each language, for the search tests. */
export const SEARCH_PHRASES = { en: 'eelgrass meadow census', es: 'censo de praderas marinas', ja: 'アマモ場' } as const;

export function demoContent(lang?: string) {
  const o = organizationContent(lang);
  if (!o.handbookPage || !o.tagged || !o.proposalPoll) throw new Error(`The demo in content/${o.lang}/ needs a handbook page, a tagged post and a poll deciding a proposal.`);
  return { ...o, handbookPage: o.handbookPage, tagged: o.tagged, proposalPoll: o.proposalPoll };
}

export function longestThread() {
  const found = longest();
  if (!found) throw new Error('The demo snapshot (content/github/) needs a page with a discussion.');
  return found;
}

export const openProposalPoll = () => demoContent().proposalPoll;
