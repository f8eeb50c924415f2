import { describe, expect, it } from 'vitest';
import { canonicalJson, digestOf } from './digest.ts';

describe('digestOf', () => {
  it('ignores key order, so a re-serialized file keeps its digest', () => {
    expect(digestOf({ a: 1, b: [1, { d: 2, c: 3 }] })).toBe(digestOf({ b: [1, { c: 3, d: 2 }], a: 1 }));
  });

  it('changes when any value changes, including array order', () => {
    const base = digestOf({ options: ['yes', 'no'], quorum: 0.25 });
    expect(digestOf({ options: ['no', 'yes'], quorum: 0.25 })).not.toBe(base);
    expect(digestOf({ options: ['yes', 'no'], quorum: 0.3 })).not.toBe(base);
  });

  it('is the sha256 of the canonical text', () => {
    // Known vector: sha256 of the two characters "{}".
    expect(canonicalJson({})).toBe('{}');
    expect(digestOf({})).toBe('sha256:44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a');
  });
});
