import type { ContentProblem } from '../lib/errors.ts';
import { effectiveStrings, engineStrings, REFERENCE_LANGUAGE, type UiStrings } from './ui-strings.ts';

/**
 * Which interface strings a language still lacks. A missing key is not an error (the reader sees
 * English) but a translator's to-do; a key English no longer has, or a translation that dropped a
 * `{placeholder}`, is a mistake to fix.
 */

export interface UiKeyReport {
  lang: string;
  /** Keys English has and this language does not, in English's order. */
  missing: string[];
  /** Keys this language has that English does not: typos, or strings English removed. */
  unknown: string[];
  /** Keys whose translation lacks or invents a `{placeholder}`. */
  placeholders: { key: string; expected: string[]; found: string[] }[];
  /** Share of English keys translated, 0–1. */
  coverage: number;
}

const placeholdersOf = (text: string) => [...new Set([...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!))].sort();

export function compareUiKeys(lang: string, reference: UiStrings, strings: UiStrings): UiKeyReport {
  const refKeys = Object.keys(reference);
  const missing = refKeys.filter((key) => !(key in strings));
  const unknown = Object.keys(strings).filter((key) => !(key in reference));
  const placeholders = refKeys
    .filter((key) => key in strings)
    .map((key) => ({ key, expected: placeholdersOf(reference[key]!), found: placeholdersOf(strings[key]!) }))
    .filter((p) => p.expected.join() !== p.found.join());
  const coverage = refKeys.length ? (refKeys.length - missing.length) / refKeys.length : 1;
  return { lang, missing, unknown, placeholders, coverage };
}

/**
 * A language as readers get it: the project's strings and the organization's (`organization`, from
 * content/<lang>/ui.yml) together, against the project's English, which has every key.
 */
export function uiKeyReport(lang: string, organization: UiStrings): UiKeyReport {
  return compareUiKeys(lang, engineStrings(REFERENCE_LANGUAGE), effectiveStrings(lang, organization));
}

/** The report as `path: field: message` lines for `npm run check` and `npm run translations`. */
export function uiKeyProblems(report: UiKeyReport, file: string, reference: UiStrings): ContentProblem[] {
  return [
    ...report.missing.map((key) => ({
      file, field: key, message: `not translated yet (English: "${reference[key]}"): add "${key}: …" in this language; readers see English until then`,
    })),
    ...report.unknown.map((key) => ({
      file, field: key, message: 'English has no such key: check the spelling against src/i18n/strings/en.yml, or remove the line',
    })),
    ...report.placeholders.map(({ key, expected, found }) => ({
      file, field: key, message: `placeholders differ from English (expected ${list(expected)}, found ${list(found)}): keep each {name} exactly as in English`,
    })),
  ];
}

const list = (names: string[]) => (names.length ? names.map((n) => `{${n}}`).join(' ') : 'none');
