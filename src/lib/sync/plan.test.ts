import { describe, expect, it } from 'vitest';
import { planDiscussions, pollsToRefresh, type PollWindow } from './plan.ts';

const listed = (number: number, category: string) => ({ id: `D_${number}`, number, updatedAt: '2026-11-26T10:00:00Z', category: { name: category } });

describe('planDiscussions', () => {
  it('fetches changed discussions of the synced categories and drops the ones that left them', () => {
    const plan = planDiscussions([listed(9, 'Ideas'), listed(4, 'Comments'), listed(2, 'Polls'), listed(7, 'Q&A')], ['Comments', 'Polls', 'Proposals']);
    expect(plan.fetch.map((d) => d.number)).toEqual([2, 4]);
    expect(plan.drop).toEqual([7, 9]);
  });
});

describe('pollsToRefresh', () => {
  const poll = (id: string, opens: string, closes: string): PollWindow => ({ id, discussion: 1, opens, closes });
  const polls = [
    poll('upcoming', '2026-12-01T00:00:00Z', '2026-12-10T00:00:00Z'),
    poll('open', '2026-11-20T00:00:00Z', '2026-12-10T00:00:00Z'),
    poll('closed-since-last-sync', '2026-11-01T00:00:00Z', '2026-11-26T11:00:00Z'),
    poll('closed-before-last-sync', '2026-11-01T00:00:00Z', '2026-11-26T09:59:59Z'),
    poll('closed-at-last-sync', '2026-11-01T00:00:00Z', '2026-11-26T10:00:00Z'),
  ];

  it('refreshes open polls and polls that closed after the last sync started', () => {
    expect(pollsToRefresh(polls, '2026-11-26T12:00:00Z', '2026-11-26T10:00:00Z').map((p) => p.id)).toEqual(['open', 'closed-since-last-sync']);
  });

  it('counts a poll as open from its opening instant', () => {
    expect(pollsToRefresh([poll('now', '2026-11-26T12:00:00Z', '2026-12-01T00:00:00Z')], '2026-11-26T12:00:00Z', '2026-11-26T10:00:00Z')).toHaveLength(1);
    expect(pollsToRefresh([poll('soon', '2026-11-26T12:00:01Z', '2026-12-01T00:00:00Z')], '2026-11-26T12:00:00Z', '2026-11-26T10:00:00Z')).toHaveLength(0);
  });

  it('reads the support of a suggestion period that ran since the last sync, then leaves it until voting opens', () => {
    const suggesting: PollWindow = { id: 'suggesting', discussion: 2, opens: '2026-12-01T00:00:00Z', closes: '2026-12-10T00:00:00Z', suggestionsUntil: '2026-11-26T11:00:00Z' };
    // The period ended at 11:00, after the sync of 10:00 started: its last 👍 may have come in since.
    expect(pollsToRefresh([suggesting], '2026-11-26T12:00:00Z', '2026-11-26T10:00:00Z').map((p) => p.id)).toEqual(['suggesting']);
    // The next sync (after 12:00) has nothing new to read: support given after the period does not count.
    expect(pollsToRefresh([suggesting], '2026-11-26T13:00:00Z', '2026-11-26T12:00:00Z')).toEqual([]);
  });

  it('refreshes nothing on a first sync, which fetches every discussion whole anyway', () => {
    expect(pollsToRefresh(polls, '2026-11-26T12:00:00Z', null)).toEqual([]);
  });
});
