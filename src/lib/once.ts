/** Compute a value on first use and keep it: build-wide data is read once and shared by every page. */
export function once<T>(load: () => T): () => T {
  let loaded: { value: T } | null = null;
  return () => (loaded ??= { value: load() }).value;
}
