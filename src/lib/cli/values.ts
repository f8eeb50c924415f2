import { UsageError } from './command.ts';

/**
 * Flag values that need more than a string: each check names the flag and shows a value that works, and
 * a bad value is a usage error (exit 2), like an unknown flag.
 */

export function parseTimestampFlag(flag: string, value: string): Date {
  const at = new Date(value);
  if (Number.isNaN(at.getTime())) throw new UsageError(`${flag} "${value}" is not a timestamp: write it like 2026-09-01T09:00:00Z`);
  return at;
}

/** A comma-separated list, trimmed, empty items dropped. */
export function parseListFlag(value: string | undefined): string[] {
  return (value ?? '').split(',').map((s) => s.trim()).filter(Boolean);
}

export function parsePortFlag(flag: string, value: string): number {
  const port = Number(value);
  if (!/^\d+$/.test(value) || port > 65535) throw new UsageError(`${flag} "${value}" is not a port number: use 0 to 65535 (0 picks a free port)`);
  return port;
}
