import { compareUiKeys, uiKeyProblems } from '../../i18n/missing-keys.ts';
import { engineStrings, organizationStringsFile, readUiStrings, REFERENCE_LANGUAGE } from '../../i18n/ui-strings.ts';
import { readSiteIfValid } from '../content/load.ts';
import { repoRelative } from '../content/paths.ts';
import { ContentError, type ContentProblem } from '../errors.ts';
import { readGlossary } from './glossary.ts';
import { loadDataTextStatuses } from './load-data-texts.ts';

/**
 * The translators' part of `npm run check`: mistakes that would show on the site, a glossary that does
 * not parse, an interface string under a key English does not have, or one that lost a `{placeholder}`
 * (readers would see "{date}"). A string not translated yet is not a mistake: readers get English and
 * `npm run translations` lists it as a to-do. A data text (a chapter's summary, a poll's question, a tag)
 * not translated yet gets a note, one per file and language, so whoever edits the file sees it.
 */
export function translationContentProblems(root: string): ContentProblem[] {
  // Without the languages there is nothing to compare; the schema check reports the site file itself.
  const site = readSiteIfValid(root);
  if (!site) return [];
  const problems: ContentProblem[] = [];
  const collect = (read: () => void) => {
    try {
      read();
    } catch (e) {
      if (e instanceof ContentError) problems.push(...e.problems);
      else throw e;
    }
  };
  const reference = engineStrings(REFERENCE_LANGUAGE);
  for (const { code } of site.languages) {
    collect(() => readGlossary(code, root));
    // Only the organization's own file can hold a mistake; the project's strings are checked by its tests.
    collect(() => {
      const own = readUiStrings(code, root);
      if (Object.keys(own).length === 0) return;
      const report = compareUiKeys(code, reference, own);
      problems.push(...uiKeyProblems({ ...report, missing: [] }, repoRelative(organizationStringsFile(code, root)), reference));
    });
  }
  collect(() => problems.push(...missingDataTextNotes(root)));
  return problems;
}

const NOTED_FILES = 5;

function missingDataTextNotes(root: string): ContentProblem[] {
  const byFile = new Map<string, { file: string; lang: string; line?: number; fields: string[] }>();
  for (const s of loadDataTextStatuses(root)) {
    if (s.state !== 'missing' || s.kind === 'glossary') continue;
    const key = `${s.file}\0${s.lang}`;
    const entry = byFile.get(key) ?? { file: s.file, lang: s.lang, ...(s.line ? { line: s.line } : {}), fields: [] };
    entry.fields.push(s.field);
    byFile.set(key, entry);
  }
  // A few files per language, then the count: a new language lacks every text, and the check is read on every build.
  const notes: ContentProblem[] = [];
  const perLanguage = new Map<string, (typeof byFile extends Map<string, infer V> ? V : never)[]>();
  for (const entry of byFile.values()) perLanguage.set(entry.lang, [...(perLanguage.get(entry.lang) ?? []), entry]);
  for (const [lang, entries] of perLanguage) {
    for (const { file, line, fields } of entries.slice(0, NOTED_FILES)) {
      notes.push({
        file, field: '', level: 'note', ...(line ? { line } : {}),
        message: `not translated into "${lang}" yet: ${fields.join(', ')}; write each as a map with "${lang}: …" next to the default language's (name: {en: …, ${lang}: …}); readers see the default language, marked, until then`,
      });
    }
    const rest = entries.slice(NOTED_FILES);
    if (rest.length) {
      notes.push({ file: rest[0]!.file, field: '', level: 'note', message: `and ${rest.length} more file${rest.length === 1 ? '' : 's'} with texts not translated into "${lang}" yet: "npm run translations -- --lang ${lang} --details" lists them` });
    }
  }
  return notes;
}
