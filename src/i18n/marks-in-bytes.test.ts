import { Buffer } from 'node:buffer';
import { describe, expect, it } from 'vitest';
import { mark, renderMarks, stripMarks, type MarkLanguage } from './marks.ts';
import { renderMarksInBytes, stripMarksInBytes } from './marks-in-bytes.ts';

// Names outside ASCII, and with characters an attribute must escape, so that a name written without its UTF-8
// spelling, or unescaped, shows up as a difference.
const NAMES: Record<string, Record<string, MarkLanguage>> = {
  es: { en: { dir: 'ltr', name: 'inglés' }, ar: { dir: 'rtl', name: 'árabe' } },
  ja: { en: { dir: 'ltr', name: '英語' }, ar: { dir: 'rtl', name: 'アラビア語 "&<' } },
};
const describeIn = (lang: string, pageLang: string) => NAMES[pageLang]?.[lang];

/** A small seeded generator, so that a difference found is found again. */
function random(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Greek and "Î" because their UTF-8 begins with the byte that "î" (a mark's first byte) folds to under `i`.
const TEXTS = ['Skip to content', 'ñandú', '議事録', 'مرحبا', '👩🏽‍🌾', 'a\u00a0b', '\uE003', '\uE0FF', '\uEFFF', '\uF8FF', '&amp;', ' > ', '"q"', "'", 'Ψηφοφορία', 'Îî', ' < ', '<'];
const LANGS = ['en', 'ar', 'xx', 'en" onclick="x', 'zh-hant', ''];

function page(rnd: () => number): string {
  const pick = <T,>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)]!;
  const text = (depth: number): string => {
    let out = '';
    for (let i = 0, n = 1 + Math.floor(rnd() * 4); i < n; i++) {
      const r = rnd();
      if (r < 0.3 && depth < 3) out += mark(text(depth + 1), pick(LANGS));
      else if (r < 0.35) out += pick(['\uE000', '\uE001', '\uE002', '\uE000en\uE001']);
      else if (r < 0.45 && depth < 3) out += mark(text(depth + 1), 'en').slice(0, 1 + Math.floor(rnd() * 6));
      else out += pick(TEXTS);
    }
    return out;
  };
  const parts: string[] = [];
  for (let i = 0, n = 3 + Math.floor(rnd() * 12); i < n; i++) {
    const r = rnd();
    if (r < 0.35) parts.push(`<p>${text(0)}</p>`);
    else if (r < 0.5) parts.push(`<a title="${text(0)}" href="/x">${text(0)}</a>`);
    else if (r < 0.55) parts.push(`<a data-x='${text(0)} > ${text(0)}'>${text(0)}</a>`);
    else if (r < 0.62) parts.push(`<${pick(['title', 'TITLE'])}>${text(0)}</${pick(['title', 'Title', 'style'])}>`);
    else if (r < 0.68) parts.push(`<${pick(['script', 'SCRIPT', 'Script'])}>var s = "${text(0)}</p>";</${pick(['script', 'SCRIPT', 'scRipt'])}${pick(['', ' ', '\u00a0', '\n'])}>`);
    else if (r < 0.72) parts.push(`<style>/* ${text(0)} */</style>`);
    else if (r < 0.77) parts.push(`<!-- ${text(0)} -->`);
    else if (r < 0.8) parts.push(`<!-- ${text(0)}`);
    else if (r < 0.85) parts.push(`<${pick(['textarea', 'TEXTAREA'])}>${text(0)}</${pick(['textarea', 'TextArea', 'title'])}>`);
    else if (r < 0.9) parts.push(`<${pick(['p', 'div'])} class="${pick(TEXTS)}"`);
    else parts.push(text(0));
  }
  const head = pick(['<!DOCTYPE html><html lang="es"><body>', '<html dir="rtl" lang="ja"><body>', '<html lang="fr"><body>', '<html><body>', '']);
  return `${head}${parts.join(pick(['', '\n', ' ']))}${pick(['</body></html>', '</BODY>', ''])}`;
}

/**
 * The rules as first written: every tag and raw-text element taken one after another, marks in the text between
 * them made spans, marks inside them removed. The reader reads faster than this; it must read the same.
 */
