import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { translationContentProblems } from './check.ts';

const SITE = `name: T\ntagline: T.\nrepository: o/r\ndefaultLanguage: en\nlanguages:\n  - { code: en, name: English }\n  - { code: es, name: Español }\ndiscussions: { categories: [C], pageCategory: C }\n`;
const SITE_TRANSLATED = SITE.replace('name: T\ntagline: T.\n', 'name: {en: T, es: T}\ntagline: {en: T., es: T.}\n');
let root: string;
function org(files: Record<string, string>) {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'ch-tcheck-'));
  for (const [name, text] of Object.entries({ 'site.yml': SITE, ...files })) {
    fs.mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
    fs.writeFileSync(path.join(root, name), text);
  }
  return root;
}
afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

describe('translationContentProblems', () => {
  it("reports unknown keys, lost placeholders and bad glossary entries in the organization's files, but not strings still untranslated", () => {
    const problems = translationContentProblems(org({
      'site.yml': SITE_TRANSLATED,
      'en/ui.yml': 'documents.adoptedOn: Agreed on {date}\nnav.blgo: Blog\n',
      'es/ui.yml': 'documents.adoptedOn: Aprobado\nnav.mas: Más\n',
      'es/glossary.yml': '- term: poll\n  translation: ""\n',
    }));
    expect(problems.map((p) => [p.file.split('/').slice(-2).join('/'), p.field])).toEqual([
      ['en/ui.yml', 'nav.blgo'],
      ['es/glossary.yml', '[0].translation'],
      ['es/ui.yml', 'nav.mas'],
      ['es/ui.yml', 'documents.adoptedOn'],
    ]);
    expect(problems[0]!.message).toBe('English has no such key: check the spelling against src/i18n/strings/en.yml, or remove the line');
    expect(problems[1]!.message).toBe('write the agreed translation, or remove the translation line');
    expect(problems[3]!.message).toBe('placeholders differ from English (expected {date}, found none): keep each {name} exactly as in English');
  });

  it('is quiet for a complete, consistent language and for a language without files', () => {
    expect(translationContentProblems(org({ 'site.yml': SITE_TRANSLATED, 'en/ui.yml': 'blog.by: Written by {authors}\n', 'es/ui.yml': 'blog.by: "{authors} lo escribió"\n' }))).toEqual([]);
    expect(translationContentProblems(org({ 'site.yml': SITE_TRANSLATED }))).toEqual([]);
  });

  it('notes, without failing, each data file with texts not written in a language yet, at the first such line', () => {
    const problems = translationContentProblems(org({
      'chapters/porto.yml': 'name: {en: Porto Shore, es: Costa de Oporto}\ncity: Porto\ncountry: PT\nstatus: active\nfounded: 2024-01-01\ncadence: Weekly\ncontact: https://example.org\n',
      'tags.yml': 'dunes: {en: Dunes, es: Dunas}\nfield-day: Field days\n',
    }));
    expect(problems.map((p) => [p.file.split('/').slice(-2).join('/'), p.line, p.level, p.message.split(';')[0]])).toEqual([
      [expect.stringMatching(/site\.yml$/), 1, 'note', 'not translated into "es" yet: name, tagline'],
      ['chapters/porto.yml', 2, 'note', 'not translated into "es" yet: city, cadence'],
      [expect.stringMatching(/tags\.yml$/), 2, 'note', 'not translated into "es" yet: field-day'],
    ]);
    expect(problems[1]!.message).toBe('not translated into "es" yet: city, cadence; write each as a map with "es: …" next to the default language\'s (name: {en: …, es: …}); readers see the default language, marked, until then');
  });

  it('names a few files per language, then how many more', () => {
    const chapter = (n: number) => [`chapters/c${n}.yml`, `name: C${n}\ncity: C\ncountry: PT\nstatus: active\nfounded: 2024-01-01\ncadence: Weekly\ncontact: https://example.org\n`];
    const problems = translationContentProblems(org(Object.fromEntries([...Array.from({ length: 8 }, (_, i) => chapter(i)), ['site.yml', SITE_TRANSLATED]])));
    expect(problems).toHaveLength(6);
    expect(problems.at(-1)!.message).toBe('and 3 more files with texts not translated into "es" yet: "npm run translations -- --lang es --details" lists them');
  });

  it('leaves a missing or broken site configuration to the schema check, instead of reporting it twice', () => {
    const dir = org({ 'en/ui.yml': 'nav.blgo: A\n' });
    fs.rmSync(path.join(dir, 'site.yml'));
    expect(translationContentProblems(dir)).toEqual([]);
  });
});
