import { describe, expect, it } from 'vitest';
import type { Discussion, Member, PollRules } from '../../schemas/index.ts';
import { discussion, idOf, member, option, reaction, reply, stateFor, thumbs } from './fixtures/build.ts';
import { countPoll } from './tally.ts';

const yesNo: PollRules = {
  type: 'single', options: ['yes', 'no', 'abstain'], opens: '2026-09-01T09:00:00.000Z', closes: '2026-09-15T09:00:00.000Z',
  quorum: 0.25, threshold: 'simple-majority', discussion: 30,
};
const AFTER = new Date('2026-09-20T00:00:00Z');
const DURING = new Date('2026-09-05T00:00:00Z');

/** A roster of `n` members m1…mN who all joined long before, plus any extra entries. */
function roster(n: number, ...extra: Member[]): Member[] {
  return [...Array.from({ length: n }, (_, i) => member(`m${i + 1}`)), ...extra];
}
const ms = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => `m${from + i}`);

function count(d: Discussion, people: Member[], rules: PollRules = yesNo, now = AFTER) {
  return countPoll({ state: stateFor(rules, d, people), discussion: d, now, syncedAt: now.toISOString() });
}
const votes = (r: ReturnType<typeof count>) => Object.fromEntries(r.result.tally.options.map((o) => [o.key, o.votes]));

describe('counting a single-choice poll', () => {
  it('decides yes with more than half of the valid votes', () => {
    const d = discussion([option('yes', thumbs(ms(1, 6))), option('no', thumbs(ms(7, 10))), option('abstain', [])]);
    const r = count(d, roster(20));
    expect(votes(r)).toEqual({ yes: 6, no: 4, abstain: 0 });
    expect(r.result.tally).toMatchObject({ outcome: 'decided', winner: 'yes', eligible: 20, voters: 10, quorumMet: true, validVotes: 10 });
  });

  it('exactly half of the valid votes is not a simple majority', () => {
    const d = discussion([option('yes', thumbs(ms(1, 5))), option('no', thumbs(ms(6, 10))), option('abstain', [])]);
    expect(count(d, roster(20)).result.tally).toMatchObject({ outcome: 'no-majority', winner: null });
  });

  it('abstain counts for quorum but not in the denominator', () => {
    // 3 yes, 2 no, 5 abstain: 10 of 40 voters meets a 0.25 quorum only thanks to abstentions,
    // and 3 of 5 valid votes is a majority although it is not half of all voters.
    const d = discussion([option('yes', thumbs(ms(1, 3))), option('no', thumbs(ms(4, 5))), option('abstain', thumbs(ms(6, 10)))]);
    const r = count(d, roster(40));
    expect(r.result.tally).toMatchObject({ outcome: 'decided', winner: 'yes', voters: 10, abstained: 5, validVotes: 5, quorumMet: true });
  });

  it('reports no quorum when too few eligible members take part', () => {
    const d = discussion([option('yes', thumbs(ms(1, 9))), option('no', []), option('abstain', [])]);
    expect(count(d, roster(40)).result.tally).toMatchObject({ outcome: 'no-quorum', winner: null, voters: 9, quorumMet: false, quorumNeeded: 10 });
  });

  it('a 👍 on two options spoils the ballot: it takes part but counts for neither', () => {
    const d = discussion([option('yes', thumbs(['m1', 'm2', 'm3'])), option('no', thumbs(['m3', 'm4'])), option('abstain', [])]);
    const r = count(d, roster(8));
    expect(votes(r)).toEqual({ yes: 2, no: 1, abstain: 0 });
    expect(r.result.tally).toMatchObject({ voters: 4, spoiled: 1, spoiledBallots: ['m3'], validVotes: 3, quorumMet: true, winner: 'yes' });
  });

  it('yes plus abstain is a spoiled ballot too', () => {
    const d = discussion([option('yes', thumbs(['m1'])), option('no', []), option('abstain', thumbs(['m1']))]);
    expect(count(d, roster(2)).result.tally).toMatchObject({ spoiled: 1, voters: 1, abstained: 0, validVotes: 0, outcome: 'no-majority' });
  });

  it('stays open before closing, with the running count', () => {
    const d = discussion([option('yes', thumbs(['m1'])), option('no', []), option('abstain', [])]);
    const r = count(d, roster(2), yesNo, DURING);
    expect(r.result.tally).toMatchObject({ outcome: 'open', winner: null, voters: 1 });
    expect(r.result.phase).toBe('open');
    expect(r.result.frozen).toBe(false);
  });
});

