import { z } from 'zod';
import { githubLogin, languageCode, localizedText } from './common.ts';

export const textDirection = z.enum(['ltr', 'rtl']);

export const languageSchema = z.object({
  code: languageCode,
  /** The language's name in that language: "Español", "日本語". */
  name: z.string().min(1),
  dir: textDirection.default('ltr'),
});
export type Language = z.infer<typeof languageSchema>;

export const thresholdSchema = z.enum(['plurality', 'simple-majority', 'two-thirds']);
export type Threshold = z.infer<typeof thresholdSchema>;

export const siteSchema = z
  .object({
    /** Each text once, or per language like every text an organization writes: `tagline: {en: …, es: …}`. */
    name: localizedText,
    tagline: localizedText,
    /** The sentence search engines and link previews show; the tagline when missing. */
    description: localizedText.optional(),
    /** Public address of the site, used for feeds, sitemap and OpenGraph. */
    url: z.url({ error: 'write the full address, e.g. https://example.org' }).default('https://example.org'),
    /** `owner/name` of the repository that holds this site. */
    repository: z.string().regex(/^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/, 'write the repository as owner/name'),
    branch: z.string().min(1).default('main'),
    defaultLanguage: languageCode,
    languages: z.array(languageSchema).min(1),
    polls: z
      .object({
        quorum: z.number().min(0).max(1).default(0.25),
        threshold: thresholdSchema.default('simple-majority'),
        /** The account whose option comments count, besides roster maintainers. */
        bot: githubLogin.default('github-actions'),
        /** Discussion category where `polls:open` creates a poll's discussion when it has none. */
        category: z.string().min(1).default('Polls'),
      })
      .prefault({}),
    discussions: z
      .object({
        /** Categories fetched by `npm run sync`. */
        categories: z.array(z.string().min(1)).min(1),
        /** Category holding page threads whose title is the page path (giscus's default mapping). */
        pageCategory: z.string().min(1),
        /** true: a page and its translations share one thread; false: each language has its own. */
        shareAcrossLanguages: z.boolean().default(true),
        /** Opt-in live widget for posting from the page. Off by default: pages stay JavaScript-free. */
        giscus: z
          .object({ repoId: z.string().min(1), categoryId: z.string().min(1) })
          .optional(),
      }),
    proposals: z.object({ label: z.string().min(1).default('proposal') }).prefault({}),
  })
  .superRefine((site, ctx) => {
    const codes = site.languages.map((l) => l.code);
    if (!codes.includes(site.defaultLanguage)) {
      ctx.addIssue({
        code: 'custom',
        path: ['defaultLanguage'],
        message: `"${site.defaultLanguage}" is not one of the languages listed (${codes.join(', ')}); add it under languages or pick one of those`,
      });
    }
    const seen = new Set<string>();
    site.languages.forEach((l, i) => {
      if (seen.has(l.code)) {
        ctx.addIssue({ code: 'custom', path: ['languages', i, 'code'], message: `language "${l.code}" is listed twice; keep one entry` });
      }
      seen.add(l.code);
    });
  });
export type Site = z.infer<typeof siteSchema>;
