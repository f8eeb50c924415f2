import { Buffer } from 'node:buffer';
import { describe, expect, it } from 'vitest';
import { mark, renderMarks, stripMarks, type MarkLanguage } from './marks.ts';
import { markedPage, random } from '../../test/support/marked-pages.ts';
import { renderMarksInBytes, stripMarksInBytes } from './marks-in-bytes.ts';

// Names outside ASCII, and with characters an attribute must escape, so that a name written without its UTF-8
// spelling, or unescaped, shows up as a difference.
const NAMES: Record<string, Record<string, MarkLanguage>> = {
  es: { en: { dir: 'ltr', name: 'inglés' }, ar: { dir: 'rtl', name: 'árabe' } },
  ja: { en: { dir: 'ltr', name: '英語' }, ar: { dir: 'rtl', name: 'アラビア語 "&<' } },
};
const describeIn = (lang: string, pageLang: string) => NAMES[pageLang]?.[lang];

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
      const bytes = Buffer.from(markedPage(rnd), 'utf8');
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
      const html = Buffer.from(markedPage(rnd), 'utf8').toString('utf8');
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
