// Creating an Intl.DateTimeFormat costs far more than using one (a comment thread formats a date per
// comment): one formatter per language and style, made on first use.
const dateFormatters = new Map<string, Intl.DateTimeFormat>();

export function dateFormat(lang: string, date: Date | string, style: 'long' | 'short' | 'datetime' = 'long'): string {
  const d = typeof date === 'string' ? new Date(date) : date;
  const key = `${lang}\0${style}`;
  let formatter = dateFormatters.get(key);
  if (!formatter) {
    const options: Intl.DateTimeFormatOptions =
      // A time without its zone means a different hour to every reader: say it (the site works in UTC).
      style === 'datetime'
        ? { year: 'numeric', month: 'long', day: 'numeric', hour: 'numeric', minute: '2-digit', timeZone: 'UTC', timeZoneName: 'short' }
        : { dateStyle: style === 'long' ? 'long' : 'medium', timeZone: 'UTC' };
    formatter = new Intl.DateTimeFormat(lang, options);
    dateFormatters.set(key, formatter);
  }
  return formatter.format(d);
}
