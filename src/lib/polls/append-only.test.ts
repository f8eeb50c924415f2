import { describe, expect, it } from 'vitest';
import { appendOnlyProblems, type FileVersion } from './append-only.ts';

const paths = { stateDir: 'content/polls/state', resultDir: 'content/polls/results', accountsFile: 'content/github/accounts.json' };
const v = (commit: string, value: unknown): FileVersion => ({ commit: commit.padEnd(40, '0'), date: '2026-09-01T09:00:00Z', text: value === null ? null : `${JSON.stringify(value, null, 2)}\n` });
const history = (files: Record<string, FileVersion[]>) => ({ ref: 'origin/main', files: new Map(Object.entries(files)) });
const current = (files: Record<string, unknown>) => new Map(Object.entries(files).map(([k, value]) => [k, `${JSON.stringify(value, null, 2)}\n`]));
const check = (h: Record<string, FileVersion[]>, now: Record<string, unknown>) => appendOnlyProblems(history(h), current(now), paths).map((p) => `${p.file}: ${p.field}: ${p.message}`);

const STATE = 'content/polls/state/budget.json';
const RESULT = 'content/polls/results/budget.json';
const rules = { type: 'single', options: ['yes', 'no'], opens: '2026-09-01T09:00:00.000Z', closes: '2026-09-15T09:00:00.000Z', quorum: 0.25, threshold: 'simple-majority', discussion: 30 };
const state = { format: 2, id: 'budget', openedAt: '2026-09-01T09:00:00.000Z', frozen: { rules, proposal: null, optionComments: [{ key: 'yes', id: 'C1' }], electorate: [{ login: 'ada', id: 1, chapter: 'lisbon' }] }, frozenDigest: 'sha256:x' };
const tally = { outcome: 'decided', winner: 'yes' };
const result = (phase: string, frozen: boolean, extra: object = {}) => ({ format: 2, id: 'budget', phase, frozen, rules, tally, inputDigest: 'sha256:a', ...extra });

describe('appendOnlyProblems', () => {
  it('accepts a record that only grew', () => {
    expect(check({ [STATE]: [v('a', state)], [RESULT]: [v('a', result('open', false)), v('b', result('closed', true))] }, { [STATE]: state, [RESULT]: result('closed', true) })).toEqual([]);
  });

  it('fails a state that was deleted, and one whose electorate was changed', () => {
    expect(check({ [STATE]: [v('abc1234', state)] }, {})).toEqual([
      `${STATE}: : this poll opened (commit abc1234, 2026-09-01) and its state must stay on record: restore it with "git checkout origin/main -- ${STATE}"`,
    ]);
    const widened = structuredClone(state);
    widened.frozen.electorate.push({ login: 'sock', id: 99, chapter: 'lisbon' });
    expect(check({ [STATE]: [v('abc1234', state)] }, { [STATE]: widened })).toEqual([
      `${STATE}: frozen: this state was frozen when the poll opened (commit abc1234, 2026-09-01) and can never change: put it back with "git checkout origin/main -- ${STATE}"`,
    ]);
  });

  it('accepts a state rewritten in the current format when what it froze is the same, not when it differs', () => {
    const legacy = { id: 'budget', openedAt: state.openedAt, rules, definitionDigest: 'sha256:y', proposal: null, optionComments: [{ key: 'yes', id: 'C1', url: 'u', author: 'github-actions' }] };
    expect(check({ [STATE]: [v('a', legacy)] }, { [STATE]: state })).toEqual([]);
    const moved = structuredClone(state);
    moved.frozen.rules.closes = '2026-09-22T09:00:00.000Z';
    expect(check({ [STATE]: [v('a', legacy)] }, { [STATE]: moved })).toHaveLength(1);
  });

  it('holds nothing against history from before the current format, only against main\'s latest version of it', () => {
    const legacy = (winner: string) => ({ id: 'budget', phase: 'closed', frozen: true, rules, tally: { outcome: 'decided', winner } });
    const h = { [RESULT]: [v('a', legacy('no')), v('b', legacy('yes'))] };
    expect(check(h, { [RESULT]: result('closed', true) })).toEqual([]);
    expect(check(h, { [RESULT]: result('closed', true, { tally: { outcome: 'decided', winner: 'no' } }) })).toHaveLength(1);
  });

  it('fails a final result that changed or disappeared, and a phase that went back', () => {
    const h = { [RESULT]: [v('a', result('open', false)), v('f1a2b3c', result('closed', true))] };
    expect(check(h, { [RESULT]: result('closed', true, { tally: { outcome: 'decided', winner: 'no' } }) })[0]).toMatch(/^content\/polls\/results\/budget\.json: frozen: this result became final \(commit f1a2b3c, 2026-09-01\) and can never change/);
    expect(check(h, {})[0]).toMatch(/: this result became final \(commit f1a2b3c, 2026-09-01\) and must stay on record: restore it with "git checkout origin\/main -- content\/polls\/results\/budget\.json"$/);
    const notFinal = { [RESULT]: [v('a', result('open', false)), v('b', result('closed', false))] };
    expect(check(notFinal, { [RESULT]: result('open', false) })).toEqual([
      `${RESULT}: phase: is "open", but main already recorded this poll as "closed": a poll's phase never goes back; put the file back with "git checkout origin/main -- ${RESULT}"`,
    ]);
  });

  it('fails an account id that changed or was removed, and accepts new accounts', () => {
    const ACCOUNTS = paths.accountsFile;
    const h = { [ACCOUNTS]: [v('acc1234', [{ login: 'alice', id: 1 }])] };
    expect(check(h, { [ACCOUNTS]: [{ login: 'alice', id: 1 }, { login: 'bob', id: 2 }] })).toEqual([]);
    const swapped = check(h, { [ACCOUNTS]: [{ login: 'alice', id: 666 }] });
    expect(swapped).toHaveLength(1);
    expect(swapped[0]).toMatch(/^content\/github\/accounts\.json: alice: "alice" was recorded as GitHub account 1 \(commit acc1234, 2026-09-01\) and that can never change/);
    expect(check(h, { [ACCOUNTS]: [] })).toHaveLength(1);
  });
});