function tagByTag(html: string, describe: (lang: string) => MarkLanguage | undefined): string {
  const [OPEN, CLOSE] = ['\uE000', '\uE002'];
  const TAG = /<(script|style|title|textarea)\b(?:[^>"']|"[^"]*"|'[^']*')*>[\s\S]*?<\/\1[\t\n\f\r ]*>|<!--[\s\S]*?-->|<(?:[^>"']|"[^"]*"|'[^']*')*>/gi;
  let open = 0;
  const text = (segment: string) =>
    segment.replace(/\uE000((?:(?!\uE000|\uE001|\uE002)[\s\S])*)\uE001|\uE002/g, (whole, lang: string | undefined) => {
      if (whole === CLOSE) {
        if (open === 0) return '';
        open--;
        return '</span>';
      }
      open++;
      const language = lang && /^[a-z]{2,3}(-[a-z0-9]{2,8})*$/.test(lang) ? describe(lang) : undefined;
      if (!language) return '<span>';
      const name = language.name.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
      return `<span lang="${lang}" dir="${language.dir === 'rtl' ? 'rtl' : 'ltr'}" class="fallback" data-language-name="${name}">`;
    });
  const hasMark = (s: string) => s.includes(OPEN) || s.includes(CLOSE);
  let out = '';
  let last = 0;
  for (const m of html.matchAll(TAG)) {
    out += hasMark(html.slice(last, m.index)) ? text(html.slice(last, m.index)) : html.slice(last, m.index);
    out += hasMark(m[0]) ? stripMarks(m[0]) : m[0];
    last = m.index + m[0].length;
  }
  out += hasMark(html.slice(last)) ? text(html.slice(last)) : html.slice(last);
  return open > 0 ? out.replace(/<\/body>/i, `${'</span>'.repeat(open)}</body>`) : out;
}

const inCharacters = (html: string) => {
  const pageLang = /<html[^>]*\blang="([^"]+)"/.exec(html)?.[1];
  return pageLang ? renderMarks(html, (lang) => describeIn(lang, pageLang)) : stripMarks(html);
};

describe('fallback marks resolved in UTF-8 bytes', () => {
  it('give the very bytes that resolving them in characters gives, over generated pages', () => {
    const rnd = random(18);
    let marked = 0;
    for (let i = 0; i < 3000; i++) {
      // A mark cut short may cut an emoji's surrogate pair: the page is taken as its UTF-8 bytes say, as Astro writes it.
      const bytes = Buffer.from(page(rnd), 'utf8');
      const html = bytes.toString('utf8');
      if (html.includes('\uE000')) marked++;
      const expected = inCharacters(html);
      expect(renderMarksInBytes(bytes, describeIn).toString('utf8'), html).toBe(expected);
      expect(stripMarksInBytes(bytes).toString('utf8'), html).toBe(stripMarks(html));
    }
    // The generator must actually exercise marks, or the comparison above says nothing.
    expect(marked).toBeGreaterThan(2000);
  });

  it('are read as taking every tag in turn reads them, in characters and in bytes', () => {
    const rnd = random(7);
    for (let i = 0; i < 3000; i++) {
      const html = Buffer.from(page(rnd), 'utf8').toString('utf8');
      const pageLang = /<html[^>]*\blang="([^"]+)"/.exec(html)?.[1] ?? 'es';
      const describe = (lang: string) => describeIn(lang, pageLang);
      const expected = tagByTag(html, describe);
      expect(renderMarks(html, describe), html).toBe(expected);
      expect(renderMarksInBytes(Buffer.from(html, 'utf8'), describeIn).toString('utf8'), html).toBe(/<html[^>]*\blang="/.test(html) ? expected : stripMarks(html));
    }
  });

  it('write the span with the language named in the page language, in UTF-8', () => {
    const html = `<html lang="ja"><body><h1>${mark('Why?', 'ar')}</h1></body></html>`;
    expect(renderMarksInBytes(Buffer.from(html), describeIn).toString('utf8')).toBe(
      '<html lang="ja"><body><h1><span lang="ar" dir="rtl" class="fallback" data-language-name="アラビア語 &quot;&amp;&lt;">Why?</span></h1></body></html>',
    );
  });

  it('hand back the same bytes, not a copy, when a page has no mark', () => {
    const bytes = Buffer.from('<html lang="ja"><body><p>議事録 \uE003</p></body></html>');
    expect(renderMarksInBytes(bytes, describeIn)).toBe(bytes);
    expect(stripMarksInBytes(bytes)).toBe(bytes);
  });
});
