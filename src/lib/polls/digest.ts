import { createHash } from 'node:crypto';
import { sortKeys } from '../sync/stable-json.ts';

/**
 * Digests make a frozen poll checkable by anyone with a clone: the same data always gives the same
 * text, whatever order its object keys were written in.
 */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(sortKeys(value));
}

export function digestOf(value: unknown): string {
  return `sha256:${createHash('sha256').update(canonicalJson(value)).digest('hex')}`;
}

/** Stable, reviewable JSON for committed files: two-space indent, keys in schema order, final newline. */
export function prettyJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
