import type { Glossary, LocalizedText } from '../../schemas/index.ts';

/**
 * The organization's data texts (site settings, chapters, polls, blog tags) and glossary terms, language by
 * language: which are written in a language and which still show another one. Pure: the loader hands in what
 * it read, with each field's line so a translator lands on it.
 */

export type DataKind = 'site' | 'chapters' | 'polls' | 'tags' | 'glossary';
export const DATA_KINDS: readonly DataKind[] = ['site', 'chapters', 'polls', 'tags', 'glossary'];

export interface DataText {
  kind: Exclude<DataKind, 'glossary'>;
  /** Repository-relative file, e.g. `content/chapters/osaka.yml`. */
  file: string;
  /** The field's path in that file: `summary`, `options[1].label`. */
  field: string;
  line?: number;
  text: LocalizedText;
}

export interface DataTextStatus {
  kind: DataKind;
  lang: string;
  file: string;
  field: string;
  line?: number;
  state: 'current' | 'missing';
  /** The text readers of this language see instead, in the default language. */
  original: string;
}

export interface GlossaryInput {
  /** The default language's glossary and its file. */
  source: Glossary;
  /** Per language: its glossary and file (`content/es/glossary.yml`). */
  byLanguage: ReadonlyMap<string, { file: string; entries: Glossary }>;
}

/**
 * A text written once is the default language's, like a page that exists only there: missing in every other
 * language. A term is translated once its language's glossary gives it a `translation`.
 */
export function dataTextStatuses(texts: readonly DataText[], glossary: GlossaryInput, languages: readonly string[], defaultLanguage: string): DataTextStatus[] {
  const out: DataTextStatus[] = [];
  const original = (text: LocalizedText) => (typeof text === 'string' ? text : text[defaultLanguage] ?? Object.values(text)[0] ?? '');
  for (const lang of languages) {
    if (lang === defaultLanguage) continue;
    for (const t of texts) {
      const has = typeof t.text !== 'string' && typeof t.text[lang] === 'string' && t.text[lang] !== '';
      out.push({ kind: t.kind, lang, file: t.file, field: t.field, ...(t.line ? { line: t.line } : {}), state: has ? 'current' : 'missing', original: original(t.text) });
    }
    const own = glossary.byLanguage.get(lang);
    const agreed = new Map((own?.entries ?? []).map((e, i) => [e.term.toLowerCase(), { entry: e, index: i }]));
    for (const entry of glossary.source) {
      const found = agreed.get(entry.term.toLowerCase());
      out.push({
        kind: 'glossary', lang, file: own?.file ?? `content/${lang}/glossary.yml`, field: found ? `[${found.index}].translation` : entry.term,
        state: found?.entry.translation ? 'current' : 'missing', original: entry.term,
      });
    }
  }
  return out;
}

export interface KindSummary {
  kind: DataKind;
  total: number;
  missing: number;
}

/** Per kind, in DATA_KINDS order, for one language; kinds the organization has nothing of are left out. */
export function summarizeDataTexts(statuses: readonly DataTextStatus[], lang: string): KindSummary[] {
  return DATA_KINDS.map((kind) => {
    const mine = statuses.filter((s) => s.lang === lang && s.kind === kind);
    return { kind, total: mine.length, missing: mine.filter((s) => s.state === 'missing').length };
  }).filter((k) => k.total > 0);
}

/** Every translatable field of a data file's parsed value, by path, for the texts given as `{lang: text}` or once. */
export function localizedFields(data: Record<string, unknown>, fields: readonly string[]): { field: string; text: LocalizedText }[] {
  const out: { field: string; text: LocalizedText }[] = [];
  for (const field of fields) {
    const value = data[field];
    if (typeof value === 'string' || (value && typeof value === 'object' && !Array.isArray(value))) out.push({ field, text: value as LocalizedText });
  }
  return out;
}
