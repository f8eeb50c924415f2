import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import type { PollState } from '../../schemas/index.ts';
import { digestOf } from '../build-cache/digest.ts';
import { withoutElectorates } from './without-electorates.ts';

const state = {
  format: 2,
  id: 'dues-2027',
  openedAt: '2026-11-01T09:00:00.000Z',
  frozen: {
    rules: { type: 'single', options: ['yes', 'no'], opens: '2026-11-01T09:00:00.000Z', closes: '2026-11-08T09:00:00.000Z', quorum: 0.1, threshold: 'simple-majority', discussion: 4 },
    proposal: { number: 12, headSha: 'a'.repeat(40) },
    optionComments: [{ key: 'yes', id: 'DC_1', url: 'https://github.com/o/r/discussions/4#discussioncomment-1', author: 'bot' }],
    electorate: [{ login: 'ana', id: 1, chapter: 'lisbon' }, { login: 'rui', id: 2, chapter: 'porto' }],
  },
  frozenDigest: 'b'.repeat(64),
} as unknown as PollState;

describe('poll states as the site keeps them', () => {
  it('keep everything a page shows', () => {
    const [slim] = withoutElectorates([state]);
    expect(slim!.openedAt).toBe(state.openedAt);
    expect(slim!.frozenDigest).toBe(state.frozenDigest);
    expect(slim!.frozen.rules).toEqual(state.frozen.rules);
    expect(slim!.frozen.proposal).toEqual(state.frozen.proposal);
    expect(slim!.frozen.optionComments).toEqual(state.frozen.optionComments);
  });

  it('leave the electorate out of what is serialized or digested, and leave the file\'s copy alone', () => {
    const [slim] = withoutElectorates([state]);
    expect(JSON.stringify(slim)).not.toContain('lisbon');
    const { electorate: _, ...frozenRest } = state.frozen;
    expect(digestOf(slim)).toBe(digestOf({ ...state, frozen: frozenRest }));
    expect(state.frozen.electorate).toHaveLength(2);
  });

  it('let the electorate be collected: nothing they keep holds on to it', async () => {
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as () => void;
    let original: PollState[] = [structuredClone(state)];
    const electorate = new WeakRef(original[0]!.frozen.electorate);
    const slim = withoutElectorates(original);
    original = [];
    // A WeakRef holds its target until the current job ends.
    await new Promise((resolve) => setImmediate(resolve));
    gc();
    expect(electorate.deref()).toBeUndefined();
    expect(slim[0]!.id).toBe('dues-2027');
  });

  it('say so when code asks for the electorate', () => {
    const [slim] = withoutElectorates([state]);
    expect(() => slim!.frozen.electorate).toThrow(/does not keep poll dues-2027's electorate/);
  });
});
