import { splitFrontmatterLeniently } from '../content/frontmatter.ts';
import type { Commit } from '../git/git.ts';

/**
 * What counts as a change a translator must follow. Re-wrapping lines, trailing spaces, or editing
 * frontmatter that never reaches the reader as text (order, status, dates, discussion numbers, tags)
 * would otherwise flag translations for no reason, the noise that makes volunteers stop trusting the dashboard.
 */

/** Frontmatter fields whose words a translator translates; every other field is data. */
export const TEXT_FIELDS = ['title', 'summary'] as const;

const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * The part of a page a translation follows, with whitespace runs collapsed: the text fields of the
 * frontmatter and the body. Old revisions may hold broken YAML; then the whole file is compared as text
 * rather than failing a build over history nobody can edit any more.
 */
export function translatableText(source: string): string {
  const { raw, body, data } = splitFrontmatterLeniently(source);
  if (!raw) return JSON.stringify({ body: collapse(source) });
  if (!data) return JSON.stringify({ raw: collapse(source) });
  const fields: Record<string, string> = {};
  for (const name of TEXT_FIELDS) {
    const value = data[name];
    if (value !== undefined && value !== null) fields[name] = collapse(String(value));
  }
  return JSON.stringify({ ...fields, body: collapse(body) });
}

/** Did the reader-visible text change between two versions? `null` is a file that does not exist. */
export function isMeaningfulChange(before: string | null, after: string | null): boolean {
  if (before === null || after === null) return before !== after;
  if (before === after) return false;
  return translatableText(before) !== translatableText(after);
}

/** A commit that says `i18n: skip` in its trailers asks translators to ignore it, whatever it changed. */
export function isSkipped(commit: Pick<Commit, 'trailers'>): boolean {
  return (commit.trailers['i18n'] ?? []).some((value) => value.trim().toLowerCase() === 'skip');
}