describe('what is not a vote', () => {
  it('counts every 👍 past the first hundred on one option', () => {
    const people = roster(150);
    const d = discussion([option('yes', thumbs(ms(1, 150))), option('no', []), option('abstain', [])]);
    expect(count(d, people).result.tally).toMatchObject({ voters: 150, options: [{ key: 'yes', votes: 150 }, { key: 'no', votes: 0 }, { key: 'abstain', votes: 0 }] });
  });

  it('ignores reactions on replies, on the discussion, and other emoji', () => {
    const d = discussion(
      [
        option('yes', [reaction('m1'), reaction('m2', undefined, 'HEART'), reaction('m3', undefined, 'THUMBS_DOWN')], 'github-actions', [reply('me too', thumbs(['m4']))]),
        option('no', [reaction('m5', undefined, 'ROCKET')]),
        option('abstain', []),
      ],
      thumbs(['m6']),
    );
    const r = count(d, roster(10));
    expect(votes(r)).toEqual({ yes: 1, no: 0, abstain: 0 });
    expect(r.result.tally.voters).toBe(1);
  });

  it('ignores a look-alike option comment by a non-maintainer and reports it', () => {
    const fake = option('no', thumbs(ms(1, 5)), 'm9');
    const d = discussion([option('yes', thumbs(['m6'])), fake, option('no', thumbs(['m7'])), option('abstain', [])]);
    const r = count(d, roster(10));
    expect(votes(r)).toEqual({ yes: 1, no: 1, abstain: 0 });
    expect(r.notices).toContainEqual(expect.objectContaining({ kind: 'look-alike', url: fake.url }));
  });

  it('accepts option comments by a roster maintainer', () => {
    const d = discussion([option('yes', thumbs(['m1']), 'Chair'), option('no', []), option('abstain', [])]);
    expect(votes(count(d, roster(3, member('chair', '2020-01-01', { role: 'maintainer' }))))).toMatchObject({ yes: 1 });
  });

  it('ignores a member who joined after the poll opened, and one who left before it closed', () => {
    const late = member('late', '2026-09-02');
    const gone = member('gone', '2020-01-01', { until: new Date('2026-09-10') });
    const d = discussion([option('yes', thumbs(['late', 'gone', 'm1'])), option('no', []), option('abstain', [])]);
    expect(count(d, roster(2, late, gone)).result.tally).toMatchObject({ eligible: 2, voters: 1, options: [{ key: 'yes', votes: 1, voters: ['m1'] }, expect.anything(), expect.anything()] });
  });

  it('counts reactions at the opening instant and drops those at closing or outside the window', () => {
    const d = discussion([
      option('yes', [reaction('m1', '2026-09-01T09:00:00Z'), reaction('m2', '2026-09-15T08:59:59Z'), reaction('m3', '2026-09-15T09:00:00Z'), reaction('m4', '2026-08-31T23:00:00Z')]),
      option('no', []),
      option('abstain', []),
    ]);
    expect(count(d, roster(4)).result.tally.options[0]).toEqual({ key: 'yes', votes: 2, voters: ['m1', 'm2'] });
  });

  it('ignores deleted accounts, bots and strangers; matches logins ignoring case', () => {
    const d = discussion([option('yes', thumbs([null, 'dependabot[bot]', 'stranger', 'M1', 'm2'])), option('no', []), option('abstain', [])]);
    const r = count(d, roster(2, member('dependabot[bot]')));
    expect(r.result.tally.options[0]).toEqual({ key: 'yes', votes: 2, voters: ['m1', 'm2'] });
    expect(r.result.tally.voters).toBe(2);
  });
});

describe('plurality and approval', () => {
  const city: PollRules = { ...yesNo, options: ['lisbon', 'osaka', 'valparaiso', 'bristol'], threshold: 'plurality' };

  it('plurality picks the most votes even below half', () => {
    const d = discussion([option('lisbon', thumbs(ms(1, 3))), option('osaka', thumbs(ms(4, 5))), option('valparaiso', thumbs(ms(6, 7))), option('bristol', thumbs(['m8']))]);
    expect(count(d, roster(10), city).result.tally).toMatchObject({ outcome: 'decided', winner: 'lisbon' });
  });

  it('a tie for first decides nothing', () => {
    const d = discussion([option('lisbon', thumbs(ms(1, 3))), option('osaka', thumbs(ms(4, 6))), option('valparaiso', thumbs(['m7'])), option('bristol', [])]);
    expect(count(d, roster(10), city).result.tally).toMatchObject({ outcome: 'no-majority', winner: null });
  });

  it('approval counts each 👍 and never spoils', () => {
    const groups: PollRules = { ...yesNo, type: 'approval', options: ['coast-science', 'youth', 'policy', 'arts'], threshold: 'simple-majority' };
    const d = discussion([option('coast-science', thumbs(['m1', 'm2', 'm3'])), option('youth', thumbs(['m1', 'm2'])), option('policy', thumbs(['m3'])), option('arts', thumbs(['m4']))]);
    const r = count(d, roster(4), groups);
    expect(votes(r)).toEqual({ 'coast-science': 3, youth: 2, policy: 1, arts: 1 });
    // 4 members approved something: coast-science (3 of 4) is a majority, youth (2 of 4) is not.
    expect(r.result.tally).toMatchObject({ spoiled: 0, voters: 4, validVotes: 4, outcome: 'decided', winner: 'coast-science' });
  });

  it('two-thirds: exactly two thirds passes', () => {
    const rules: PollRules = { ...yesNo, threshold: 'two-thirds' };
    const pass = discussion([option('yes', thumbs(ms(1, 6))), option('no', thumbs(ms(7, 9))), option('abstain', thumbs(['m10']))]);
    expect(count(pass, roster(12), rules).result.tally).toMatchObject({ outcome: 'decided', winner: 'yes', validVotes: 9 });
    const fail = discussion([option('yes', thumbs(ms(1, 5))), option('no', thumbs(ms(6, 8))), option('abstain', [])]);
    expect(count(fail, roster(12), rules).result.tally).toMatchObject({ outcome: 'no-majority' });
  });
});

