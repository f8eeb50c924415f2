import { describe, expect, it } from 'vitest';
import { once, oncePer } from './once.ts';

describe('once', () => {
  it('computes on first use only', () => {
    let calls = 0;
    const value = once(() => ++calls);
    expect([value(), value()]).toEqual([1, 1]);
    expect(calls).toBe(1);
  });
});

describe('oncePer', () => {
  it('computes once for each key, and again for a new key', () => {
    const seen: string[] = [];
    const upper = oncePer((key: string) => {
      seen.push(key);
      return key.toUpperCase();
    });
    expect([upper('a'), upper('b'), upper('a')]).toEqual(['A', 'B', 'A']);
    expect(seen).toEqual(['a', 'b']);
  });

  it('keeps an undefined value too', () => {
    let calls = 0;
    const nothing = oncePer((_: number) => {
      calls += 1;
      return undefined;
    });
    nothing(1);
    nothing(1);
    expect(calls).toBe(1);
  });
});
