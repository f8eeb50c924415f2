/** Compute a value on first use and keep it: build-wide data is read once and shared by every page. */
export function once<T>(load: () => T): () => T {
  let loaded: { value: T } | null = null;
  return () => (loaded ??= { value: load() }).value;
}

/**
 * `once` per key: the value for each key is computed on first use and kept. For build-wide work that many
 * pages ask for with the same input, such as the same text shown under every language's address.
 */
export function oncePer<K, T>(load: (key: K) => T): (key: K) => T {
  const values = new Map<K, T>();
  return (key) => {
    if (!values.has(key)) values.set(key, load(key));
    return values.get(key)!;
  };
}
