import { describe, expect, it } from 'vitest';
import { stableStringify } from './stable-json.ts';

describe('stableStringify', () => {
  it('sorts keys at every depth and keeps array order', () => {
    const text = stableStringify({ b: 1, a: { d: [3, { z: 1, y: 2 }], c: null } });
    expect(text).toBe('{\n  "a": {\n    "c": null,\n    "d": [\n      3,\n      {\n        "y": 2,\n        "z": 1\n      }\n    ]\n  },\n  "b": 1\n}\n');
  });

  it('gives the same bytes whatever order the keys were built in', () => {
    expect(stableStringify({ x: 1, y: { p: 1, q: 2 } })).toBe(stableStringify({ y: { q: 2, p: 1 }, x: 1 }));
  });

  it('drops undefined fields like JSON does, and ends with a newline', () => {
    expect(stableStringify({ a: undefined, b: 'é' })).toBe('{\n  "b": "é"\n}\n');
  });
});
