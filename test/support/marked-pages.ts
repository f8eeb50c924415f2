import { mark } from '../../src/i18n/marks.ts';

/**
 * Generated pages with fallback marks (src/i18n/marks.ts) everywhere a page can hold one, forged and cut marks
 * included, for the tests that compare readers of marks with one another.
 */

/** A small seeded generator, so that a difference found is found again. */
export function random(seed: number) {
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

export function markedPage(rnd: () => number): string {
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
