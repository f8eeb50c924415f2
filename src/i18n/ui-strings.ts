import fs from 'node:fs';
import path from 'node:path';
import { parseYamlFile } from '../lib/content/frontmatter.ts';
import { contentRoot } from '../lib/content/paths.ts';

/**
 * Interface strings live beside the content, one file per language (`content/<lang>/ui.yml`), so a translator
 * only ever touches `content/<lang>/`. Keys are flat and dotted; English is the reference and the fallback.
 */
export type UiStrings = Record<string, string>;

export function readUiStrings(lang: string, root = contentRoot()): UiStrings {
  const file = path.join(root, lang, 'ui.yml');
  if (!fs.existsSync(file)) return {};
  const data = parseYamlFile(fs.readFileSync(file, 'utf8'), path.relative(process.cwd(), file)) ?? {};
  const out: UiStrings = {};
  for (const [key, value] of Object.entries(data as Record<string, unknown>)) {
    if (typeof value === 'string') out[key] = value;
  }
  return out;
}

/** Replace `{name}` placeholders; unknown placeholders stay visible so a missing value is noticed. */
export function fill(template: string, vars: Record<string, string | number> = {}): string {
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

/**
 * An interface string in `lang`, else in the default language, else in English, else the key itself: the one
 * fallback rule, with the language the text really came from (so a page can mark a fallback with `lang`).
 */
export function lookupString(strings: (lang: string) => UiStrings, lang: string, key: string, defaultLanguage: string, vars?: Record<string, string | number>): { text: string; lang: string } {
  for (const code of [lang, defaultLanguage, 'en']) {
    const template = strings(code)[key];
    if (template !== undefined) return { text: fill(template, vars), lang: code };
  }
  return { text: key, lang: defaultLanguage };
}
