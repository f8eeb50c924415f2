import { describe, expect, it } from 'vitest';
import { pluralKey } from './plural-key.ts';

const has = (keys: string[]) => (key: string) => keys.includes(key);

describe('pluralKey', () => {
  it('picks the category the language uses for the count', () => {
    const en = has(['c.one', 'c.other']);
    expect(pluralKey('en', 'c', 1, en)).toBe('c.one');
    expect(pluralKey('en', 'c', 0, en)).toBe('c.other');
    expect(pluralKey('en', 'c', 200, en)).toBe('c.other');
  });

  it('uses "other" for languages without a singular and for missing categories', () => {
    expect(pluralKey('ja', 'c', 1, has(['c.one', 'c.other']))).toBe('c.other');
    expect(pluralKey('pl', 'c', 3, has(['c.one', 'c.other']))).toBe('c.other');
    expect(pluralKey('pl', 'c', 3, has(['c.one', 'c.few', 'c.other']))).toBe('c.few');
  });
});
