// Creating an Intl formatter costs far more than using one: `n.toLocaleString(lang)` builds a new
// Intl.NumberFormat on every call (about 20 µs here, against under 1 µs to format with a kept one), and a
// large site formats a few hundred thousand reaction counts and dates. One formatter per language and style,
// made on first use.
const numberFormatters = new Map<string, Intl.NumberFormat>();

const DAY_MS = 86_400_000;
const MINUTE_MS = 60_000;
type Style = 'long' | 'short' | 'datetime';

/**
 * A comment's date is written once per language on a large site (300,000 times at the benchmark's scale), and
 * formatting a date costs ICU about 10 µs. Every style here is in UTC, so a date's words depend only on its
 * calendar day, and a date and time's on its day and its minute: the day's words and the time's are kept and
 * put together, taking the words between them from the formatter itself.
 */
interface DateWords {
  formatter: Intl.DateTimeFormat;
  /** By day since 1970: the whole text for a date alone, the date's part of it for a date and time. */
  days: Map<number, string>;
  /** By minute of the day, for a date and time: the time's part with the words around it; null when the
   *  formatter's output does not split into a date and a time (every call then formats in full). */
  times: Map<number, TimeWords | null> | null;
  /** Whether format() writes U+202F as a space where formatToParts() keeps it. */
  plainSpaces: boolean;
}
interface TimeWords { before: string; between: string; after: string; time: string; timeFirst: boolean; date: string }

const dateWords = new Map<string, DateWords>();

function wordsFor(lang: string, style: Style): DateWords {
  const key = `${lang}\0${style}`;
  let words = dateWords.get(key);
  if (!words) {
    const options: Intl.DateTimeFormatOptions =
      // A time without its zone means a different hour to every reader: say it (the site works in UTC).
      style === 'datetime'
        ? { year: 'numeric', month: 'long', day: 'numeric', hour: 'numeric', minute: '2-digit', timeZone: 'UTC', timeZoneName: 'short' }
        : { dateStyle: style === 'long' ? 'long' : 'medium', timeZone: 'UTC' };
    words = { formatter: new Intl.DateTimeFormat(lang, options), days: new Map(), times: style === 'datetime' ? new Map() : null, plainSpaces: false };
    dateWords.set(key, words);
  }
  return words;
}

const DATE_PARTS = new Set<string>(['era', 'year', 'relatedYear', 'yearName', 'month', 'day', 'weekday']);
const TIME_PARTS = new Set<string>(['hour', 'minute', 'second', 'fractionalSecond', 'dayPeriod', 'timeZoneName']);

/** A formatted date and time cut into its date, its time and the words around them; null if they interleave. */
export function splitDateTime(parts: Intl.DateTimeFormatPart[]): TimeWords | null {
  const span = (types: Set<string>) => {
    const at = parts.flatMap((p, i) => (types.has(p.type) ? [i] : []));
    return at.length ? { from: at[0]!, to: at.at(-1)! } : null;
  };
  const date = span(DATE_PARTS);
  const time = span(TIME_PARTS);
  if (!date || !time) return null;
  const timeFirst = time.to < date.from;
  if (!timeFirst && date.to > time.from) return null;
  const [first, second] = timeFirst ? [time, date] : [date, time];
  if (parts.some((p, i) => p.type !== 'literal' && !(i >= first.from && i <= first.to) && !(i >= second.from && i <= second.to))) return null;
  const join = (from: number, to: number) => parts.slice(from, to).map((p) => p.value).join('');
  return {
    before: join(0, first.from),
    between: join(first.to + 1, second.from),
    after: join(second.to + 1, parts.length),
    time: join(time.from, time.to + 1),
    date: join(date.from, date.to + 1),
    timeFirst,
  };
}

export function dateFormat(lang: string, date: Date | string, style: Style = 'long'): string {
  const d = typeof date === 'string' ? new Date(date) : date;
  const ms = d.getTime();
  const words = wordsFor(lang, style);
  // An invalid date: the formatter says so (it throws), as it always did.
  if (!Number.isFinite(ms)) return words.formatter.format(d);
  const day = Math.floor(ms / DAY_MS);
  if (!words.times) {
    let text = words.days.get(day);
    if (text === undefined) words.days.set(day, (text = words.formatter.format(d)));
    return text;
  }
  const minute = Math.floor((ms - day * DAY_MS) / MINUTE_MS);
  const time = words.times.get(minute);
  const dayText = words.days.get(day);
  if (time === null) return words.formatter.format(d);
  if (time !== undefined && dayText !== undefined) return assemble(dayText, time);
  // Not seen yet: formatted in full, and cut up for the next calls only if the pieces give that text back.
  const full = words.formatter.format(d);
  let split = splitDateTime(words.formatter.formatToParts(d));
  if (split) {
    // V8 writes U+202F (narrow no-break space) as a plain space in format() but not in formatToParts(). Learnt
    // from the first text cut up, and from then on the pieces are kept as format() writes them.
    const kept = assemble(split.date, split);
    if (!words.plainSpaces && kept !== full && kept.replaceAll(NNBSP, ' ') === full) {
      words.plainSpaces = true;
      words.days.clear();
      words.times.clear();
      return full;
    }
    if (words.plainSpaces) split = withPlainSpaces(split);
    if (assemble(split.date, split) !== full) split = null;
  }
  if (time === undefined) words.times.set(minute, split);
  if (split && dayText === undefined) words.days.set(day, split.date);
  return full;
}

const NNBSP = '\u202f';

function assemble(date: string, t: TimeWords): string {
  return t.timeFirst ? t.before + t.time + t.between + date + t.after : t.before + date + t.between + t.time + t.after;
}

function withPlainSpaces(t: TimeWords): TimeWords {
  const plain = (text: string) => text.replaceAll(NNBSP, ' ');
  return { ...t, before: plain(t.before), between: plain(t.between), after: plain(t.after), time: plain(t.time), date: plain(t.date) };
}

/**
 * A number as the reader's language writes it: `numberFormat('de', 1234)` is "1.234", as
 * `(1234).toLocaleString('de')` would say. 'percent' takes a fraction and keeps one decimal: 0.125 → "12,5 %".
 */
export function numberFormat(lang: string, n: number, style: 'count' | 'percent' = 'count'): string {
  const key = `${lang}\0${style}`;
  let formatter = numberFormatters.get(key);
  if (!formatter) {
    formatter = new Intl.NumberFormat(lang, style === 'percent' ? { style: 'percent', maximumFractionDigits: 1 } : undefined);
    numberFormatters.set(key, formatter);
  }
  return formatter.format(n);
}
