import { describe, expect, it } from 'vitest';
import { gateFor, proposalState, type ProposalPollStatus, type ProposalPullRequest } from './lifecycle.ts';

const open: ProposalPullRequest = { state: 'OPEN', isDraft: false, merged: false };
const draft: ProposalPullRequest = { ...open, isDraft: true };
const closed: ProposalPullRequest = { state: 'CLOSED', isDraft: false, merged: false };
const merged: ProposalPullRequest = { state: 'MERGED', isDraft: false, merged: true };

const window = { id: 'p', opens: '2026-05-01T00:00:00Z', closes: '2026-05-15T00:00:00Z' };
const before = new Date('2026-04-20T00:00:00Z');
const during = new Date('2026-05-07T00:00:00Z');
const after = new Date('2026-06-01T00:00:00Z');

const uncounted: ProposalPollStatus = { ...window, result: null };
const counted = (outcome: 'open' | 'no-quorum' | 'no-majority' | 'decided', winner: string | null = null): ProposalPollStatus => ({
  ...window,
  result: { phase: outcome === 'open' ? 'open' : 'closed', outcome, winner },
});

describe('proposalState', () => {
  it('an open pull request without a poll is in discussion; a draft is a draft', () => {
    expect(proposalState(open, null, during)).toBe('in-discussion');
    expect(proposalState(draft, null, during)).toBe('draft');
  });
  it('a scheduled poll that has not opened leaves it in discussion', () => {
    expect(proposalState(open, uncounted, before)).toBe('in-discussion');
  });
  it('is voting while the poll is open, even when marked draft, and until the closed poll is counted', () => {
    expect(proposalState(open, counted('open'), during)).toBe('voting');
    expect(proposalState(draft, uncounted, during)).toBe('voting');
    expect(proposalState(open, uncounted, after)).toBe('voting');
    expect(proposalState(open, counted('open'), after)).toBe('voting');
  });
  it('passes only on a counted "yes"', () => {
    expect(proposalState(open, counted('decided', 'yes'), after)).toBe('passed');
    expect(proposalState(open, counted('decided', 'no'), after)).toBe('rejected');
    expect(proposalState(open, counted('no-quorum'), after)).toBe('rejected');
    expect(proposalState(open, counted('no-majority'), after)).toBe('rejected');
  });
  it('a result written early does not decide before the poll closes', () => {
    expect(proposalState(open, { ...window, result: { phase: 'closed', outcome: 'decided', winner: 'yes' } }, during)).toBe('voting');
  });
  it('closed without merging is rejected after a failed poll, otherwise withdrawn', () => {
    expect(proposalState(closed, counted('decided', 'no'), after)).toBe('rejected');
    expect(proposalState(closed, null, after)).toBe('withdrawn');
    expect(proposalState(closed, counted('open'), during)).toBe('withdrawn');
    expect(proposalState(closed, counted('decided', 'yes'), after)).toBe('withdrawn');
  });
  it('merged wins over everything', () => {
    expect(proposalState(merged, counted('decided', 'no'), after)).toBe('merged');
    expect(proposalState({ ...open, merged: true }, null, during)).toBe('merged');
  });
});

describe('gateFor', () => {
  const heads = { votedOn: 'aaa', current: 'aaa' };
  it('is pending without a poll or while voting', () => {
    expect(gateFor(null, during, heads).status).toBe('pending');
    expect(gateFor(uncounted, before, heads)).toEqual({ status: 'pending', reason: 'poll p has not opened', words: { key: 'notOpened', vars: {}, figures: false } });
    expect(gateFor(counted('open'), during, heads)).toEqual({ status: 'pending', reason: 'poll p is open', words: { key: 'open', vars: {}, figures: false } });
    expect(gateFor(uncounted, after, heads)).toEqual({ status: 'pending', reason: 'poll p has closed but is not counted yet (npm run tally)', words: { key: 'notCounted', vars: {}, figures: false } });
  });
  it('succeeds on a passed poll and fails otherwise', () => {
    expect(gateFor(counted('decided', 'yes'), after, heads).status).toBe('success');
    expect(gateFor(counted('decided', 'no'), after, heads)).toEqual({ status: 'failure', reason: 'poll p: decided "no"', words: { key: 'notPassed.decided', vars: { option: 'no' }, figures: true } });
    expect(gateFor(counted('no-quorum'), after, heads)).toEqual({ status: 'failure', reason: 'poll p: no-quorum', words: { key: 'notPassed.no-quorum', vars: { option: '' }, figures: true } });
  });
  it('fails when the head moved after voting started, even on a yes', () => {
    expect(gateFor(counted('decided', 'yes'), after, { votedOn: 'aaa', current: 'bbb' })).toEqual({ status: 'failure', reason: 'the text changed during voting', words: { key: 'textChanged', vars: { voted: 'aaa', head: 'bbb' }, figures: false } });
  });
});
