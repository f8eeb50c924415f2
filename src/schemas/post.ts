import { z } from 'zod';
import { calendarDate, githubLogin, slug, translationOf } from './common.ts';

/** `international`, a country code (`PT`), or a chapter id (`lisbon`). Which one is resolved against the chapters. */
export const postScope = z.union([
  z.literal('international'),
  z.string().regex(/^[A-Z]{2}$/),
  slug,
], { error: 'write "international", a two-letter country code such as "PT", or a chapter id such as "lisbon"' });

/** Frontmatter of a blog post: `content/<lang>/blog/<slug>.mdx`. */
export const postSchema = z.object({
  title: z.string().min(1),
  date: calendarDate,
  authors: z.array(githubLogin).min(1, 'list at least one author by GitHub username'),
  tags: z.array(slug).default([]),
  summary: z.string().min(1),
  scope: postScope.default('international'),
  draft: z.boolean().default(false),
  discussion: z.number().int().positive().optional(),
  /** A translation reviewed against the original at this commit without a change (see common.ts). */
  translationOf: translationOf.optional(),
});
export type PostData = z.infer<typeof postSchema>;
