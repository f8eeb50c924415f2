import { z } from 'zod';
import { calendarDate, countryCode, localizedText } from './common.ts';

export const chapterStatus = z.enum(['active', 'forming', 'inactive']);

/**
 * A chapter: `content/chapters/<id>.yml`; the file name is the chapter id used by the roster and posts.
 * Its words are written once or per language, `name: {en: Tidewater Osaka, ja: タイドウォーター大阪}`, as every
 * text in the organization's data is (src/schemas/common.ts `localizedText`).
 */
export const chapterSchema = z.object({
  name: localizedText,
  city: localizedText,
  country: countryCode,
  status: chapterStatus,
  founded: calendarDate,
  /** When the chapter meets, in words: "Every second Thursday". */
  cadence: localizedText,
  /** Linked from the chapter page: the schemes of the site's URL policy only (src/lib/security/url-policy.ts). */
  contact: z.url({ protocol: /^(?:https?|mailto)$/, error: 'write a full link starting with https:// or mailto:, e.g. https://… or mailto:…' }),
  summary: localizedText.optional(),
});
export type ChapterData = z.infer<typeof chapterSchema>;
