import fs from 'node:fs';
import path from 'node:path';
import { compareUiKeys, uiKeyProblems } from '../../i18n/missing-keys.ts';
import { readUiStrings } from '../../i18n/ui-strings.ts';
import { readSiteIfValid } from '../content/load.ts';
import { repoRelative } from '../content/paths.ts';
import { ContentError, type ContentProblem } from '../errors.ts';
import { readGlossary } from './glossary.ts';

/**
 * The translators' part of `npm run check`: mistakes that would show on the site, a glossary that does
 * not parse, an interface string under a key English does not have, or one that lost a `{placeholder}`
 * (readers would see "{date}"). A string not translated yet is not a mistake: readers get English and
 * `npm run translations` lists it as a to-do.
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
  let reference: Record<string, string> | null = null;
  collect(() => (reference = readUiStrings(site.defaultLanguage, root)));
  for (const { code } of site.languages) {
    collect(() => readGlossary(code, root));
    // Without a readable reference there is nothing to compare a translation with: its own error says so.
    const ref: Record<string, string> | null = reference;
    if (!ref || code === site.defaultLanguage || !fs.existsSync(path.join(root, code, 'ui.yml'))) continue;
    collect(() => {
      const report = compareUiKeys(code, ref, readUiStrings(code, root));
      const file = repoRelative(path.join(root, code, 'ui.yml'));
      problems.push(...uiKeyProblems({ ...report, missing: [] }, file, ref));
    });
  }
  return problems;
}
