import { describe, expect, it } from 'vitest';
import { dateFormat, numberFormat } from './formats.ts';

// Languages whose digits, separators and percent signs differ, in an order that switches language on every
// call: a formatter kept under the wrong key would answer in the previous language.
const LANGS = ['en', 'de', 'fr', 'ar', 'hi', 'ja', 'pt-BR', 'he', 'de', 'en', 'ar'];

describe('numberFormat', () => {
  it('writes a count as toLocaleString does, in every language, however the calls interleave', () => {
    for (const n of [0, 7, 1234, 98765.4321, 1_000_000, -42]) {
      for (const lang of LANGS) expect(numberFormat(lang, n)).toBe(n.toLocaleString(lang));
    }
  });

  it('writes a share as a percentage with at most one decimal', () => {
    for (const lang of LANGS) {
      for (const share of [0, 0.125, 0.5, 2 / 3, 1]) {
        expect(numberFormat(lang, share, 'percent')).toBe(share.toLocaleString(lang, { style: 'percent', maximumFractionDigits: 1 }));
      }
    }
    expect(numberFormat('en', 0.125, 'percent')).toBe('12.5%');
    expect(numberFormat('en', 0.125)).toBe('0.125');
  });
});

describe('dateFormat', () => {
  it('keeps its styles and languages apart', () => {
    const when = '2026-03-04T05:06:00Z';
    expect(dateFormat('en', when)).toBe('March 4, 2026');
    expect(dateFormat('en', when, 'short')).toBe('Mar 4, 2026');
    expect(dateFormat('de', when)).toBe('4. März 2026');
    expect(dateFormat('en', when, 'datetime')).toBe('March 4, 2026 at 5:06 AM UTC');
  });
});
