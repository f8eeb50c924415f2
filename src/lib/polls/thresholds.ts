import type { Threshold } from '../../schemas/index.ts';

/**
 * Thresholds in whole numbers, so the edges are exact: half of the valid votes is not a simple
 * majority, two thirds of them is enough for `two-thirds`.
 */
export function meetsThreshold(threshold: Exclude<Threshold, 'plurality'>, votes: number, valid: number): boolean {
  if (valid === 0) return false;
  if (threshold === 'simple-majority') return 2 * votes > valid;
  return 3 * votes >= 2 * valid;
}

/** Fewest voters that meet the quorum among `eligible` members. */
export function quorumNeeded(quorum: number, eligible: number): number {
  // voters / eligible >= quorum, solved for whole voters; the rounding guard keeps 0.3 × 10 at 3, not 4.
  const exact = quorum * eligible;
  const rounded = Math.round(exact);
  return Math.abs(exact - rounded) < 1e-9 ? rounded : Math.ceil(exact);
}

export function isQuorumMet(quorum: number, voters: number, eligible: number): boolean {
  if (eligible === 0) return false;
  return voters >= quorumNeeded(quorum, eligible);
}
