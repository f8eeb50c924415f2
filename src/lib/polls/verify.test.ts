import { describe, expect, it } from 'vitest';
import type { PollRules } from '../../schemas/index.ts';
import { digestOf } from './digest.ts';
import { discussion, member, option, stateFor, thumbs } from './fixtures/build.ts';
import { countPoll, tallyFromInput } from './tally.ts';
import { verifyResult } from './verify.ts';

const rules: PollRules = { type: 'single', options: ['yes', 'no'], opens: '2026-09-01T09:00:00.000Z', closes: '2026-09-15T09:00:00.000Z', quorum: 0.25, threshold: 'simple-majority', discussion: 30 };
const now = new Date('2026-09-20T00:00:00Z');
const snapshot = discussion([option('yes', thumbs(['a', 'b'])), option('no', thumbs(['c']))]);
const state = stateFor(rules, snapshot, ['a', 'b', 'c', 'd'].map((l) => member(l)));
const count = () => countPoll({ state, discussion: snapshot, now, syncedAt: now.toISOString() });
const committed = () => structuredClone(count().result);
const verify = (raw: unknown, at = now) => verifyResult({ file: 'r.json', state, raw, recount: count(), source: 'the snapshot', now: at }).map((p) => `${p.field}: ${p.message}`);

describe('verifyResult', () => {
  it('passes an untouched result', () => {
    expect(verify(committed())).toEqual([]);
  });

  it('fails a forged result whose digests and figures were all recomputed to fit twelve extra voters', () => {
    const forged = committed();
    for (let i = 0; i < 12; i++) forged.input.reactions.push({ key: 'no', user: `sock-${i}`, userId: 50_000 + i, createdAt: '2026-09-02T00:00:00Z' });
    forged.inputDigest = digestOf(forged.input);
    forged.tally = tallyFromInput(state, forged.input, 'closed');
    const problems = verify(forged);
    expect(problems[0]).toMatch(/^input\.reactions: holds 12 votes that are not in the snapshot: 👍 no by sock-0 \(account 50000\), .* and 7 more; the result was not counted from GitHub's data/);
  });

  it('fails when a vote count is edited by hand', () => {
    const r = committed();
    r.tally.options[1]!.votes = 3;
    expect(verify(r)).toEqual(['tally.options: is [{"key":"yes","votes":2,"voters":["a","b"]},{"key":"no","votes":3,"voters":["c"]}] but recounting the snapshot gives [{"key":"yes","votes":2,"voters":["a","b"]},{"key":"no","votes":1,"voters":["c"]}]']);
  });

  it('fails when a stored vote is removed, even with a consistent digest', () => {
    const r = committed();
    r.input.reactions = r.input.reactions.filter((x) => x.user !== 'c');
    r.inputDigest = digestOf(r.input);
    expect(verify(r)[0]).toMatch(/^input\.reactions: lacks 1 vote that is in the snapshot: 👍 no by c/);
  });

  it('names a missing result and a result whose phase went back to open', () => {
    expect(verify(undefined)).toEqual([': poll "p" closed on 2026-09-15T09:00:00.000Z but has no result file: run "npm run sync" then "npm run tally" (or restore the file from git history: git log --all -- r.json)']);
    const reopened = committed();
    reopened.phase = 'open';
    expect(verify(reopened)[0]).toMatch(/^phase: is "open" but the poll closed on 2026-09-15T09:00:00\.000Z: a closed poll's result never goes back; restore it from git history/);
  });

  it('fails a result counted under another frozen state', () => {
    const r = committed();
    r.input.frozenDigest = digestOf('another state');
    expect(verify(r)).toContain(`input.frozenDigest: is ${r.input.frozenDigest.slice(0, 19)} but the poll opened with ${state.frozenDigest.slice(0, 19)}: this result was not counted under the frozen rules and electorate; restore it from git history (git log -p -- r.json), or delete it and let "npm run sync" then "npm run tally" write it again`);
  });

  it('fails a result that claims to be final from a sync before closing', () => {
    const r = committed();
    r.syncedAt = '2026-09-14T00:00:00Z';
    expect(verify(r).some((p) => p.startsWith('frozen: the result says it is final, but it was counted from a sync at 2026-09-14T00:00:00Z'))).toBe(true);
  });

  it('rejects a file that is not a result', () => {
    expect(verify({ id: 'p' })[0]).toMatch(/^format: /);
    expect(verify(null)[0]).toMatch(/^: not valid JSON/);
  });

  it('recounts nothing before closing', () => {
    const open = countPoll({ state, discussion: snapshot, now: new Date('2026-09-05T00:00:00Z'), syncedAt: null }).result;
    expect(verifyResult({ file: 'r.json', state, raw: open, recount: undefined, source: 'x', now: new Date('2026-09-05T00:00:00Z') })).toEqual([]);
  });
});
