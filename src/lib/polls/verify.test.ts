import { describe, expect, it } from 'vitest';
import type { PollRules } from '../../schemas/index.ts';
import { digestOf } from './digest.ts';
import { discussion, member, option, thumbs } from './fixtures/build.ts';
import { countPoll } from './tally.ts';
import { verifyResult } from './verify.ts';

const rules: PollRules = { type: 'single', options: ['yes', 'no'], opens: '2026-09-01T09:00:00.000Z', closes: '2026-09-15T09:00:00.000Z', quorum: 0.25, threshold: 'simple-majority', discussion: 30 };
const now = new Date('2026-09-20T00:00:00Z');
const committed = () =>
  structuredClone(
    countPoll({ id: 'p', rules, discussion: discussion([option('yes', thumbs(['a', 'b'])), option('no', thumbs(['c']))]), roster: ['a', 'b', 'c', 'd'].map((l) => member(l)), bot: 'github-actions', now, syncedAt: now.toISOString() }).result,
  );

describe('verifyResult', () => {
  it('passes an untouched result', () => {
    expect(verifyResult(committed(), 'r.json')).toEqual([]);
  });

  it('fails when a vote count is edited by hand', () => {
    const r = committed();
    r.tally.options[1]!.votes = 3;
    expect(verifyResult(r, 'r.json')).toEqual(['r.json: tally.options is [{"key":"yes","votes":2,"voters":["a","b"]},{"key":"no","votes":3,"voters":["c"]}] but recounting the stored input gives [{"key":"yes","votes":2,"voters":["a","b"]},{"key":"no","votes":1,"voters":["c"]}]']);
  });

  it('fails when the winner is edited', () => {
    const r = committed();
    r.tally.winner = 'no';
    expect(verifyResult(r, 'r.json')).toEqual(['r.json: tally.winner is "no" but recounting the stored input gives "yes"']);
  });

  it('fails when the stored input is edited, even with a consistent tally', () => {
    const r = committed();
    r.input.reactions.push({ key: 'no', user: 'd', createdAt: '2026-09-02T00:00:00Z' });
    expect(verifyResult(r, 'r.json')[0]).toBe('r.json: inputDigest does not match the stored input: the counted data was edited after the tally');
  });

  it('fails when the rules were counted under a different definition than the poll opened with', () => {
    const other = { ...rules, quorum: 0.5 };
    const state = { id: 'p', openedAt: rules.opens, rules: other, definitionDigest: digestOf(other), proposal: null, optionComments: [] };
    expect(verifyResult(committed(), 'r.json', state)).toHaveLength(1);
  });

  it('rejects a file that is not a result', () => {
    expect(verifyResult({ id: 'p' }, 'r.json')[0]).toMatch(/^r\.json: not a valid result file/);
  });
});
