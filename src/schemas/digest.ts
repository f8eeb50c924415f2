import { z } from 'zod';

/**
 * `content/digests/<date>.yml`: one published digest, the period it covers. The file is written by
 * `npm run digest -- --record` (the deploy workflow does it weekly) and named after the day the period ends.
 * Only the period is recorded: what the digest says is read at build time from the record itself (results,
 * polls, the snapshot, the pages), so a digest can never state a decision differently from the decisions log.
 */
const instant = z
  .union([z.iso.date(), z.iso.datetime({ offset: true })], { error: 'write a date (2026-11-16) or a timestamp with a time zone (2026-11-16T00:00:00Z)' })
  .transform((v) => new Date(v.length === 10 ? `${v}T00:00:00Z` : v).toISOString());

export const digestRecordSchema = z
  .strictObject({ since: instant, until: instant })
  .superRefine((d, ctx) => {
    if (Date.parse(d.until) <= Date.parse(d.since)) {
      ctx.addIssue({ code: 'custom', path: ['until'], message: `until (${d.until}) must be after since (${d.since}); swap them` });
    }
  });
export type DigestRecord = z.infer<typeof digestRecordSchema>;

/** A digest's date: the UTC day its period ends, as in its file name and address (/en/digest/2026-11-16/). */
export const digestDate = (record: Pick<DigestRecord, 'until'>) => record.until.slice(0, 10);
