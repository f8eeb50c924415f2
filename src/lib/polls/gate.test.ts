import { describe, expect, it } from 'vitest';
import type { PollRules, PollState } from '../../schemas/index.ts';
import { digestOf } from './digest.ts';
import { discussion, member, option, thumbs } from './fixtures/build.ts';
import { proposalGate } from './gate.ts';
import { countPoll } from './tally.ts';

const rules: PollRules = { type: 'single', options: ['yes', 'no', 'abstain'], opens: '2026-09-01T09:00:00.000Z', closes: '2026-09-15T09:00:00.000Z', quorum: 0.25, threshold: 'simple-majority', discussion: 30 };
const VOTED = 'a'.repeat(40);
const MOVED = 'b'.repeat(40);
const state: PollState = { id: 'p', openedAt: rules.opens, rules, definitionDigest: digestOf(rules), proposal: { number: 12, headSha: VOTED }, optionComments: [] };
const pr = (headSha: string) => headSha;
const roster = ['a', 'b', 'c', 'd'].map((l) => member(l));
const result = (now: string, yes: string[], no: string[] = []) =>
  countPoll({ id: 'p', rules, discussion: discussion([option('yes', thumbs(yes)), option('no', thumbs(no)), option('abstain', [])]), roster, bot: 'github-actions', now: new Date(now), syncedAt: now }).result;

describe('proposalGate', () => {
  it('is pending while voting runs, with the figures', () => {
    expect(proposalGate(result('2026-09-05T00:00:00Z', ['a']), state, pr(VOTED))).toEqual({ state: 'pending', sha: VOTED, description: 'Voting until 2026-09-15: yes 1, no 0, abstain 0; 1 of 4 voted (quorum 1)' });
  });

  it('succeeds when the poll decided yes on the text that was voted on', () => {
    expect(proposalGate(result('2026-09-20T00:00:00Z', ['a', 'b']), state, pr(VOTED))).toMatchObject({ state: 'success', description: 'Passed: yes 2, no 0, abstain 0; 2 of 4 voted (quorum 1)' });
  });

  it('fails when the head moved during voting, even with a yes', () => {
    const gate = proposalGate(result('2026-09-20T00:00:00Z', ['a', 'b']), state, pr(MOVED));
    expect(gate.state).toBe('failure');
    expect(gate.sha).toBe(MOVED);
    expect(gate.description).toContain('the text changed during voting');
  });

  it('fails when the poll decided no, or without quorum', () => {
    expect(proposalGate(result('2026-09-20T00:00:00Z', ['a'], ['b', 'c']), state, pr(VOTED)).description).toBe('Not passed (decided "no"): yes 1, no 2, abstain 0; 3 of 4 voted (quorum 1)');
    expect(proposalGate(result('2026-09-20T00:00:00Z', []), state, pr(VOTED))).toMatchObject({ state: 'failure', description: expect.stringMatching(/^Not passed \(no quorum\)/) });
  });

  it('is pending before the poll opens', () => {
    expect(proposalGate(result('2026-08-01T00:00:00Z', []), undefined, pr(VOTED))).toMatchObject({ state: 'pending', description: 'Voting opens 2026-09-01' });
  });
});
