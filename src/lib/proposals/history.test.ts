import { describe, expect, it } from 'vitest';
import { proposalNumberOf } from './history.ts';

const c = (subject: string, trailers: Record<string, string[]> = {}) => ({ subject, trailers });

describe('proposalNumberOf', () => {
  it('reads GitHub merge subjects, squash subjects and the Proposal trailer', () => {
    expect(proposalNumberOf(c('Merge pull request #12 from ana/climate'))).toBe(12);
    expect(proposalNumberOf(c('Adopt the climate program (#12)'))).toBe(12);
    expect(proposalNumberOf(c('Apply the amendment', { proposal: ['#7'] }))).toBe(7);
    expect(proposalNumberOf(c('Apply the amendment', { proposal: ['31'] }))).toBe(31);
  });
  it('finds none in ordinary commits', () => {
    expect(proposalNumberOf(c('Fix a typo in #12 discussion link'))).toBeNull();
    expect(proposalNumberOf(c('Merge branch main into ana/climate'))).toBeNull();
  });
});
