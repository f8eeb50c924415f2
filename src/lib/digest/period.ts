import { ChapterhouseError } from '../errors.ts';

/**
 * The period a digest covers, [since, until). A recorded digest (the weekly one) covers whole UTC days: it ends
 * at the start of the day it is made, and starts where the last recorded digest ended, so no week is left out
 * and none is told twice; the first one covers the seven days before.
 */
export interface PeriodArgs {
  since?: string;
  until?: string;
  now: Date;
  /** Whole days ending today, starting after the last recorded digest (`--record`). */
  record: boolean;
  /** Where the newest recorded digest ended, if there is one. */
  lastUntil?: string;
}

export const WEEK_MS = 7 * 86_400_000;

export function digestPeriod(args: PeriodArgs): { since: string; until: string } {
  const until = args.until !== undefined ? instant(args.until, '--until') : args.record ? startOfDay(args.now) : args.now.getTime();
  const since = args.since !== undefined ? instant(args.since, '--since') : args.record && args.lastUntil ? Date.parse(args.lastUntil) : until - WEEK_MS;
  if (since >= until) {
    throw new ChapterhouseError('bad-period', `the digest would cover nothing: it starts ${iso(since)} and ends ${iso(until)}`, 'give --since a date before the end of the period (by default, now; for --record, the start of today)');
  }
  return { since: iso(since), until: iso(until) };
}

/** A date (2026-11-01, read as its start in UTC) or a timestamp with a time zone. */
export function instant(value: string, flag: string): number {
  const v = value.trim();
  const ms = /^\d{4}-\d{2}-\d{2}$/.test(v) ? Date.parse(`${v}T00:00:00Z`) : /(?:Z|[+-]\d{2}:\d{2})$/.test(v) ? Date.parse(v) : Number.NaN;
  if (Number.isNaN(ms)) throw new ChapterhouseError('bad-flag', `${flag} "${value}" is not a date`, `write a date like 2026-11-01, or a timestamp with its zone like 2026-11-01T09:00:00Z`);
  return ms;
}

const startOfDay = (d: Date) => Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate());
const iso = (ms: number) => new Date(ms).toISOString();
