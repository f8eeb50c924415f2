import type { Language } from '../../schemas/index.ts';

/**
 * A language's entry for content/site.yml from its code alone: its name in itself ("Français", "العربية")
 * and its writing direction, both from the Unicode data Node ships (Intl), so no table needs keeping.
 */
export function languageEntry(code: string): Language {
  let name = code;
  let dir: 'ltr' | 'rtl' = 'ltr';
  try {
    const own = new Intl.DisplayNames([code], { type: 'language', fallback: 'code' }).of(code) ?? code;
    name = own.charAt(0).toLocaleUpperCase(code) + own.slice(1);
    const locale = new Intl.Locale(code) as Intl.Locale & { getTextInfo?: () => { direction?: string }; textInfo?: { direction?: string } };
    dir = (locale.getTextInfo?.() ?? locale.textInfo)?.direction === 'rtl' ? 'rtl' : 'ltr';
  } catch {
    // A code Intl does not know keeps its code as its name; the schema check judges the code itself.
  }
  return { code, name, dir };
}
