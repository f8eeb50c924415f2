import { z } from 'zod';

/**
 * `content/<lang>/glossary.yml`: the organization's key terms, so every translator says "quorum" the same way.
 * In the default language an entry defines the term; in a translation it gives the agreed rendering.
 */
export const glossaryEntrySchema = z.strictObject({
  /** The term as written in the default language. */
  term: z.string().trim().min(1, 'write the term, e.g. term: quorum'),
  /** The agreed word or phrase in this file's language; left out in the default language. */
  translation: z.string().trim().min(1, 'write the agreed translation, or remove the translation line').optional(),
  /** Usage advice or a definition: when to use it, what to avoid. */
  note: z.string().trim().min(1, 'write a note, or remove the note line').optional(),
});
export type GlossaryEntry = z.infer<typeof glossaryEntrySchema>;

export const glossarySchema = z.array(glossaryEntrySchema).superRefine((entries, ctx) => {
  const first = new Map<string, number>();
  entries.forEach((entry, i) => {
    const key = entry.term.toLowerCase();
    const earlier = first.get(key);
    if (earlier !== undefined) {
      ctx.addIssue({ code: 'custom', path: [i, 'term'], message: `"${entry.term}" is already entry ${earlier + 1}; keep one entry per term` });
    } else first.set(key, i);
  });
});
export type Glossary = z.infer<typeof glossarySchema>;
