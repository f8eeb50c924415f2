import { z } from 'zod';
import { translationOf } from './common.ts';

/**
 * Frontmatter of a handbook page: `content/<lang>/handbook/**.mdx`.
 * A folder is a part of the handbook; its `index.mdx` introduces the part and gives its title and order.
 */
export const handbookSchema = z.object({
  title: z.string().min(1),
  summary: z.string().min(1).optional(),
  order: z.number().int(),
  discussion: z.number().int().positive().optional(),
  /** A translation reviewed against the original at this commit without a change (see common.ts). */
  translationOf: translationOf.optional(),
});
export type HandbookData = z.infer<typeof handbookSchema>;
