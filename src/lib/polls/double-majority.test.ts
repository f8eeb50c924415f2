import { describe, expect, it } from 'vitest';
import type { Member, PollRules } from '../../schemas/index.ts';
import { discussion, member, option, stateFor, thumbs } from './fixtures/build.ts';
import { countPoll, jsonSummary, tallyFromInput } from './tally.ts';

/**
 * The double majority at its edges, counted the way the tally counts: from the frozen state (with each member's
 * chapter at opening) and the 👍 on the option comments.
 */
const rules: PollRules = {
  type: 'single', options: ['a', 'b', 'abstain'], opens: '2026-09-01T09:00:00.000Z', closes: '2026-09-15T09:00:00.000Z',
  quorum: 0, threshold: 'double-majority', discussion: 30,
};
const AFTER = new Date('2026-09-20T00:00:00Z');

/** `n` members of a chapter: lisbon1, lisbon2… */
const chapter = (id: string, n: number): Member[] => Array.from({ length: n }, (_, i) => member(`${id}${i + 1}`, '2020-01-01', { chapter: id }));
const of = (id: string, ...n: number[]) => n.map((i) => `${id}${i}`);

function count(ballots: { a?: string[]; b?: string[]; abstain?: string[] }, roster: Member[], r: PollRules = rules) {
  const d = discussion([option('a', thumbs(ballots.a ?? [])), option('b', thumbs(ballots.b ?? [])), option('abstain', thumbs(ballots.abstain ?? []))]);
  return countPoll({ state: stateFor(r, d, roster), discussion: d, now: AFTER, syncedAt: AFTER.toISOString() }).result;
}
const roster = [...chapter('lisbon', 6), ...chapter('osaka', 3), ...chapter('porto', 3), ...chapter('bristol', 3)];