describe('who counts: the electorate frozen at opening, by account id', () => {
  it('counts a member who renamed their account, and not the stranger who registered the freed login', () => {
    const people = roster(3);
    const d = discussion([option('yes', []), option('no', []), option('abstain', [])]);
    const state = stateFor(yesNo, d, people);
    // m1 renamed to m1-new (same account, same id); someone else registered "m1" and voted no.
    d.comments[0]!.reactions.push(reaction('m1-new', undefined, 'THUMBS_UP', idOf('m1')));
    d.comments[1]!.reactions.push(reaction('m1', undefined, 'THUMBS_UP', 999_999));
    const r = countPoll({ state, discussion: d, now: AFTER, syncedAt: AFTER.toISOString() });
    expect(r.result.tally.options.map((o) => [o.key, o.voters])).toEqual([['yes', ['m1']], ['no', []], ['abstain', []]]);
  });

  it('ignores roster entries added after opening, whatever their since date', () => {
    const d = discussion([option('yes', thumbs(['m1', 'backdated'])), option('no', []), option('abstain', [])]);
    const state = stateFor(yesNo, d, roster(2));
    // The roster now holds a member dated before the poll opened; the frozen electorate does not.
    const r = countPoll({ state, discussion: d, now: AFTER, syncedAt: AFTER.toISOString() });
    expect(r.result.tally).toMatchObject({ eligible: 2, voters: 1 });
  });

  it('a member whose account could not be confirmed at opening counts as eligible but cannot vote', () => {
    const d = discussion([option('yes', thumbs(['m1', 'm2'])), option('no', []), option('abstain', [])]);
    const state = stateFor(yesNo, d, roster(2));
    state.frozen.electorate[1]!.id = null;
    const r = countPoll({ state, discussion: d, now: AFTER, syncedAt: AFTER.toISOString() });
    expect(r.result.tally).toMatchObject({ eligible: 2, voters: 1, options: [{ key: 'yes', votes: 1, voters: ['m1'] }, expect.anything(), expect.anything()] });
  });

  it('counts only the option comments frozen at opening, even a later one by a maintainer', () => {
    const d = discussion([option('yes', thumbs(['m1'])), option('no', []), option('abstain', [])]);
    const state = stateFor(yesNo, d, roster(4, member('chair', '2020-01-01', { role: 'maintainer' })));
    const later = option('no', thumbs(['m2', 'm3', 'm4']), 'chair');
    d.comments.push(later);
    const r = countPoll({ state, discussion: d, now: AFTER, syncedAt: AFTER.toISOString() });
    expect(r.result.tally.options[1]).toEqual({ key: 'no', votes: 0, voters: [] });
    expect(r.notices).toContainEqual(expect.objectContaining({ kind: 'look-alike', url: later.url }));
  });
});

describe('final counts', () => {
  it('a count is final only once a sync that started at or after closing was counted', () => {
    const d = discussion([option('yes', thumbs(['m1'])), option('no', []), option('abstain', [])]);
    const state = stateFor(yesNo, d, roster(2));
    const before = countPoll({ state, discussion: d, now: AFTER, syncedAt: '2026-09-15T08:59:59Z' });
    expect([before.result.phase, before.final, before.result.frozen, before.result.syncedAt]).toEqual(['closed', false, false, null]);
    const after = countPoll({ state, discussion: d, now: AFTER, syncedAt: '2026-09-15T09:00:00Z' });
    expect([after.final, after.result.frozen, after.result.syncedAt]).toEqual([true, true, '2026-09-15T09:00:00Z']);
  });

  it('the same votes give the same digest; another vote another one', () => {
    const people = roster(4);
    const one = discussion([option('yes', thumbs(['m1', 'm2'])), option('no', []), option('abstain', [])]);
    const state = stateFor(yesNo, one, people);
    const a = countPoll({ state, discussion: one, now: AFTER, syncedAt: AFTER.toISOString() }).result;
    const b = countPoll({ state, discussion: structuredClone(one), now: AFTER, syncedAt: AFTER.toISOString() }).result;
    expect(b.inputDigest).toBe(a.inputDigest);
    const more = structuredClone(one);
    more.comments[1]!.reactions.push(reaction('m3'));
    expect(countPoll({ state, discussion: more, now: AFTER, syncedAt: AFTER.toISOString() }).result.inputDigest).not.toBe(a.inputDigest);
  });
});
