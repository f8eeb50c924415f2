/**
 * Escaping for HTML written as strings, by the rules Astro applies to `{expressions}` in its templates, so a
 * fragment built here is byte for byte what a component would have written.
 */

const TEXT = /[&<>'"]/g;
const TEXT_ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', "'": '&#39;', '"': '&quot;' };

/** Text between tags. */
export function escapeText(value: string | number): string {
  const s = String(value);
  TEXT.lastIndex = 0;
  return TEXT.test(s) ? s.replace(TEXT, (c) => TEXT_ENTITIES[c]!) : s;
}

/** A value inside double quotes: only `&` and `"` can end or change it there. */
export function escapeAttribute(value: string | number): string {
  const s = String(value);
  return s.includes('&') || s.includes('"') ? s.replace(/&/g, '&amp;').replace(/"/g, '&quot;') : s;
}
