import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import { scriptHash } from '../lib/security/csp.ts';
import { languagePickerScript } from './pick-language.ts';

/** Run the inline script as a browser would, with the reader's preferences; return where it sends them. */
function arrive(script: string, languages: string[] | undefined, language = '', at = { search: '', hash: '' }): string[] {
  const went: string[] = [];
  const location = { ...at, replace: (url: string) => went.push(url) };
  vm.runInNewContext(script, { navigator: { languages, language }, location });
  return went;
}

const site = { languages: ['en', 'es', 'ja', 'pt-br'], defaultLanguage: 'en', base: '/' };
const script = languagePickerScript(site);

describe('the language picker at /', () => {
  it('sends the reader to their first language the site has', () => {
    expect(arrive(script, ['ja', 'en'])).toEqual(['/ja/']);
    expect(arrive(script, ['fr-FR', 'de', 'es'])).toEqual(['/es/']);
  });

  it('matches a regional preference to the language, and a language to its regional site version', () => {
    expect(arrive(script, ['es-MX'])).toEqual(['/es/']);
    expect(arrive(script, ['PT-pt', 'en'])).toEqual(['/pt-br/']);
    expect(arrive(script, ['pt-BR'])).toEqual(['/pt-br/']);
  });

  it('prefers an exact match to a near one for the same preference', () => {
    const regional = languagePickerScript({ ...site, languages: ['pt', 'pt-br'] });
    expect(arrive(regional, ['pt-BR'])).toEqual(['/pt-br/']);
    expect(arrive(regional, ['pt-AO'])).toEqual(['/pt/']);
  });

  it('falls back to the default language, also when the browser names none', () => {
    expect(arrive(script, ['fr', 'de'])).toEqual(['/en/']);
    expect(arrive(script, undefined, '')).toEqual(['/en/']);
    expect(arrive(script, [], 'es-AR')).toEqual(['/es/']);
  });

  it('keeps the base path, the query and the fragment', () => {
    const based = languagePickerScript({ ...site, base: '/chapterhouse/' });
    expect(arrive(based, ['ja'], '', { search: '?q=1', hash: '#x' })).toEqual(['/chapterhouse/ja/?q=1#x']);
  });

  it('cannot be broken out of by a hostile setting', () => {
    const hostile = languagePickerScript({ ...site, defaultLanguage: '</script><script>alert(1)</script>' });
    expect(hostile).not.toContain('</script>');
    expect(arrive(hostile, ['xx'])).toEqual(['/</script><script>alert(1)</script>/']);
  });

  // That the page's Content Security Policy lets exactly this script run is checked in a real browser
  // (test/e2e/phone.test.ts arrives at /es/ from / with a Spanish browser).
  it('is one static string, with a hash that changes with it', () => {
    expect(languagePickerScript(site)).toBe(script);
    expect(scriptHash(script)).toMatch(/^'sha256-[A-Za-z0-9+/]{43}='$/);
    expect(scriptHash(script)).not.toBe(scriptHash(languagePickerScript({ ...site, defaultLanguage: 'es' })));
  });
});
