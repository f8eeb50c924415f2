import { describe, expect, it } from 'vitest';
import { withFallbacks } from './fallback.ts';

type E = { id: string };
const key = (e: E) => ({ lang: e.id.split('/')[0]!, slug: e.id.split('/')[1]! });

describe('withFallbacks', () => {
  const entries: E[] = [{ id: 'en/mission' }, { id: 'en/values' }, { id: 'es/mission' }, { id: 'ja/only-ja' }];
  const result = withFallbacks(entries, key, ['en', 'es', 'ja'], 'en');
  const find = (lang: string, slug: string) => result.find((r) => r.lang === lang && r.slug === slug);

  it('uses a translation where one exists', () => {
    expect(find('es', 'mission')).toMatchObject({ entry: { id: 'es/mission' }, source: { id: 'en/mission' }, fallback: false });
  });
  it('falls back to the original, flagged, where none exists', () => {
    expect(find('es', 'values')).toMatchObject({ entry: { id: 'en/values' }, fallback: true });
    expect(find('ja', 'mission')).toMatchObject({ entry: { id: 'en/mission' }, fallback: true });
  });
  it('never flags default-language pages', () => {
    expect(result.filter((r) => r.lang === 'en').every((r) => !r.fallback)).toBe(true);
  });
  it('keeps pages that exist only in a translation', () => {
    expect(find('ja', 'only-ja')).toMatchObject({ entry: { id: 'ja/only-ja' }, source: undefined, fallback: false });
    expect(find('en', 'only-ja')).toBeUndefined();
  });
  it('gives every language every original page', () => {
    for (const lang of ['en', 'es', 'ja']) {
      expect(result.filter((r) => r.lang === lang && r.source).map((r) => r.slug).sort()).toEqual(['mission', 'values']);
    }
  });
});
