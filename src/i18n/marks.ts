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
const RAW_OR_TAG_SOURCE = `<(script|style|title|textarea)\\b(?:[^>"']|"[^"]*"|'[^']*')*>[\\s\\S]*?<\\/\\1[\\t\\n\\f\\r ]*>|<!--[\\s\\S]*?-->|<(?:[^>"']|"[^"]*"|'[^']*')*>`;

/**
 * The same pattern as pieces, spelt without the `i` flag (which folds "î" into "Î", and would make a class that
 * excludes one exclude both: ASCII letters are the only ones it folds here, so the spellings match the same
 * text), with characters `no` left out of every class: such a piece matches a tag exactly when the whole
 * pattern matches that same tag and it holds none of them. A tag's match is the only one its pattern can
 * make (each character has one way to be read), and a raw-text element ends at the first closing tag that fits.
 */
const anyCase = (word: string) => [...word].map((c) => `[${c}${c.toUpperCase()}]`).join('');
function rawOrTagPieces(no = '') {
  const any = no ? `[^${no}]` : '[\\s\\S]';
  const rest = `(?:[^>"'${no}]|"[^"${no}]*"|'[^'${no}]*')*>`;
  return {
    /** Raw-text elements and comments, whose content is not read for tags. */
    raw: [...['script', 'style', 'title', 'textarea'].map((name) => `<${anyCase(name)}\\b${rest}${any}*?<\\/${anyCase(name)}[\\t\\n\\f\\r ]*>`), `<!--${any}*?-->`].join('|'),
    tag: `<${rest}`,
  };
}

export function markReader({ open: OPEN, langEnd: LANG_END, close: CLOSE, spell }: MarkSpelling): MarkReader {
  const notAMark = `(?:(?!${OPEN}|${LANG_END}|${CLOSE})[\\s\\S])*`;
  const ANY_MARK = new RegExp(`${OPEN}${notAMark}${LANG_END}|${CLOSE}`, 'g');
  const RAW_OR_TAG = new RegExp(RAW_OR_TAG_SOURCE, 'gi');
  // From a place in text, past everything up to the next place where a mark might be: a character a mark can
  // begin with in text, or a tag with such a character in it. Passed over: text, whole tags and raw-text elements
  // without one, and a "<" that begins no tag. It reads the page as taking tags one after another with RAW_OR_TAG
  // does (the pattern never fails, so it never goes back on a tag it took), many at a time: a page has hundreds
  // of tags and a handful of marks, and going from tag to tag in script took more time than the rest of the reading.
  const leads = [...new Set([OPEN[0]!, LANG_END[0]!, CLOSE[0]!])].map((c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`).join('');
  // A bounded number of steps per call: the pattern's engine keeps a place to go back to for every step it
  // takes, and a page of a million tags read in one call would overflow its stack.
  const PER_CALL = 256;
  const every = rawOrTagPieces();
  const markless = rawOrTagPieces(leads);
  const TO_NEXT_MARK = new RegExp(`(?:[^<${leads}]+|${markless.raw}|(?!${every.raw})${markless.tag}|(?!${every.raw}|${every.tag})<){0,${PER_CALL}}`, 'y');

  const hasMark = (text: string) => text.includes(OPEN) || text.includes(CLOSE);
  const strip = (text: string) => (hasMark(text) ? text.replace(ANY_MARK, '') : text);
  // A language's span, made once per description of it rather than once per mark.
  const spans = new WeakMap<MarkLanguage, Map<string, string>>();
  const spanFor = (lang: string, language: MarkLanguage) => {
    let byCode = spans.get(language);
    if (!byCode) spans.set(language, (byCode = new Map()));
    let span = byCode.get(lang);
    if (span === undefined) {
      span = `<span lang="${lang}" dir="${language.dir === 'rtl' ? 'rtl' : 'ltr'}" class="fallback" data-language-name="${spell(escapeAttribute(language.name))}">`;
      byCode.set(lang, span);
    }
    return span;
  };

  const render = (html: string, describe: (lang: string) => MarkLanguage | undefined) => {
    if (!hasMark(html)) return html;
    // Stretches without a mark are copied as they are, in one piece, and the page is read no further than its
    // last mark.
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
    // A stretch of text with its marks made spans. A mark opens with OPEN, the language code and LANG_END, or it
    // is CLOSE; an OPEN whose next mark is not LANG_END opens nothing and stays as it is. Spelt out with indexOf
    // rather than a pattern with a replacer: this runs for every mark on 19,500 pages.
    const text = (segment: string) => {
      let done = '';
      let kept = 0;
      let from = 0;
      for (;;) {
        const o = segment.indexOf(OPEN, from);
        const c = segment.indexOf(CLOSE, from);
        if (o < 0 && c < 0) break;
        if (c >= 0 && (o < 0 || c < o)) {
          done += segment.slice(kept, c);
          if (open > 0) {
            open--;
            done += '</span>';
          }
          kept = from = c + CLOSE.length;
          continue;
        }
        const codeStart = o + OPEN.length;
        const e = segment.indexOf(LANG_END, codeStart);
        const o2 = segment.indexOf(OPEN, codeStart);
        const c2 = segment.indexOf(CLOSE, codeStart);
        if (e < 0 || (o2 >= 0 && o2 < e) || (c2 >= 0 && c2 < e)) {
          from = o + 1;
          continue;
        }
        const lang = segment.slice(codeStart, e);
        const language = lang && LANGUAGE_CODE.test(lang) ? describe(lang) : undefined;
        open++;
        done += segment.slice(kept, o) + (language ? spanFor(lang, language) : '<span>');
        kept = from = e + LANG_END.length;
      }
      return kept === 0 ? segment : done + segment.slice(kept);
    };
    // `at` is where reading tags can begin afresh: the page's start, the end of a tag, or the tag that ends a
    // stretch of text.
    let at = 0;
    while (at < html.length && markAfter(at) >= 0) {
      let stop = at;
      for (;;) {
        TO_NEXT_MARK.lastIndex = stop;
        TO_NEXT_MARK.test(html);
        if (TO_NEXT_MARK.lastIndex === stop) break;
        stop = TO_NEXT_MARK.lastIndex;
      }
      if (stop >= html.length) break;
      if (html.startsWith('<', stop)) {
        // A tag or raw-text element that may hold a mark: it keeps none.
        RAW_OR_TAG.lastIndex = stop;
        const tag = RAW_OR_TAG.exec(html)!;
        at = stop + tag[0].length;
        if (hasMark(tag[0])) replace(stop, at, strip(tag[0]));
        continue;
      }
      if (!html.startsWith(OPEN, stop) && !html.startsWith(CLOSE, stop)) {
        // Another character from the same block (a lone end of a language code, a private-use letter): text.
        at = stop + 1;
        continue;
      }
      // The text from this mark to the next tag.
      RAW_OR_TAG.lastIndex = stop;
      const tag = RAW_OR_TAG.exec(html);
      const textEnd = tag ? tag.index : html.length;
      replace(stop, textEnd, text(html.slice(stop, textEnd)));
      at = textEnd;
    }
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
