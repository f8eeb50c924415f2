import { describe, expect, it } from 'vitest';
import { deployDecision, isTrue } from './deploy-decision.ts';

describe('deployDecision', () => {
  it('skips the scheduled run that found nothing new on a commit already published', () => {
    const d = deployDecision({ event: 'schedule', committed: false, deployedBefore: true });
    expect(d.build).toBe(false);
    expect(d.reason).toMatch(/nothing new/);
  });

  it.each([
    ['a scheduled run that committed something', { event: 'schedule', committed: true, deployedBefore: true }],
    ['a scheduled run on a commit never published', { event: 'schedule', committed: false, deployedBefore: false }],
    ['a push', { event: 'push', committed: false, deployedBefore: true }],
    ['a run started by hand', { event: 'workflow_dispatch', committed: false, deployedBefore: true }],
  ])('builds for %s', (_, facts) => {
    expect(deployDecision(facts).build).toBe(true);
  });
});

describe('isTrue', () => {
  it('reads step outputs as Actions writes them, and an unset output as false', () => {
    expect([isTrue('true'), isTrue('TRUE\n'), isTrue('false'), isTrue(''), isTrue(undefined)]).toEqual([true, true, false, false, false]);
  });
});
