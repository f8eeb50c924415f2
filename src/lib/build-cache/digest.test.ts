import { describe, expect, it } from 'vitest';
import { digestOf } from './digest.ts';

describe('digestOf', () => {
  it('is the same for the same value', () => {
    expect(digestOf({ a: 1, b: [1, { c: 2 }] })).toBe(digestOf({ a: 1, b: [1, { c: 2 }] }));
  });
  it('tells apart Maps, Sets, Dates and undefined, which JSON would flatten to the same text', () => {
    expect(digestOf(new Map([['a', 1]]))).not.toBe(digestOf(new Map([['a', 2]])));
    expect(digestOf(new Map([['a', 1]]))).not.toBe(digestOf({}));
    expect(digestOf(new Set(['x']))).not.toBe(digestOf(new Set(['y'])));
    expect(digestOf({ at: new Date('2026-01-01') })).not.toBe(digestOf({ at: new Date('2026-01-02') }));
    expect(digestOf({ a: undefined })).not.toBe(digestOf({}));
    expect(digestOf({ a: undefined })).not.toBe(digestOf({ a: null }));
    expect(digestOf([undefined])).not.toBe(digestOf([null]));
  });
  it('keeps array order', () => {
    expect(digestOf([1, 2])).not.toBe(digestOf([2, 1]));
  });
});
