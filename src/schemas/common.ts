import { z } from 'zod';

/** A language code as used in folder names and routes: `en`, `es`, `ja`, `pt-br`. */
export const languageCode = z
  .string()
  .regex(/^[a-z]{2,3}(-[a-z0-9]{2,8})*$/, 'use a lowercase language code such as "en", "es" or "pt-br"');

/** A GitHub login. GitHub allows letters, digits and single hyphens, up to 39 characters. */
export const githubLogin = z
  .string()
  .regex(/^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}(\[bot\])?$/, 'write a GitHub username such as "ada-lovelace" (no "@")');

/** Compare logins the way GitHub does: case-insensitively. */
export const loginKey = (login: string) => login.toLowerCase();

/**
 * A calendar date written YYYY-MM-DD, quoted or not. Loose forms ("1 March") are refused rather than guessed:
 * JavaScript would read them in the machine's time zone and a member would never see the mistake.
 */
export const calendarDate = z.preprocess(
  (v) => (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v.trim()) ? new Date(`${v.trim()}T00:00:00Z`) : v),
  z.date({ error: 'write a date as YYYY-MM-DD, for example 2024-03-01' }),
);

/** An instant with an explicit time zone, e.g. `2026-05-01T09:00:00Z` or `2026-05-01T09:00:00+02:00`. */
export const timestamp = z.iso.datetime({
  offset: true,
  error: 'write a timestamp with a time zone, for example 2026-05-01T09:00:00Z',
});

/** Text that may be given once, or per language: `"Yes"` or `{ en: "Yes", es: "Sí" }`. */
export const localizedText = z.union([z.string().min(1), z.record(languageCode, z.string().min(1))]);
export type LocalizedText = z.infer<typeof localizedText>;

/**
 * Pick the reader's language, then the site's default, then whatever there is, and say which it is, so a
 * page can mark text that is not in the reader's language. Text given once is in the default language.
 */
export function localizedIn(text: LocalizedText, lang: string, fallback: string): { text: string; lang: string } {
  if (typeof text === 'string') return { text, lang: fallback };
  for (const code of [lang, fallback]) if (text[code]) return { text: text[code]!, lang: code };
  const [code, value] = Object.entries(text)[0] ?? [fallback, ''];
  return { text: value, lang: code };
}

/** The text alone: `localizedIn(…).text`. */
export function localize(text: LocalizedText, lang: string, fallback: string): string {
  return localizedIn(text, lang, fallback).text;
}

/**
 * In a translation's frontmatter: "this translation is current with the original as of this commit". A
 * translator who checked the original's change and found nothing to change in the translation says so here,
 * from GitHub's web editor, without touching the text (src/lib/translations/staleness.ts reads it).
 */
export const translationOf = z
  .string({ error: 'write the commit in quotes, e.g. translationOf: "3f2a9c1" (YAML would read some commits as numbers)' })
  .regex(/^[0-9a-f]{7,40}$/, "write the original's commit as GitHub shows it, e.g. translationOf: 3f2a9c1 (7 to 40 hex digits)");

/** A slug: lowercase words joined by hyphens, as used in file names and URLs. */
export const slug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'use lowercase letters, digits and hyphens, e.g. "lisbon-north"');

/** ISO 3166-1 alpha-2 country code. */
export const countryCode = z
  .string()
  .regex(/^[A-Z]{2}$/, 'use a two-letter country code in capitals, e.g. "PT" or "JP"');
