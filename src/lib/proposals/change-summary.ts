import { splitFrontmatter } from '../content/frontmatter.ts';
import { compareTexts, type Amendment } from './amendment.ts';
import type { ChangedFile } from './load.ts';
import { countWords } from './words.ts';

/**
 * A proposal's change in one line, for the poll that decides it: which pages it touches and how many words
 * it adds and removes. Counted from the same amendment the proposal page shows, so the two always agree.
 */
export interface WordCounts { added: number; removed: number }

/** Words inserted and deleted by an amendment; a moved block counts only the edits made while moving it. */
export function amendmentWords(amendment: Amendment, lang = 'en'): WordCounts {
  const counts = { added: 0, removed: 0 };
  for (const b of amendment.blocks) {
    if (b.op === 'inserted') counts.added += countWords(b.block.text, lang);
    else if (b.op === 'deleted') counts.removed += countWords(b.block.text, lang);
    else if (b.op === 'changed' || b.op === 'moved') {
      for (const part of b.parts.flat()) {
        if (part.op === 'insert') counts.added += countWords(part.text, lang);
        else if (part.op === 'delete') counts.removed += countWords(part.text, lang);
      }
    }
  }
  return counts;
}

/** The `title` in a page's frontmatter, or null when it has none or cannot be read. */
export function pageTitleOf(source: string | null, file: string): string | null {
  if (!source) return null;
  try {
    const title = splitFrontmatter(source, file).data.title;
    return typeof title === 'string' ? title : null;
  } catch {
    return null;
  }
}

export interface TouchedPage {
  file: string;
  kind: string;
  slug: string;
  lang: string;
  /** The title after the change, else before it, else the slug. */
  title: string;
  /** The page is new, or the change removes it. */
  added: boolean;
  removed: boolean;
}

export interface ChangeSummary extends WordCounts {
  pages: TouchedPage[];
  /** Files that are not pages (data, settings): listed on the proposal page, counted here. */
  otherFiles: number;
}

export function summarizeChanges(files: readonly ChangedFile[]): ChangeSummary {
  const summary: ChangeSummary = { pages: [], otherFiles: 0, added: 0, removed: 0 };
  for (const f of files) {
    if (!f.kind || !f.lang || f.slug === null) {
      summary.otherFiles += 1;
      continue;
    }
    const words = amendmentWords(compareTexts(f.before, f.after, f.lang), f.lang);
    summary.added += words.added;
    summary.removed += words.removed;
    summary.pages.push({
      file: f.file, kind: f.kind, slug: f.slug, lang: f.lang,
      title: pageTitleOf(f.after, f.file) ?? pageTitleOf(f.before, f.file) ?? f.slug,
      added: f.before === null, removed: f.after === null,
    });
  }
  return summary;
}
