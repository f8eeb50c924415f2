import { describe, expect, it } from 'vitest';
import { isQuorumMet, meetsThreshold, quorumNeeded } from './thresholds.ts';

describe('meetsThreshold', () => {
  it('simple majority: exactly half is not enough, one more is', () => {
    expect(meetsThreshold('simple-majority', 5, 10)).toBe(false);
    expect(meetsThreshold('simple-majority', 6, 10)).toBe(true);
    expect(meetsThreshold('simple-majority', 4, 7)).toBe(true);
    expect(meetsThreshold('simple-majority', 3, 7)).toBe(false);
  });

  it('two thirds: exactly two thirds is enough, one vote less is not', () => {
    expect(meetsThreshold('two-thirds', 6, 9)).toBe(true);
    expect(meetsThreshold('two-thirds', 5, 9)).toBe(false);
    expect(meetsThreshold('two-thirds', 2, 3)).toBe(true);
    expect(meetsThreshold('two-thirds', 66, 100)).toBe(false);
    expect(meetsThreshold('two-thirds', 67, 100)).toBe(true);
  });

  it('nothing passes without valid votes', () => {
    expect(meetsThreshold('simple-majority', 0, 0)).toBe(false);
    expect(meetsThreshold('two-thirds', 0, 0)).toBe(false);
  });
});

describe('quorum', () => {
  it('is met at exactly the fraction, not one voter below', () => {
    expect(quorumNeeded(0.25, 40)).toBe(10);
    expect(isQuorumMet(0.25, 10, 40)).toBe(true);
    expect(isQuorumMet(0.25, 9, 40)).toBe(false);
  });

  it('rounds up a fractional voter and is not fooled by floating point', () => {
    expect(quorumNeeded(0.25, 41)).toBe(11);
    expect(quorumNeeded(0.3, 10)).toBe(3);
    expect(quorumNeeded(0.1, 30)).toBe(3);
  });

  it('cannot be met with nobody eligible', () => {
    expect(isQuorumMet(0, 0, 0)).toBe(false);
  });
});
