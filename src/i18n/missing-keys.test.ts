import { describe, expect, it } from 'vitest';
import { compareUiKeys, uiKeyProblems } from './missing-keys.ts';

const en = { 'nav.home': 'Home', 'nav.blog': 'Blog', 'blog.by': 'By {authors}', 'blog.page': 'Page {page} of {pages}' };

describe('compareUiKeys', () => {
  it('lists missing keys in English order, unknown keys and placeholder mismatches', () => {
    const es = { 'blog.page': 'Página {page} de {total}', 'nav.home': 'Inicio', 'nav.hom': 'Inicio' };
    expect(compareUiKeys('es', en, es)).toEqual({
      lang: 'es',
      missing: ['nav.blog', 'blog.by'],
      unknown: ['nav.hom'],
      placeholders: [{ key: 'blog.page', expected: ['page', 'pages'], found: ['page', 'total'] }],
      coverage: 0.5,
    });
  });
  it('accepts placeholders in another order, as word order differs between languages', () => {
    const ja = { ...en, 'blog.page': '{pages}ページ中{page}ページ目', 'blog.by': '{authors}による' };
    expect(compareUiKeys('ja', en, ja)).toMatchObject({ missing: [], unknown: [], placeholders: [], coverage: 1 });
  });
});

describe('uiKeyProblems', () => {
  it('writes one actionable line per problem', () => {
    const report = compareUiKeys('es', en, { 'nav.home': 'Inicio', 'nav.blog': 'Blog', 'blog.by': 'Por', 'blog.page': 'Página {page} de {pages}', extra: 'x' });
    expect(uiKeyProblems(report, 'content/es/ui.yml', en)).toEqual([
      { file: 'content/es/ui.yml', field: 'extra', message: 'English has no such key: check the spelling against src/i18n/strings/en.yml, or remove the line' },
      { file: 'content/es/ui.yml', field: 'blog.by', message: 'placeholders differ from English (expected {authors}, found none): keep each {name} exactly as in English' },
    ]);
    const partial = compareUiKeys('ja', en, {});
    expect(uiKeyProblems(partial, 'content/ja/ui.yml', en)[0]).toEqual({
      file: 'content/ja/ui.yml', field: 'nav.home', message: 'not translated yet (English: "Home"): add "nav.home: …" in this language; readers see English until then',
    });
  });
});
