import { z } from 'zod';
import { calendarDate, countryCode } from './common.ts';

export const chapterStatus = z.enum(['active', 'forming', 'inactive']);

/** A chapter: `content/chapters/<id>.yml`; the file name is the chapter id used by the roster and posts. */
export const chapterSchema = z.object({
  name: z.string().min(1),
  city: z.string().min(1),
  country: countryCode,
  status: chapterStatus,
  founded: calendarDate,
  /** When the chapter meets, in words: "Every second Thursday". */
  cadence: z.string().min(1),
  /** Linked from the chapter page: the schemes of the site's URL policy only (src/lib/security/url-policy.ts). */
  contact: z.url({ protocol: /^(?:https?|mailto)$/, error: 'write a full link starting with https:// or mailto:, e.g. https://… or mailto:…' }),
  summary: z.string().min(1).optional(),
});
export type ChapterData = z.infer<typeof chapterSchema>;
