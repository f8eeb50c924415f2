/**
 * Text shown in another language than the page's must say so: `lang` (so screen readers pronounce it and
 * search engines file it right) and `dir` (so an English phrase on an Arabic page keeps its "?" at its end).
 * Every interface string and every data text is chosen in one place (`t()`, `say()` in ./index.ts), but
 * rendered in hundreds: text nodes, attributes, <title>, feeds. So the choice leaves an invisible mark
 * around a fallback text, and one pass over each finished page (src/middleware.ts) turns marks in text into
 * `<span lang dir class="fallback">` and removes them everywhere a tag cannot go.
 *
 * Marks are characters from Unicode's private use area, which no language uses for writing; content cannot
 * forge one to inject markup, because the span is built from a checked language code and the text between
 * marks is left exactly as Astro escaped it.
 */

const OPEN = '\uE000';
const LANG_END = '\uE001';
const CLOSE = '\uE002';

/** The three mark characters, for readers that spell them otherwise (./marks-in-bytes.ts). */
export const MARK_CHARACTERS = { open: OPEN, langEnd: LANG_END, close: CLOSE } as const;

const LANGUAGE_CODE = /^[a-z]{2,3}(-[a-z0-9]{2,8})*$/;

/** `text`, marked as being in `lang`. */
export function mark(text: string, lang: string): string {
  return text === '' ? text : `${OPEN}${lang}${LANG_END}${text}${CLOSE}`;
}

export interface MarkLanguage {
  /** `ltr` or `rtl`. */
  dir: string;
  /** The language's name in the page's language, shown by the "English" marker on titles. */
  name: string;
}

/**
 * How the marks are spelt in the text being read: as the characters themselves, or (./marks-in-bytes.ts) as
 * their UTF-8 bytes read one byte per character. `spell` writes interface text the same way.
 */
export interface MarkSpelling {
  open: string;
  langEnd: string;
  close: string;
  spell: (text: string) => string;
}

export interface MarkReader {
  /** The text without marks. */
  strip(text: string): string;
  /**
   * A finished HTML page with marks in text turned into spans, and removed where a tag cannot go. `describe`
   * says how to present a language on this page; unknown or malformed codes lose their mark rather than
   * produce an attribute from unchecked text.
   */
  render(html: string, describe: (lang: string) => MarkLanguage | undefined): string;
}

/**
 * Elements whose content is raw text (a tag inside would show as text or break the script), and tags
 * themselves: marks there are dropped. Everywhere else, marks become spans. Only ASCII characters take part
 * (as in HTML's own parsing), so the pattern reads a page the same in characters or in UTF-8 bytes.
 */
const RAW_OR_TAG = /<(script|style|title|textarea)\b(?:[^>"']|"[^"]*"|'[^']*')*>[\s\S]*?<\/\1[\t\n\f\r ]*>|<!--[\s\S]*?-->|<(?:[^>"']|"[^"]*"|'[^']*')*>/gi;

export function markReader({ open: OPEN, langEnd: LANG_END, close: CLOSE, spell }: MarkSpelling): MarkReader {
  const notAMark = `(?:(?!${OPEN}|${LANG_END}|${CLOSE})[\\s\\S])*`;
  const ANY_MARK = new RegExp(`${OPEN}${notAMark}${LANG_END}|${CLOSE}`, 'g');
  const MARK_WITH_LANG = new RegExp(`${OPEN}(${notAMark})${LANG_END}|${CLOSE}`, 'g');

  const strip = (text: string) => (text.includes(OPEN) || text.includes(CLOSE) ? text.replace(ANY_MARK, '') : text);

  const render = (html: string, describe: (lang: string) => MarkLanguage | undefined) => {
    if (!html.includes(OPEN) && !html.includes(CLOSE)) return html;
    // Marks are few and a page has hundreds of tags: stretches without a mark are copied as they are, in one
    // piece, and the page is read no further than its last mark.
    let out = '';
    let copied = 0;
    const replace = (start: number, end: number, by: string) => {
      out += html.slice(copied, start) + by;
      copied = end;
    };
    const markAfter = (from: number) => {
      const o = html.indexOf(OPEN, from);
      const c = html.indexOf(CLOSE, from);
      return o < 0 ? c : c < 0 ? o : Math.min(o, c);
    };
    // Spans still open, so that a stray close mark (text cut in the middle) never closes someone else's element.
    let open = 0;
    const text = (segment: string) =>
      segment.replace(MARK_WITH_LANG, (whole, lang: string | undefined) => {
        if (whole === CLOSE) {
          if (open === 0) return '';
          open--;
          return '</span>';
        }
        const language = lang && LANGUAGE_CODE.test(lang) ? describe(lang) : undefined;
        open++;
        if (!language) return '<span>';
        return `<span lang="${lang}" dir="${language.dir === 'rtl' ? 'rtl' : 'ltr'}" class="fallback" data-language-name="${spell(escapeAttribute(language.name))}">`;
      });
    // `next` is the first mark at or after the end of the last tag read, so it stays right until the reading
    // passes it: looking again after every tag would scan the stretch up to a distant mark once per tag.
    let last = 0;
    let next = markAfter(0);
    for (const m of html.matchAll(RAW_OR_TAG)) {
      if (next < 0) break;
      const end = m.index + m[0].length;
      if (next < m.index) {
        replace(last, m.index, text(html.slice(last, m.index)));
        next = markAfter(m.index);
      }
      if (next >= 0 && next < end) {
        replace(m.index, end, strip(m[0]));
        next = markAfter(end);
      }
      last = end;
    }
    if (next >= 0) replace(last, html.length, text(html.slice(last)));
    out += html.slice(copied);
    // A mark left open (a text cut before its end) is closed where the page ends rather than left dangling.
    return open > 0 ? out.replace(/<\/body>/i, `${'</span>'.repeat(open)}</body>`) : out;
  };

  return { strip, render };
}

// The rules read in characters: how marks.test.ts states them, and the reference the byte reader is compared
// with. The site itself reads its pages in bytes (./marks-in-bytes.ts, src/middleware.ts).
const inCharacters = markReader({ ...MARK_CHARACTERS, spell: (text) => text });

/** The text without marks. */
export const stripMarks = inCharacters.strip;

/** Turn the marks in a finished HTML page into spans (see {@link MarkReader.render}). */
export const renderMarks = inCharacters.render;

function escapeAttribute(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}
