/**
 * JSON for files under version control: keys sorted at every depth, two-space indent, final newline.
 * The same data always gives the same bytes, so a sync that changes one comment gives a one-comment diff.
 * Array order is kept: callers sort lists themselves, by time, where order has meaning.
 */
export function stableStringify(value: unknown): string {
  return `${JSON.stringify(sortKeys(value), null, 2)}\n`;
}

/** Plain objects rebuilt with their keys sorted at every depth, `undefined` fields dropped; anything else as it is. */
export function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort()) {
      const v = (value as Record<string, unknown>)[key];
      if (v !== undefined) out[key] = sortKeys(v);
    }
    return out;
  }
  return value;
}
