import crypto from 'node:crypto';

/**
 * A digest of a value built from plain data, Maps, Sets and Dates. JSON alone would write a Map as `{}` and
 * drop `undefined`, letting two different inputs share one cache key. Key order counts: the same code reading
 * the same files builds its objects in the same order, and a reordered file only costs a rebuild.
 */
export function digestOf(value: unknown): string {
  return crypto.createHash('sha256').update(JSON.stringify(value, replacer) ?? 'undefined').digest('hex');
}

function replacer(this: unknown, _key: string, value: unknown): unknown {
  if (value === undefined) return '\u0000undefined';
  if (value instanceof Map) return { '\u0000Map': [...value] };
  if (value instanceof Set) return { '\u0000Set': [...value] };
  return value;
}
