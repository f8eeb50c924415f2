import { Buffer } from 'node:buffer';
import { MARK_CHARACTERS, markReader, type MarkLanguage } from './marks.ts';

/**
 * The fallback marks (./marks.ts) resolved in a finished page's UTF-8 bytes, as Astro hands them over, instead
 * of decoding 19,500 pages to characters and encoding them back. Read one byte per character (latin1), UTF-8
 * text keeps every ASCII character as itself and never uses an ASCII byte inside another character, so tags,
 * quotes and raw-text elements are found exactly where they are in the characters; a mark's three bytes
 * (EE 80 80 for U+E000) cannot begin inside another character. Such a string is also a compact one-byte
 * string for V8, and turning it back into bytes is a plain copy.
 */
const asBytes = (text: string) => Buffer.from(text, 'utf8').toString('latin1');

const inBytes = markReader({
  open: asBytes(MARK_CHARACTERS.open),
  langEnd: asBytes(MARK_CHARACTERS.langEnd),
  close: asBytes(MARK_CHARACTERS.close),
  spell: asBytes,
});

/** The first two bytes, shared by all three marks: a page without them has no mark, and is left as it is. */
const MARK_LEAD = Buffer.from(MARK_CHARACTERS.open, 'utf8').subarray(0, 2);

const HTML_LANG = /<html[^>]*\blang="([^"]+)"/;

/**
 * An HTML page's bytes with its marks made into spans, described for the page's own language (the `lang` of
 * its <html>); a page without one has its marks removed. The same bytes come back when there was no mark.
 */
export function renderMarksInBytes(page: Buffer<ArrayBuffer>, describe: (lang: string, pageLang: string) => MarkLanguage | undefined): Buffer<ArrayBuffer> {
  if (page.indexOf(MARK_LEAD) < 0) return page;
  const text = page.toString('latin1');
  const found = HTML_LANG.exec(text)?.[1];
  const pageLang = found === undefined ? undefined : Buffer.from(found, 'latin1').toString('utf8');
  const out = pageLang ? inBytes.render(text, (lang) => describe(lang, pageLang)) : inBytes.strip(text);
  return out === text ? page : Buffer.from(out, 'latin1');
}

/** Any other text's bytes (a feed, JSON) without marks. */
export function stripMarksInBytes(page: Buffer<ArrayBuffer>): Buffer<ArrayBuffer> {
  if (page.indexOf(MARK_LEAD) < 0) return page;
  const text = page.toString('latin1');
  const out = inBytes.strip(text);
  return out === text ? page : Buffer.from(out, 'latin1');
}
