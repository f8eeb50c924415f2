import type { MarkLanguage } from './marks.ts';

/** What describing a language needs to know of the site's languages. */
export interface KnownLanguage {
  code: string;
  dir: string;
  name: string;
}

/**
 * How a page in `pageLang` presents text in language `code`: its direction (the site's, else left to right), and
 * its name in the reader's words (Intl's, else the site's own name for it). Nothing for a code neither knows.
 * One function for the page renderer and for the worker that resolves marks beside it (./marks-off-thread.ts).
 */
export function describeLanguageAmong(known: readonly KnownLanguage[], code: string, pageLang: string): MarkLanguage | undefined {
  const site = known.find((l) => l.code === code);
  let name: string | undefined;
  try {
    name = new Intl.DisplayNames([pageLang], { type: 'language' }).of(code);
  } catch {
    name = undefined;
  }
  if (!site && !name) return undefined;
  return { dir: site?.dir ?? 'ltr', name: name ?? site!.name };
}

/** `describe` remembered per code and page language: a build asks the same few pairs on every page. */
export function rememberDescriptions(describe: (code: string, pageLang: string) => MarkLanguage | undefined) {
  const described = new Map<string, MarkLanguage | undefined>();
  return (code: string, pageLang: string): MarkLanguage | undefined => {
    const key = `${code}\0${pageLang}`;
    if (!described.has(key)) described.set(key, describe(code, pageLang));
    return described.get(key);
  };
}
