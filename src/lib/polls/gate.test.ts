import { describe, expect, it } from 'vitest';
import type { PollEntry, PollRules } from '../../schemas/index.ts';
import { discussion, member, option, stateFor, thumbs } from './fixtures/build.ts';
import { governingPolls, proposalGate } from './gate.ts';
import { countPoll, provisional } from './tally.ts';

const rules: PollRules = { type: 'single', options: ['yes', 'no', 'abstain'], opens: '2026-09-01T09:00:00.000Z', closes: '2026-09-15T09:00:00.000Z', quorum: 0.25, threshold: 'simple-majority', discussion: 30 };
const poll = { opens: rules.opens, closes: rules.closes };
const VOTED = 'a'.repeat(40);
const MOVED = 'b'.repeat(40);
const roster = ['a', 'b', 'c', 'd'].map((l) => member(l));
const base = discussion([option('yes', []), option('no', []), option('abstain', [])]);
/** The same ballot boxes (the ones frozen in the state) with these votes. */
const d = (yes: string[], no: string[] = []) => {
  const copy = structuredClone(base);
  copy.comments[0]!.reactions = thumbs(yes);
  copy.comments[1]!.reactions = thumbs(no);
  return copy;
};
const state = stateFor(rules, base, roster, { proposal: { number: 12, headSha: VOTED } });
const result = (now: string, yes: string[], no: string[] = [], syncedAt = now) => countPoll({ state, discussion: d(yes, no), now: new Date(now), syncedAt }).result;
const gate = (now: string, r: ReturnType<typeof result> | undefined, head = VOTED) => proposalGate({ poll, state, result: r, head, now: new Date(now) });

describe('proposalGate', () => {
  it('is pending while voting runs, with the figures', () => {
    expect(gate('2026-09-05T00:00:00Z', result('2026-09-05T00:00:00Z', ['a']))).toEqual({ state: 'pending', sha: VOTED, description: 'Voting until 2026-09-15: yes 1, no 0, abstain 0; 1 of 4 voted (quorum 1)', words: { key: 'voting', vars: { date: '2026-09-15T09:00:00.000Z' }, figures: true } });
  });

  it('succeeds when the final result decided yes on the text that was voted on', () => {
    expect(gate('2026-09-20T00:00:00Z', result('2026-09-20T00:00:00Z', ['a', 'b']))).toMatchObject({ state: 'success', description: 'Passed: yes 2, no 0, abstain 0; 2 of 4 voted (quorum 1)' });
  });

  it('is pending, never success, after closing until a sync that started after closing was counted', () => {
    // Closed at 09:00; the last sync ran at 08:00, before late "no" votes could be seen.
    const stale = result('2026-09-15T10:00:00Z', ['a', 'b'], [], '2026-09-15T08:00:00Z');
    expect(gate('2026-09-15T10:00:00Z', stale)).toEqual({ state: 'pending', sha: VOTED, description: 'Voting closed; waiting for the count after closing (so far yes 2, no 0, abstain 0; 2 of 4 voted (quorum 1))', words: { key: 'waiting', vars: {}, figures: true } });
    // The count is final by the clock but not yet witnessed: the tally writes it provisional until then.
    expect(gate('2026-09-20T00:00:00Z', provisional(result('2026-09-20T00:00:00Z', ['a', 'b']))).state).toBe('pending');
    expect(gate('2026-09-20T00:00:00Z', undefined).state).toBe('pending');
  });

  it('fails when the head moved during voting, even with a yes', () => {
    const g = gate('2026-09-20T00:00:00Z', result('2026-09-20T00:00:00Z', ['a', 'b']), MOVED);
    expect(g.state).toBe('failure');
    expect(g.sha).toBe(MOVED);
    expect(g.description).toContain('the text changed during voting');
  });

  it('fails when the poll decided no, or without quorum', () => {
    expect(gate('2026-09-20T00:00:00Z', result('2026-09-20T00:00:00Z', ['a'], ['b', 'c'])).description).toBe('Not passed (decided "no"): yes 1, no 2, abstain 0; 3 of 4 voted (quorum 1)');
    expect(gate('2026-09-20T00:00:00Z', result('2026-09-20T00:00:00Z', []))).toMatchObject({ state: 'failure', description: expect.stringMatching(/^Not passed \(no quorum\)/) });
  });

  it('without a frozen state: pending before the poll opens, failure once it closed unopened', () => {
    expect(proposalGate({ poll, state: undefined, result: undefined, head: VOTED, now: new Date('2026-08-01T00:00:00Z') })).toMatchObject({ state: 'pending', description: 'Voting opens 2026-09-01' });
    expect(proposalGate({ poll, state: undefined, result: undefined, head: VOTED, now: new Date('2026-09-20T00:00:00Z') }).state).toBe('failure');
  });
});

describe('governingPolls', () => {
  const entry = (id: string, opens: string, proposal?: number): PollEntry => ({
    id, file: `content/polls/${id}.yml`, data: { title: id, question: 'q', type: 'single', options: [{ key: 'yes', label: 'Yes' }, { key: 'no', label: 'No' }], opens, closes: '2027-01-01T00:00:00Z', ...(proposal ? { proposal } : {}) },
  });

  it('follows the proposal frozen in the state, not a proposal: line added to the file later', () => {
    const decided = entry('decided', rules.opens, 20);
    const frozenWithout = stateFor(rules, d([]), roster, { id: 'decided', proposal: null });
    expect(governingPolls([decided], new Map([['decided', frozenWithout]])).has(20)).toBe(false);
  });

  it('picks the poll that opens last when a proposal is voted on again', () => {
    const polls = [entry('second', '2026-10-01T00:00:00Z', 12), entry('first', '2026-09-01T00:00:00Z', 12)];
    expect(governingPolls(polls, new Map()).get(12)?.id).toBe('second');
  });
});
