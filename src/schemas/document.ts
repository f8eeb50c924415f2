import { z } from 'zod';
import { translationOf, calendarDate } from './common.ts';

export const documentStatus = z.enum(['adopted', 'draft']);

/** Frontmatter of a key document: `content/<lang>/documents/<slug>.mdx`. */
export const documentSchema = z
  .object({
    title: z.string().min(1),
    summary: z.string().min(1),
    order: z.number().int(),
    status: documentStatus,
    adopted: calendarDate.optional(),
    /** Explicit discussion number for this page's comments. */
    discussion: z.number().int().positive().optional(),
    /** A translation reviewed against the original at this commit without a change (see common.ts). */
    translationOf: translationOf.optional(),
  })
  .superRefine((doc, ctx) => {
    if (doc.status === 'adopted' && !doc.adopted) {
      ctx.addIssue({ code: 'custom', path: ['adopted'], message: 'an adopted document needs the date it was adopted, e.g. adopted: 2024-03-01' });
    }
  });
export type DocumentData = z.infer<typeof documentSchema>;
