import fs from 'node:fs';
import path from 'node:path';
import { glossarySchema, type Glossary, type GlossaryEntry } from '../../schemas/index.ts';
import { contentRoot, repoRelative } from '../content/paths.ts';
import { parseContent } from '../content/friendly-parse.ts';
import { parseYamlFile } from '../content/frontmatter.ts';

/**
 * Glossaries keep the organization's words consistent: the default language's file defines each term,
 * each translation's file gives the agreed rendering. A term the default glossary lists but a language
 * has not rendered yet is shown as a gap, so translators see what to agree on next.
 */

/** `content/<lang>/glossary.yml`, validated; empty when the language has none yet. */
export function readGlossary(lang: string, root = contentRoot()): Glossary {
  const file = path.join(root, lang, 'glossary.yml');
  if (!fs.existsSync(file)) return [];
  const rel = repoRelative(file);
  return parseContent(glossarySchema, parseYamlFile(fs.readFileSync(file, 'utf8'), rel) ?? [], rel);
}

export interface GlossaryRow {
  term: string;
  /** What the term means, from the default language's glossary. */
  definition?: string;
  /** The agreed rendering in the language; undefined while none is agreed. */
  translation?: string;
  /** The language's own usage note. */
  note?: string;
}

/**
 * One row per term: the default glossary's terms in their order, then terms only the language lists.
 * Terms match case-insensitively, as people write "Field day" and "field day" for the same thing.
 */
export function alignGlossary(reference: readonly GlossaryEntry[], own: readonly GlossaryEntry[]): GlossaryRow[] {
  const key = (term: string) => term.trim().toLowerCase();
  const mine = new Map(own.map((e) => [key(e.term), e]));
  const rows: GlossaryRow[] = reference.map((ref) => {
    const entry = mine.get(key(ref.term));
    mine.delete(key(ref.term));
    return { term: ref.term, definition: ref.note, translation: entry?.translation, note: entry?.note };
  });
  for (const entry of mine.values()) rows.push({ term: entry.term, translation: entry.translation, note: entry.note });
  return rows;
}
