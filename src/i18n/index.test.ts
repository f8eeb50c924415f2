import { afterAll, describe, expect, it } from 'vitest';
import { markFallbacks, t, useOrganizationStrings } from './index.ts';
import { stripMarks } from './marks.ts';
import { engineStrings } from './ui-strings.ts';

describe('t()', () => {
  afterAll(() => {
    markFallbacks(false);
    useOrganizationStrings(new Map());
  });

  it("gives the organization's wording as it is now, after it changed (npm run dev hands each edit over)", () => {
    useOrganizationStrings(new Map([['es', { 'site.skipLink': 'Saltar al texto' }]]));
    expect(t('es', 'site.skipLink')).toBe('Saltar al texto');
    useOrganizationStrings(new Map([['es', { 'site.skipLink': 'Ir al contenido principal' }]]));
    expect(t('es', 'site.skipLink')).toBe('Ir al contenido principal');
  });

  it('marks a fallback only while the site renders, whichever was asked for first', () => {
    useOrganizationStrings(new Map());
    // A language neither the engine nor the organization has strings for falls back to English.
    const english = engineStrings('en')['site.skipLink']!;
    markFallbacks(false);
    expect(t('zz', 'site.skipLink')).toBe(english);
    markFallbacks(true);
    const marked = t('zz', 'site.skipLink');
    expect(marked).not.toBe(english);
    expect(stripMarks(marked)).toBe(english);
    markFallbacks(false);
    expect(t('zz', 'site.skipLink')).toBe(english);
  });

  it('fills values on every call', () => {
    const first = t('en', 'blog.by', { authors: 'ana' });
    expect(first).toContain('ana');
    expect(t('en', 'blog.by', { authors: 'bo' })).toContain('bo');
  });
});