describe('double majority', () => {
  it('a majority of the votes won in a minority of the chapters decides nothing', () => {
    // a: 6 of 9 valid votes (a simple majority), but only Lisbon; b wins Osaka and Porto.
    const r = count({ a: [...of('lisbon', 1, 2, 3, 4, 5), 'osaka1'], b: [...of('osaka', 2, 3), ...of('porto', 1)] }, roster);
    expect(r.tally).toMatchObject({ outcome: 'no-majority', winner: null, validVotes: 9 });
    expect(r.tally.chapters!.map((c) => [c.id, c.validVotes, c.winner])).toEqual([['bristol', 0, null], ['lisbon', 5, 'a'], ['osaka', 3, 'b'], ['porto', 1, 'b']]);
    // The same ballots under a simple majority: a wins.
    const simple = count({ a: [...of('lisbon', 1, 2, 3, 4, 5), 'osaka1'], b: [...of('osaka', 2, 3), ...of('porto', 1)] }, roster, { ...rules, threshold: 'simple-majority' });
    expect(simple.tally).toMatchObject({ outcome: 'decided', winner: 'a' });
    expect(simple.tally.chapters).toBeUndefined();
  });

  it('decides when both majorities hold, and not when a chapter split evenly keeps the chapters at half', () => {
    const lisbonB = of('lisbon', 3, 4, 5);
    // a: 7 of 11 votes; chapters: Lisbon b, Osaka a, Porto a (2–1), Bristol a: 3 of 4 chapters.
    const clear = count({ a: [...of('lisbon', 1, 2), ...of('osaka', 1, 2), ...of('porto', 1, 3), 'bristol1'], b: [...lisbonB, 'porto2'] }, roster);
    expect(clear.tally).toMatchObject({ outcome: 'decided', winner: 'a', validVotes: 11 });
    // One vote less in Porto: a still has 6 of 10 votes, but Porto is split 1–1 and a wins 2 of 4 chapters.
    const split = count({ a: [...of('lisbon', 1, 2), ...of('osaka', 1, 2), 'porto1', 'bristol1'], b: [...lisbonB, 'porto2'] }, roster);
    expect(split.tally).toMatchObject({ outcome: 'no-majority', winner: null, validVotes: 10 });
  });

  it('a tie within a chapter counts that chapter, and nobody wins it', () => {
    // Two chapters counted: Lisbon 2–2 (nobody), Osaka a. a wins 1 of 2: not more than half.
    const r = count({ a: [...of('lisbon', 1, 2), ...of('osaka', 1, 2, 3)], b: of('lisbon', 3, 4) }, roster);
    const lisbon = r.tally.chapters!.find((c) => c.id === 'lisbon')!;
    expect(lisbon).toEqual({ id: 'lisbon', eligible: 6, voters: 4, validVotes: 4, options: [{ key: 'a', votes: 2 }, { key: 'b', votes: 2 }, { key: 'abstain', votes: 0 }], winner: null });
    expect(r.tally).toMatchObject({ outcome: 'no-majority', validVotes: 7 });
  });

  it('a chapter with only abstentions is not counted among the chapters, but its members take part', () => {
    // Lisbon only abstains: the chapters counted are Osaka and Porto, both won by a.
    const r = count({ a: [...of('osaka', 1, 2), ...of('porto', 1)], b: ['osaka3'], abstain: of('lisbon', 1, 2, 3, 4, 5, 6) }, roster, { ...rules, quorum: 0.5 });
    expect(r.tally.chapters!.find((c) => c.id === 'lisbon')).toMatchObject({ voters: 6, validVotes: 0, winner: null });
    expect(r.tally).toMatchObject({ outcome: 'decided', winner: 'a', voters: 10, abstained: 6, quorumMet: true });
  });

  it('half of the chapters is not a majority of them', () => {
    // a wins Lisbon and Osaka, b wins Porto and Bristol; a has 6 of 10 votes.
    const r = count({ a: [...of('lisbon', 1, 2, 3, 4), ...of('osaka', 1, 2)], b: [...of('porto', 1, 2), ...of('bristol', 1, 2)] }, roster);
    expect(r.tally).toMatchObject({ outcome: 'no-majority', winner: null });
  });

  it('counts a member who moved chapters after opening with the chapter frozen at opening', () => {
    const d = discussion([option('a', thumbs(['lisbon1', 'osaka1'])), option('b', thumbs(['osaka2'])), option('abstain', [])]);
    const state = stateFor(rules, d, roster);
    // osaka1 moves to Lisbon after the poll opened: the roster changes, the frozen electorate does not.
    const later = roster.map((m) => (m.github === 'osaka1' ? { ...m, chapter: 'lisbon' } : m));
    expect(stateFor(rules, d, later).frozen.electorate.find((e) => e.login === 'osaka1')?.chapter).toBe('lisbon');
    const tally = tallyFromInput(state, countPoll({ state, discussion: d, now: AFTER, syncedAt: AFTER.toISOString() }).result.input, 'closed');
    expect(tally.chapters!.find((c) => c.id === 'osaka')).toMatchObject({ voters: 2, validVotes: 2, winner: null });
    expect(tally.chapters!.find((c) => c.id === 'lisbon')).toMatchObject({ voters: 1, validVotes: 1, winner: 'a' });
  });

  it('reports chapters in --json as { id, voters, winner }, keeping every other field', () => {
    const r = count({ a: [...of('lisbon', 1, 2, 3)], b: ['osaka1'] }, roster);
    const json = jsonSummary(r);
    expect(Object.keys(json)).toEqual(['id', 'outcome', 'winner', 'eligible', 'voters', 'spoiled', 'quorumMet', 'options', 'phase', 'frozen', 'abstained', 'validVotes', 'quorumNeeded', 'chapters']);
    expect(json.chapters).toEqual([{ id: 'bristol', voters: 0, winner: null }, { id: 'lisbon', voters: 3, winner: 'a' }, { id: 'osaka', voters: 1, winner: 'b' }, { id: 'porto', voters: 0, winner: null }]);
    expect('chapters' in jsonSummary(count({ a: ['lisbon1'] }, roster, { ...rules, threshold: 'simple-majority' }))).toBe(false);
  });
});
