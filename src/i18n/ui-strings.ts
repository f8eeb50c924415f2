import fs from 'node:fs';
import path from 'node:path';
import { parseYamlFile } from '../lib/content/frontmatter.ts';
import { contentRoot, repoRelative } from '../lib/content/paths.ts';
import { ContentError } from '../lib/errors.ts';

/**
 * Interface strings come in two layers, as in Starlight:
 * - the project's own, shipped with the engine in `src/i18n/strings/<lang>.yml` (English is complete and the
 *   reference; other languages as far as the project has them). They arrive with every upgrade, so a new
 *   button has its words the day it ships, and the engine's tests render with them.
 * - the organization's, in `content/<lang>/ui.yml`: a translation of a language the project lacks, or its own
 *   wording of any string. A key there wins over the project's.
 * Keys are flat and dotted; a string missing in a language falls back to the default language, then English.
 */
export type UiStrings = Record<string, string>;

/** The language every key exists in, and the one placeholders are checked against. */
export const REFERENCE_LANGUAGE = 'en';

/** Relative to the repository root, where every script, the build and the tests run. */
export const ENGINE_STRINGS_DIR = 'src/i18n/strings';

/** The organization's file for a language. */
export const organizationStringsFile = (lang: string, root = contentRoot()) => path.join(root, lang, 'ui.yml');

/** Only string values count; a file that is not a mapping of keys to text is a mistake with a fix. */
export function toUiStrings(data: unknown, file: string): UiStrings {
  if (data === null || data === undefined) return {};
  if (typeof data !== 'object' || Array.isArray(data)) {
    throw new ContentError([{ file, field: '', message: 'interface strings are "key: text" lines, one per string; see src/i18n/strings/en.yml' }]);
  }
  const out: UiStrings = {};
  for (const [key, value] of Object.entries(data as Record<string, unknown>)) {
    if (typeof value === 'string') out[key] = value;
  }
  return out;
}

function readStringsFile(file: string): UiStrings {
  if (!fs.existsSync(file)) return {};
  const rel = repoRelative(file);
  return toUiStrings(parseYamlFile(fs.readFileSync(file, 'utf8'), rel), rel);
}

/** The organization's own strings for a language (`content/<lang>/ui.yml`); empty when it has none. */
export function readUiStrings(lang: string, root = contentRoot()): UiStrings {
  return readStringsFile(organizationStringsFile(lang, root));
}

// The engine's files change only with the code, so they are read once per process.
const engineCache = new Map<string, UiStrings>();

/** The project's strings for a language, empty for a language the project has no translation of. */
export function engineStrings(lang: string): UiStrings {
  let strings = engineCache.get(lang);
  if (!strings) engineCache.set(lang, (strings = readStringsFile(path.resolve(ENGINE_STRINGS_DIR, `${lang}.yml`))));
  return strings;
}

/** The languages the project ships interface strings for. */
export function engineLanguages(): string[] {
  const dir = path.resolve(ENGINE_STRINGS_DIR);
  return fs.readdirSync(dir).filter((f) => f.endsWith('.yml')).map((f) => f.slice(0, -4)).sort();
}

/** What a reader of `lang` gets before any fallback: the project's strings with the organization's on top. */
export function effectiveStrings(lang: string, organization: UiStrings): UiStrings {
  return { ...engineStrings(lang), ...organization };
}

/** Replace `{name}` placeholders; unknown placeholders stay visible so a missing value is noticed. */
export function fill(template: string, vars?: Record<string, string | number>): string {
  // Most strings have no placeholder and most calls no values: such a template comes back as it is.
  if (!vars || !template.includes('{')) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}

/**
 * A template cut at its placeholders, for sentences that carry links or code in the middle:
 * `"Stored in {file}."` → `["Stored in ", { name: "file" }, "."]`. Translators move placeholders freely.
 */
export function splitTemplate(template: string): Array<string | { name: string }> {
  const parts: Array<string | { name: string }> = [];
  let last = 0;
  for (const m of template.matchAll(/\{(\w+)\}/g)) {
    if (m.index > last) parts.push(template.slice(last, m.index));
    parts.push({ name: m[1]! });
    last = m.index + m[0].length;
  }
  if (last < template.length) parts.push(template.slice(last));
  return parts;
}

/** The line each key is written on in a strings file (`key: text`), so a dashboard can link straight to it. */
export function keyLines(text: string): Map<string, number> {
  const lines = new Map<string, number>();
  text.split('\n').forEach((line, i) => {
    const m = /^([A-Za-z0-9_.-]+)\s*:/.exec(line);
    if (m && !lines.has(m[1]!)) lines.set(m[1]!, i + 1);
  });
  return lines;
}

/** `keyLines` of the project's English strings, where every key is defined. */
export function referenceKeyLines(): Map<string, number> {
  return keyLines(fs.readFileSync(path.resolve(ENGINE_STRINGS_DIR, `${REFERENCE_LANGUAGE}.yml`), 'utf8'));
}

/**
 * `t()` for scripts (what they write on GitHub): a language's string, else English's, filled; read lazily from
 * `root`, so a script does not read the site settings just by importing the site's i18n module.
 */
export function sayFrom(root: string): (lang: string, key: string, vars?: Record<string, string | number>) => string {
  const cache = new Map<string, UiStrings>();
  const of = (lang: string) => {
    let s = cache.get(lang);
    if (!s) cache.set(lang, (s = effectiveStrings(lang, readUiStrings(lang, root))));
    return s;
  };
  // GitHub's side is written in English first: a language without the string says nothing rather than repeat it.
  return (lang, key, vars) => lookupString(of, lang, key, REFERENCE_LANGUAGE, vars).text;
}

/**
 * An interface string in `lang`, else in the default language, else in English, else the key itself: the one
 * fallback rule, with the language the text really came from (so a page can mark a fallback with `lang`).
 */
export function lookupString(strings: (lang: string) => UiStrings, lang: string, key: string, defaultLanguage: string, vars?: Record<string, string | number>): { text: string; lang: string } {
  // Spelt out rather than looped over a list of the three: this runs for every word of chrome on every page.
  let code = lang;
  let template = strings(lang)[key];
  if (template === undefined) template = strings((code = defaultLanguage))[key];
  if (template === undefined) template = strings((code = REFERENCE_LANGUAGE))[key];
  return template === undefined ? { text: key, lang: defaultLanguage } : { text: fill(template, vars), lang: code };
}
