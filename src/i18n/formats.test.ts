import { describe, expect, it } from 'vitest';
import { dateFormat, numberFormat, splitDateTime } from './formats.ts';

// Languages whose digits, separators and percent signs differ, in an order that switches language on every
// call: a formatter kept under the wrong key would answer in the previous language.
const LANGS = ['en', 'de', 'fr', 'ar', 'hi', 'ja', 'pt-BR', 'he', 'de', 'en', 'ar'];

describe('numberFormat', () => {
  it('writes a count as toLocaleString does, in every language, however the calls interleave', () => {
    for (const n of [0, 7, 1234, 98765.4321, 1_000_000, -42]) {
      for (const lang of LANGS) expect(numberFormat(lang, n)).toBe(n.toLocaleString(lang));
    }
  });

  it('writes a share as a percentage with at most one decimal', () => {
    for (const lang of LANGS) {
      for (const share of [0, 0.125, 0.5, 2 / 3, 1]) {
        expect(numberFormat(lang, share, 'percent')).toBe(share.toLocaleString(lang, { style: 'percent', maximumFractionDigits: 1 }));
      }
    }
    expect(numberFormat('en', 0.125, 'percent')).toBe('12.5%');
    expect(numberFormat('en', 0.125)).toBe('0.125');
  });
});

describe('dateFormat', () => {
  it('keeps its styles and languages apart', () => {
    const when = '2026-03-04T05:06:00Z';
    expect(dateFormat('en', when)).toBe('March 4, 2026');
    expect(dateFormat('en', when, 'short')).toBe('Mar 4, 2026');
    expect(dateFormat('de', when)).toBe('4. März 2026');
    expect(dateFormat('en', when, 'datetime')).toBe('March 4, 2026 at 5:06 AM UTC');
  });
});

describe('dateFormat, put together from kept days and times', () => {
  // The site's languages and others whose dates put the time first, use other calendars' digits, or join the
  // date and the time with words of their own (some by the hour, as Catalan's "a les"/"a la" could).
  const LOCALES = ['en', 'es', 'ja', 'de', 'pt-BR', 'ko', 'he', 'hi', 'fr', 'zh', 'it', 'nl', 'pl', 'ar',
    'ca', 'fa', 'th', 'ru', 'uk', 'vi', 'zh-TW', 'bn', 'ta', 'my', 'am', 'sw', 'el', 'tr', 'ur', 'ps'];
  const STYLES = ['long', 'short', 'datetime'] as const;
  const optionsOf = (style: (typeof STYLES)[number]): Intl.DateTimeFormatOptions =>
    style === 'datetime'
      ? { year: 'numeric', month: 'long', day: 'numeric', hour: 'numeric', minute: '2-digit', timeZone: 'UTC', timeZoneName: 'short' }
      : { dateStyle: style === 'long' ? 'long' : 'medium', timeZone: 'UTC' };

  it('writes every date and time as the formatter itself does, in any order of calls', () => {
    let seed = 20261201;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    // Few days and few minutes, drawn again and again: most calls find their day or their time kept already.
    // Days side by side (a year's last and the next's first among them), so that a day kept under its
    // neighbour's key shows.
    const days = [Date.UTC(2025, 11, 31) / 86_400_000, ...Array.from({ length: 14 }, () => Math.floor((random() * 70 - 20) * 365.25))]
      .flatMap((day) => [day - 1, day, day + 1]);
    const minutes = [0, 1, 59, 60, 719, 720, 721, 779, 780, 1439, ...Array.from({ length: 30 }, () => Math.floor(random() * 1440))];
    for (let i = 0; i < 6000; i++) {
      const ms = days[Math.floor(random() * days.length)]! * 86_400_000 + minutes[Math.floor(random() * minutes.length)]! * 60_000 + Math.floor(random() * 60_000);
      const lang = LOCALES[Math.floor(random() * LOCALES.length)]!;
      const style = STYLES[i % 3]!;
      const expected = new Intl.DateTimeFormat(lang, optionsOf(style)).format(new Date(ms));
      expect(dateFormat(lang, new Date(ms), style), `${lang} ${style} ${new Date(ms).toISOString()}`).toBe(expected);
    }
  });

  it('takes ISO strings and refuses an invalid date as the formatter does', () => {
    expect(dateFormat('ja', '1969-12-31T23:59:30Z', 'datetime')).toBe(new Intl.DateTimeFormat('ja', optionsOf('datetime')).format(new Date('1969-12-31T23:59:30Z')));
    expect(() => dateFormat('en', 'not a date', 'datetime')).toThrow(RangeError);
    expect(() => dateFormat('en', 'not a date')).toThrow(RangeError);
  });

  it('cuts a date and time into the date, the time and the words around them, or says it cannot', () => {
    const part = (type: Intl.DateTimeFormatPartTypes, value: string) => ({ type, value });
    expect(splitDateTime([part('month', 'March'), part('literal', ' '), part('day', '4'), part('literal', ' at '), part('hour', '5'), part('literal', ':'), part('minute', '06')]))
      .toEqual({ before: '', date: 'March 4', between: ' at ', time: '5:06', after: '', timeFirst: false });
    expect(splitDateTime([part('literal', '('), part('hour', '5'), part('literal', ' h, '), part('day', '4'), part('literal', ')')]))
      .toEqual({ before: '(', date: '4', between: ' h, ', time: '5', after: ')', timeFirst: true });
    // A time inside the date (no such locale is known): no shortcut.
    expect(splitDateTime([part('day', '4'), part('literal', ' '), part('hour', '5'), part('literal', ' '), part('month', 'III')])).toBeNull();
    expect(splitDateTime([part('day', '4'), part('literal', '.'), part('month', '3')])).toBeNull();
  });
});
