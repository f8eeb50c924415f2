import { describe, expect, it } from 'vitest';
import { proposalNumberOf, versionsSharingADay } from './history.ts';

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

describe('versionsSharingADay', () => {
  it('names the versions whose UTC day another version has too', () => {
    const versions = [
      { sha: 'c', date: '2026-09-16T08:00:00Z' },
      { sha: 'b', date: '2026-01-05T13:00:00Z' },
      { sha: 'a', date: '2026-01-05T11:00:00Z' },
      // A time written in another zone counts on its UTC day: this one is January 6.
      { sha: 'z', date: '2026-01-05T23:30:00-02:00' },
    ];
    expect([...versionsSharingADay(versions)].sort()).toEqual(['a', 'b']);
    expect(versionsSharingADay([{ sha: 'a', date: '2026-01-05T11:00:00Z' }]).size).toBe(0);
  });
});
