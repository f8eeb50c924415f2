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
  contact: z.url({ error: 'write a full link, e.g. https://… or mailto:…' }),
  summary: z.string().min(1).optional(),
});
export type ChapterData = z.infer<typeof chapterSchema>;
