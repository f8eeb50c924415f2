import { compareUiKeys, uiKeyProblems } from '../../i18n/missing-keys.ts';
import { engineStrings, organizationStringsFile, readUiStrings, REFERENCE_LANGUAGE } from '../../i18n/ui-strings.ts';
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
  return problems;
}
